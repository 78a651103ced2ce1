/**
 * Issue 29 in the browser, against the built site with its real headers: the step-by-step guide walked
 * in Welsh for six situations on a 360 × 740 phone with the clock fixed (the result's first next step as
 * in English, the tool's button and the helpline's open-or-closed line on the first screen, in Welsh,
 * with no unfilled words); then the three letters built in Welsh, each dated in Welsh and addressed,
 * and printed with only the letter on paper.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, openPrintablePage, showing, useBrowser } from '../support/browser';
import { walkGuide } from './guide-helpers';
import { walkOf, type SituationName } from '../support/guide-walks';
import { href } from '../../src/i18n/routing';
import { cy } from '../../src/i18n/cy';

const PHONE = { width: 360, height: 740 };
const GUIDE = href('checkYourSituation', 'cy');
const LETTERS = href('makeALetter', 'cy');
/** Monday 7 December 2026, GMT: the helpline is open at 10:00 and closed at 18:00. */
const MONDAY_10 = '2026-12-07T10:00:00Z';
const MONDAY_18 = '2026-12-07T18:00:00Z';
/** Text that must never show. */
const NEVER = /undefined|NaN|\[object|[{}]/;

/** Situations and the first next step each must lead to (the same as in English: test/browser/guide-answer.test.ts). */
const walks: { name: SituationName; first: string; tool: string }[] = [
  { name: 'typical', first: 'ask-order', tool: 'letter' },
  { name: 'police said no', first: 'ask-reasons', tool: 'letter' },
  { name: 'unknown person online', first: 'keep-links', tool: 'letter' },
  { name: 'at work', first: 'chase-police', tool: 'letter' },
  { name: 'supporter, Wales, ex-partner, no order', first: 'report', tool: 'supporting-page' },
  { name: 'England, interim order, broken', first: 'report-breach', tool: 'breach-record' },
];

async function welshResult(name: SituationName, time: string): Promise<Page> {
  const context = await newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true, timezoneId: 'Europe/London' });
  await context.clock.setFixedTime(new Date(time));
  const { page } = await openPage(GUIDE, context);
  await page.waitForSelector('.guide[data-step="danger"] #guide-step-heading');
  await walkGuide(page, walkOf(name));
  await page.locator('.guide-helpline').waitFor();
  return page;
}

/** How far below the result heading's top the tool's button and the helpline line end. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const top = document.querySelector('#guide-step-heading')!.getBoundingClientRect().top;
    const below = (selector: string) => (document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity) - top;
    return { tool: below('[data-tool]'), helpline: below('.guide-helpline') };
  });

describeBrowser('the guide in Welsh, at 360 × 740', () => {
  useBrowser();

  for (const w of walks) {
    it(`${w.name}: the answer in Welsh, first step ${w.first}, the ${w.tool} button and the helpline line on the first screen`, async () => {
      const page = await welshResult(w.name, MONDAY_10);
      expect(await page.getAttribute('html', 'lang')).toBe('cy');
      const steps = await page.$$eval('.guide-next-steps li', (els) => els.map((e) => e.getAttribute('data-step-id')));
      expect(steps[0]).toBe(w.first);
      expect(await page.getAttribute('[data-tool]', 'data-tool')).toBe(w.tool);
      expect(await page.getAttribute('.guide-helpline', 'data-state')).toBe('open');
      const text = (await page.textContent('.guide')) ?? '';
      expect(text).not.toMatch(NEVER);
      // Welsh words of the result, not the English file's: the result's own heading and the helpline line.
      expect(text).not.toContain('What to do next');
      expect(text).not.toContain('open now');
      const m = await measure(page);
      console.log(`cy 360x740 ${w.name}: tool ${m.tool.toFixed(0)} px, helpline ${m.helpline.toFixed(0)} px below the heading's top`);
      expect(m.tool).toBeLessThanOrEqual(PHONE.height);
      expect(m.helpline).toBeLessThanOrEqual(PHONE.height);
    });
  }

  it('Monday 18:00: the helpline line says in Welsh that it is closed and names a 24-hour line', async () => {
    const page = await welshResult('typical', MONDAY_18);
    expect(await page.getAttribute('.guide-helpline', 'data-state')).toBe('closed');
    const allDay = (await page.textContent('.guide-helpline__all-day')) ?? '';
    expect(allDay).toMatch(/24/);
    expect((await page.textContent('.guide-helpline')) ?? '').not.toContain('closed now');
  });
});

describeBrowser('the letters in Welsh', () => {
  useBrowser();

  const field = (id: string) => `#letter-field-${id}`;
  const letterText = async (page: Page) => {
    await page.locator('#letter-text').waitFor();
    return page.inputValue('#letter-text');
  };

  const letters: { letter: string; ticks: string[]; typed: Record<string, string>; force?: string }[] = [
    { letter: 'ask-for-order', ticks: [`${field('forbid')}-contact`], typed: { yourName: 'Siân Enw', whatHappened: 'Anfonodd 40 neges', whyAfraid: 'Dywedodd y byddwn i’n talu' }, force: 'Heddlu Gogledd Cymru' },
    {
      letter: 'report-breach',
      ticks: [`${field('orderType')}-interim`],
      typed: { yourName: 'Dafydd Adroddwr', orderDate: '2 Mawrth 2026', court: 'Llys Ynadon Caerdydd', breachWhen: 'Nos Sadwrn, tua 9yh', breachPlace: 'Tu allan i’r orsaf', breachWhat: 'Gwaeddodd fy enw', officer: 'DC Jones' },
    },
    { letter: 'review-or-complain', ticks: [`${field('route')}-no-charge`], typed: { yourName: 'Elin Holi', decision: 'Dim cyhuddiad', crimeRef: '44/123456/26' } },
  ];

  it.each(letters)('$letter: built in Welsh, dated in Welsh on the visitor’s clock, addressed, and printed alone', async ({ letter, ticks, typed, force }) => {
    const { page, printCalls } = await openPrintablePage(LETTERS);
    await page.clock.setFixedTime(new Date('2026-12-07T23:30:00Z'));
    await page.goto(LETTERS);
    await page.locator('.letters form').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await page.check(`#letter-choice-${letter}`);
    for (const tick of ticks) await page.check(tick);
    if (force) {
      const value = await page.$eval(`${field('force')}`, (el, name) => [...(el as HTMLSelectElement).options].find((o) => o.label === name)?.value ?? '', force);
      expect(value, `${force} is in the Welsh list`).not.toBe('');
      await page.selectOption(field('force'), value);
    }
    for (const [id, value] of Object.entries(typed)) await page.fill(field(id), value);
    await page.getByRole('button', { name: cy['letters.make'] }).click();
    const text = await letterText(page);
    const [date, to] = text.split('\n\n');
    expect(date).toBe('7 Rhagfyr 2026');
    expect(to).toMatch(/\S/);
    if (force) expect(to).toContain('Heddlu Gogledd Cymru');
    for (const value of Object.values(typed)) expect(text).toContain(value);
    expect(text).not.toMatch(NEVER);
    expect(text).not.toContain('Dear Sir or Madam');
    await page.getByRole('button', { name: cy['letters.print'] }).click();
    expect(await printCalls()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const shown = await showing(page, { letter: '.letters-print', textarea: '#letter-text', header: '.site-header', helpStrip: '.help-strip' });
    expect(shown).toMatchObject({ letter: true, textarea: false, header: false, helpStrip: false });
    expect(shown.text).toContain(typed['yourName']!);
    expect(shown.text).toContain('7 Rhagfyr 2026');
  });
});
