/**
 * The answer on one screen (issue 24, points 2 and the acceptance test), on a 360 × 740 phone with
 * the real layout and the browser's clock fixed (Playwright's clock API): for each situation, the
 * first next step is of the expected kind; the tool's one button and the helpline's open-or-closed
 * line are on the first screen below the result heading; the whole page (header and footer
 * included) is within its screen limit (5, or 4 for Scotland and Northern Ireland). Then the
 * helpline's line on three clocks: Monday 10:00 London (open), Monday 18:00 and a bank holiday
 * (closed, with the 24-hour option named).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { walkGuide, GUIDE_PATH } from './guide-helpers';
import { walkOf, type SituationName } from '../support/guide-walks';
import { servicesIn } from '../../src/data/record-words';
import { nationLines, outOfHoursOptions } from '../../src/lib/help-strip';

const PHONE = { width: 360, height: 740 };
/** Monday 7 December 2026 (GMT, so London time): the helpline is open at 10:00 and closed at 18:00. */
const MONDAY_10 = '2026-12-07T10:00:00Z';
const MONDAY_18 = '2026-12-07T18:00:00Z';
/** Christmas Day 2026, a Friday and a bank holiday, at 10:00. */
const BANK_HOLIDAY_10 = '2026-12-25T10:00:00Z';
/** The 24-hour option the help strip offers in England, chosen from the record the same way. */
const serviceRecords = servicesIn('en-GB');
const allDayName = outOfHoursOptions(serviceRecords).everywhere.name;

interface Case {
  name: SituationName;
  /** The first next step's id. */
  first: string;
  /** Another step that must be among the three, when the situation adds one. */
  also?: string;
  tool: string;
  maxScreens: number;
}

const cases: Case[] = [
  { name: 'typical', first: 'ask-order', tool: 'letter', maxScreens: 5 },
  { name: 'danger yes', first: 'call-emergency', tool: 'letter', maxScreens: 5 },
  { name: 'supporter, Wales, ex-partner, no order', first: 'report', tool: 'supporting-page', maxScreens: 5 },
  { name: 'England, interim order, broken', first: 'report-breach', tool: 'breach-record', maxScreens: 5 },
  { name: 'professional', first: 'ask-order', tool: 'letter', maxScreens: 5 },
  { name: 'police said no', first: 'ask-reasons', also: 'review-complain', tool: 'letter', maxScreens: 5 },
  { name: 'unknown person online', first: 'keep-links', also: 'report-platform', tool: 'letter', maxScreens: 5 },
  { name: 'at work', first: 'chase-police', also: 'tell-work', tool: 'letter', maxScreens: 5 },
  { name: 'parent supporting a student', first: 'report', also: 'tell-study', tool: 'supporting-page', maxScreens: 5 },
  { name: 'Scotland', first: 'tell-police-outside', also: 'cross-border', tool: 'outside-page', maxScreens: 4 },
  { name: 'Northern Ireland', first: 'tell-police-outside', also: 'cross-border', tool: 'outside-page', maxScreens: 4 },
];

/** The guide walked to the result for a situation, on a phone, at a fixed time. */
async function resultAt(name: SituationName, time: string): Promise<Page> {
  const context = await newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true, timezoneId: 'America/New_York' });
  await context.clock.setFixedTime(new Date(time));
  const { page } = await openPage(GUIDE_PATH, context);
  await page.waitForSelector('.guide[data-step="danger"] #guide-step-heading');
  await walkGuide(page, walkOf(name));
  await page.locator('.guide-helpline').waitFor();
  return page;
}

/** How far below the result heading's top an element ends, and the page's length in screens. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const top = document.querySelector('#guide-step-heading')!.getBoundingClientRect().top;
    const below = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? el.getBoundingClientRect().bottom - top : Infinity;
    };
    return {
      tool: below('[data-tool]'),
      helpline: below('.guide-helpline'),
      lastStep: below('.guide-next-steps li:last-child'),
      page: document.documentElement.scrollHeight,
    };
  });
}

describeBrowser('the answer on one screen, at 360 × 740', () => {
  useBrowser();

  for (const c of cases) {
    it(`${c.name}: first step ${c.first}, the ${c.tool} button and the helpline line on the first screen, at most ${c.maxScreens} screens`, async () => {
      const page = await resultAt(c.name, MONDAY_10);
      const steps = await page.$$eval('.guide-next-steps li', (els) => els.map((e) => e.getAttribute('data-step-id')));
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.length).toBeLessThanOrEqual(3);
      expect(steps[0]).toBe(c.first);
      if (c.also) expect(steps).toContain(c.also);
      // "Said no" never starts by asking them to apply.
      if (c.name === 'police said no') expect(steps).not.toContain('ask-order');
      expect(await page.locator('[data-tool]').count()).toBe(1);
      expect(await page.getAttribute('[data-tool]', 'data-tool')).toBe(c.tool);
      expect(await page.getAttribute('.guide-helpline', 'data-state')).toBe('open');
      const m = await measure(page);
      console.log(
        `360x740 ${c.name}: last next step ends ${m.lastStep.toFixed(0)} px, tool ${m.tool.toFixed(0)} px, helpline ${m.helpline.toFixed(0)} px below the heading's top; page ${(m.page / PHONE.height).toFixed(2)} screens`,
      );
      expect(m.tool).toBeLessThanOrEqual(PHONE.height);
      expect(m.helpline).toBeLessThanOrEqual(PHONE.height);
      expect(m.page / PHONE.height).toBeLessThanOrEqual(c.maxScreens);
    });
  }

  it('the letter opens in place from its button, its code loaded with the result', async () => {
    const page = await resultAt('police said no', MONDAY_10);
    const summary = page.locator('[data-tool="letter"] summary');
    await summary.click();
    await page.locator('[data-tool="letter"] .letters form').waitFor();
    // After "the police said no": the review-or-complaint letter, on the route for a decision not to apply.
    expect(await page.isChecked('[data-tool="letter"] input[value="review-or-complain"]')).toBe(true);
    expect(await page.isChecked('[data-tool="letter"] input[value="no-order"]')).toBe(true);
  });

  it('Monday 18:00 London: the helpline is closed, says when it opens, and names the 24-hour option', async () => {
    const page = await resultAt('typical', MONDAY_18);
    expect(await page.getAttribute('.guide-helpline', 'data-state')).toBe('closed');
    const text = (await page.textContent('.guide-helpline')) ?? '';
    expect(text).toContain('closed now');
    expect(text).toContain('tomorrow at 9:30am');
    expect(await page.textContent('.guide-helpline__all-day')).toContain(allDayName);
    const m = await measure(page);
    expect(m.helpline).toBeLessThanOrEqual(PHONE.height);
  });

  it('Monday 18:00 in Scotland: closed, and Scotland’s own 24-hour line named, not England and Wales’s', async () => {
    const page = await resultAt('Scotland', MONDAY_18);
    expect(await page.getAttribute('.guide-helpline', 'data-state')).toBe('closed');
    const allDay = (await page.textContent('.guide-helpline__all-day')) ?? '';
    expect(allDay).toContain(nationLines(serviceRecords)[0]!.name);
    expect(allDay).not.toContain(allDayName);
  });

  it('a bank holiday at 10:00: closed, and the 24-hour option named', async () => {
    const page = await resultAt('typical', BANK_HOLIDAY_10);
    expect(await page.getAttribute('.guide-helpline', 'data-state')).toBe('closed');
    expect(await page.textContent('.guide-helpline__all-day')).toContain(allDayName);
  });

  it('Monday 10:00: open until 4pm, and no 24-hour line while it is open', async () => {
    const page = await resultAt('typical', MONDAY_10);
    expect(await page.textContent('.guide-helpline')).toContain('open now, until 4pm');
    expect(await page.locator('.guide-helpline__all-day').count()).toBe(0);
  });
});
