import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceIn, servicesIn } from '../../src/data/record-words';
import { outOfHoursOptions } from '../../src/lib/help-strip';
import { hoursInFewWords, londonInstant, londonTime, timeInWords, type OpenNowPayload } from '../../src/lib/opening-hours';
import { useStrings } from '../../src/i18n';
import { href } from '../../src/i18n/routing';
import { englishPathOf, localeOfFile } from '../support/page-locale';
import { root } from '../support/paths';
import { htmlPages, loadPage, urlPathOf } from '../support/dist';

/**
 * The help strip on every page: the helpline with its hours in a few words (until the page script
 * says whether it is open now), a service open all day and night, all rendered from the services
 * record; and 999 in the sticky bar above it.
 */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(htmlPages())('the help strip on %s', (file) => {
  const strip = loadPage(file).querySelector('aside.help-strip')!;
  // The page's own language: its words, and its records' words (names as that language writes them).
  const locale = localeOfFile(file);
  const words = useStrings(locale);
  const helpline = serviceIn(locale, 'national-stalking-helpline');
  const options = outOfHoursOptions(servicesIn(locale));
  // Welsh pages offer Wales's own 24-hour bilingual line (issue 29, point 6); every other page England and Wales's.
  const everywhere = locale === 'cy' ? options.wales! : options.everywhere;

  it('comes straight after the header', () => {
    expect(strip).not.toBeNull();
    let before = strip.previousElementSibling;
    while (before?.tagName === 'SCRIPT') before = before.previousElementSibling;
    expect(before?.classList.contains('site-header')).toBe(true);
  });

  it('names the helpline and its hours (shown without JavaScript), from the services record', () => {
    const link = strip.querySelector(`a[href="tel:${helpline.phone!.e164}"]`);
    expect(squash(link?.text ?? '')).toBe(`${helpline.name} ${helpline.phone!.display}`);
    expect(strip.querySelector(`[data-hours-of="${helpline.id}"]`)?.text).toBe(hoursInFewWords(words, helpline.hours));
    expect(squash(strip.querySelector('[data-open-now-status]')!.text)).toBe(words.t('helpStrip.hours', { hours: hoursInFewWords(words, helpline.hours) }));
  });

  it('gives its script (except on the guide’s page) six months of the helpline’s status from the build day, and the words for each', () => {
    const attribute = strip.getAttribute('data-open-now');
    if (englishPathOf(urlPathOf(file)) === '/check-your-situation/') {
      expect(attribute).toBeUndefined();
      return;
    }
    const data = JSON.parse(attribute!) as OpenNowPayload;
    const today = new Date(londonInstant(londonTime(new Date()).date, '00:00'));
    expect(data.s).toBe(today.getTime() / 60_000);
    expect(data.t).toMatch(/^([0-9a-z]+[A-Z])+$/);
    const minutes = [...data.t.matchAll(/([0-9a-z]+)[A-Z]/g)].reduce((sum, m) => sum + parseInt(m[1]!, 36), 0);
    // Up to the last opening in the 183 days (after it, when it next opens is not known).
    expect(minutes).toBeLessThanOrEqual(183 * 24 * 60);
    expect(minutes).toBeGreaterThan(175 * 24 * 60);
    if (locale === 'en-GB') {
      expect(data.w).toContain('o|Helpline usually open now, until 4pm.');
      // Short, so the line stays one line at 360 px and more and nothing below it moves when it appears.
      expect(data.w).toContain('c|Helpline usually closed until Monday 9:30am.');
      expect(data.w).toContain('c|Helpline usually closed until 9:30am tomorrow.');
    }
    // In the page's language: the same messages of its table.
    const time = (hhmm: string) => timeInWords(words, hhmm);
    expect(data.w).toContain(`o|${words.t('helpStrip.openNow', { time: time('16:00') })}`);
    expect(data.w).toContain(`c|${words.t('helpStrip.closedOpens', { when: 'week', time: time('09:30'), day: words.t('hours.day.mon'), date: '' })}`);
    expect(data.w).toContain(`c|${words.t('helpStrip.closedOpens', { when: 'tomorrow', time: time('09:30'), day: '', date: '' })}`);
    expect(data.w.at(-1)).toBe('u|');
  });

  it('offers the helpline, then a 24-hour option (999 is in the sticky bar above), and links to hiding a visit and all support', () => {
    const calls = strip.querySelectorAll('a.phone-link').map((a) => a.getAttribute('href'));
    expect(calls).toEqual([`tel:${helpline.phone!.e164}`, `tel:${everywhere.phone!.e164}`]);
    expect(everywhere.hours.kind).toBe('always');
    expect(squash(strip.querySelector(`a[href="tel:${everywhere.phone!.e164}"]`)!.text)).toBe(`${words.t('helpStrip.allDayLabel', { name: everywhere.name })} ${everywhere.phone!.display}`);
    expect(strip.querySelector('[data-open-now-first] a')?.getAttribute('href')).toBe(`tel:${everywhere.phone!.e164}`);
    expect(strip.querySelector(`a[href="${href('getting-help', locale)}"]`)?.text).toBe(words.t('helpStrip.allSupport'));
    expect(strip.querySelector(`a[href="${href('hiding-your-visit', locale)}"]`)?.text).toBe(words.t('helpStrip.hideVisit'));
    if (locale === 'en-GB') {
      expect(squash(strip.querySelector(`a[href="tel:${everywhere.phone!.e164}"]`)!.text)).toBe(`24 hours: ${everywhere.name} ${everywhere.phone!.display}`);
      expect(strip.text).toMatch(/Calls show in your phone's call history/);
    }
  });
});

describe.each(htmlPages())('the sticky bar on %s', (file) => {
  it('holds "Call 999" before "Exit this page"', () => {
    const bar = loadPage(file).querySelector('.exit-this-page')!;
    const links = bar.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('tel:999');
    const call = squash(bar.querySelector('a[href="tel:999"]')!.text);
    if (localeOfFile(file) === 'en-GB') expect(call).toBe('Call 999');
    else expect(call).toMatch(/^\S.* 999$|^999 \S/);
    expect(bar.querySelectorAll('a').at(-1)!.classList.contains('exit-this-page__button')).toBe(true);
  });
});

describe('the help strip template', () => {
  it('types no hours, days, numbers or service names: they all come from the services record', () => {
    const source = readFileSync(path.join(root, 'src/components/HelpStrip.astro'), 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '');
    const markup = source.slice(source.indexOf('---', 3) + 3);
    expect(markup).not.toMatch(/\d/);
    expect(markup).not.toMatch(/\b(am|pm|hours? a day|24|weekdays?|weekends?|daytime|(mon|tues|wednes|thurs|fri|satur|sun)day)\b/i);
    for (const s of servicesIn('en-GB')) expect(markup, s.name).not.toContain(s.name);
  });
});
