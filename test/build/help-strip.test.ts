import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getService, serviceRecords } from '../../src/data/support-services';
import { outOfHoursOptions } from '../../src/lib/help-strip';
import { hoursInFewWords } from '../../src/lib/opening-hours';
import { root } from '../support/paths';
import { htmlPages, loadPage } from '../support/dist';

/**
 * The help strip on every page: 999, the helpline with its hours in a few words, and what is open
 * all day and night for when it is closed, all rendered from the services record.
 */
const helpline = getService('national-stalking-helpline');
const { everywhere, wales } = outOfHoursOptions(serviceRecords);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(htmlPages())('the help strip on %s', (file) => {
  const strip = loadPage(file).querySelector('aside.help-strip')!;

  it('comes straight after the header', () => {
    expect(strip).not.toBeNull();
    let before = strip.previousElementSibling;
    while (before?.tagName === 'SCRIPT') before = before.previousElementSibling;
    expect(before?.classList.contains('site-header')).toBe(true);
  });

  it('names the helpline and its hours, from the services record', () => {
    const link = strip.querySelector(`a[href="tel:${helpline.phone!.e164}"]`);
    expect(squash(link?.text ?? '')).toBe(`${helpline.name} ${helpline.phone!.display}`);
    expect(strip.querySelector(`[data-hours-of="${helpline.id}"]`)?.text).toBe(hoursInFewWords(helpline.hours));
    expect(squash(strip.text)).toContain(`Helpline hours: ${hoursInFewWords(helpline.hours)}.`);
  });

  it('offers 999 first, then, under "When it is closed", the 24-hour options with their hours', () => {
    const calls = strip.querySelectorAll('a.phone-link').map((a) => a.getAttribute('href'));
    const expected = ['tel:999', `tel:${helpline.phone!.e164}`, `tel:${everywhere.phone!.e164}`, ...(wales ? [`tel:${wales.phone!.e164}`] : [])];
    expect(calls).toEqual(expected);
    expect(squash(strip.querySelector('a[href="tel:999"]')!.text)).toBe('In danger now? Call 999');
    expect(squash(strip.text)).toContain(`When it is closed (open ${hoursInFewWords(everywhere.hours)}):`);
    expect(strip.querySelector(`[data-hours-of="${everywhere.id}"]`)?.text).toBe('24 hours, every day');
    expect(squash(strip.querySelector(`a[href="tel:${everywhere.phone!.e164}"]`)!.text)).toBe(`${everywhere.name} ${everywhere.phone!.display}`);
    if (wales) expect(squash(strip.querySelector(`a[href="tel:${wales.phone!.e164}"]`)!.text)).toBe(`In Wales: ${wales.name} ${wales.phone!.display}`);
    expect(strip.querySelector('a[href="/getting-help/"]')?.text).toBe('All support and opening times');
    expect(strip.text).toMatch(/Calls show in your phone's call history/);
  });
});

describe('the help strip template', () => {
  it('types no hours, days, numbers or service names: they all come from the services record', () => {
    const source = readFileSync(path.join(root, 'src/components/HelpStrip.astro'), 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '');
    const markup = source.slice(source.indexOf('---', 3) + 3);
    expect(markup).not.toMatch(/\d/);
    expect(markup).not.toMatch(/\b(am|pm|hours? a day|24|weekdays?|weekends?|daytime|(mon|tues|wednes|thurs|fri|satur|sun)day)\b/i);
    for (const s of serviceRecords) expect(markup, s.name).not.toContain(s.name);
  });
});
