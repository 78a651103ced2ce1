import { english } from '../support/english';
import { expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { bankHolidays } from '../../src/data/bank-holidays';
import { getService, serviceRecords } from '../../src/data/support-services';
import { helpStripWords, outOfHoursOptions } from '../../src/lib/help-strip';
import { addDays, hoursInFewWords, londonInstant, londonTime, openStatus, statusInWords, weekdayOf } from '../../src/lib/opening-hours';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/**
 * "Usually open now", with the browser's clock fixed (Playwright's clock API), in the help strip on
 * every page and beside the National Stalking Helpline on /getting-help/. The status is worked out
 * when the site is built, for the six months that follow, so the moments tested are found from
 * today: London wall-clock times. The words expected are worked out from the services record's
 * hours with the same functions the build uses, so a change of hours in the record needs no change
 * here; the patterns pin what each acceptance case must say.
 */
const helpline = getService('national-stalking-helpline');
const { everywhere } = outOfHoursOptions(serviceRecords);
const today = londonTime(new Date()).date;
const holidays = new Set(bankHolidays.map((h) => h.date));
/** The first date after today (and after `after`) that is `weekday` and not a bank holiday. */
function next(weekday: string, after = today): string {
  let date = addDays(after, 1);
  while (weekdayOf(date) !== weekday || holidays.has(date)) date = addDays(date, 1);
  return date;
}
/** 25 December, if it falls within the six months the build worked out; else the next bank holiday on a weekday. */
function christmasOrBankHoliday(): string {
  const christmas = `${today.slice(0, 4)}-12-25` > today ? `${today.slice(0, 4)}-12-25` : `${Number(today.slice(0, 4)) + 1}-12-25`;
  if (Date.parse(christmas) - Date.parse(today) < 170 * 86_400_000) return christmas;
  return bankHolidays.find((h) => h.date > today && !['sat', 'sun'].includes(weekdayOf(h.date)))!.date;
}
/** What the strip must say at `at`, from the record's hours (the date as the page writes it). */
function expectedStrip(at: number): string {
  const status = openStatus(helpline.hours, new Date(at), bankHolidays);
  const date = status.state === 'closed' && status.next
    ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${status.next.date}T12:00:00Z`))
    : undefined;
  return helpStripWords(english, status, date);
}

async function clockAt(time: number, options: Parameters<typeof newContext>[0] = {}): Promise<BrowserContext> {
  // The page must use London time, whatever time zone the reader's device is set to.
  const context = await newContext({ timezoneId: 'America/New_York', viewport: { width: 360, height: 740 }, ...options });
  await context.clock.install({ time: new Date(time) });
  return context;
}

async function stripAt(time: number, path = '/what-is-stalking/') {
  const { page } = await openPage(path, await clockAt(time));
  const strip = page.locator('aside.help-strip');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('aside.help-strip')!.dataset['state'] !== undefined);
  return {
    page,
    state: await strip.getAttribute('data-state'),
    text: (await strip.locator('[data-open-now-status]').textContent())?.trim(),
    calls: await strip.locator('.help-strip__row a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  };
}

const helplineFirst = [`tel:${helpline.phone!.e164}`, `tel:${everywhere.phone!.e164}`];
const allDayFirst = [...helplineFirst].reverse();

describeBrowser('the help strip says whether the helpline is usually open now', () => {
  useBrowser();

  it('Monday 10:00 London: open, until it closes, with the helpline first', async () => {
    const at = londonInstant(next('mon'), '10:00');
    const strip = await stripAt(at);
    expect(strip.state).toBe('open');
    expect(strip.text).toMatch(/^Helpline usually open now, until \d+(:\d\d)?(am|pm)\.$/);
    expect(strip.text).toBe(expectedStrip(at));
    expect(strip.calls).toEqual(helplineFirst);
  });

  it('Monday 18:00: closed, says when it opens next, and puts the 24-hour option first', async () => {
    const at = londonInstant(next('mon'), '18:00');
    const strip = await stripAt(at);
    expect(strip.state).toBe('closed');
    expect(strip.text).toMatch(/^Helpline usually closed until (\S+ tomorrow|[A-Z][a-z]+day \S+|\d+ [A-Z][a-z]+, \S+)\.$/);
    expect(strip.text).toBe(expectedStrip(at));
    expect(strip.calls).toEqual(allDayFirst);
  });

  it('Saturday 11:00: closed until a weekday', async () => {
    const at = londonInstant(next('sat'), '11:00');
    const strip = await stripAt(at);
    expect(strip.state).toBe('closed');
    expect(strip.text).toMatch(/^Helpline usually closed until (\S+ tomorrow|[A-Z][a-z]+day \S+|\d+ [A-Z][a-z]+, \S+)\./);
    expect(strip.text).not.toMatch(/Saturday|Sunday/);
    expect(strip.text).toBe(expectedStrip(at));
    expect(strip.calls).toEqual(allDayFirst);
  });

  it('25 December at 11:00 (a bank holiday): closed', async () => {
    const day = christmasOrBankHoliday();
    const at = londonInstant(day, '11:00');
    const strip = await stripAt(at);
    expect(strip.state).toBe('closed');
    expect(strip.text).toMatch(/^Helpline usually closed until ([A-Z][a-z]+day \S+|\d+ [A-Z][a-z]+, \S+)\.$/);
    expect(strip.text).toBe(expectedStrip(at));
  });

  it('Wednesday 10:00: closed until the afternoon, the same day (it opens late on Wednesdays)', async () => {
    const at = londonInstant(next('wed'), '10:00');
    const strip = await stripAt(at);
    expect(strip.state).toBe('closed');
    expect(strip.text).toMatch(/^Helpline usually closed until \d+(:\d\d)?pm today\.$/);
    expect(strip.text).toBe(expectedStrip(at));
  });

  it('changes by itself when the page is left open across the opening time', async () => {
    const context = await clockAt(londonInstant(next('tue'), '09:28'));
    const { page } = await openPage('/what-is-stalking/', context);
    const strip = page.locator('aside.help-strip');
    await expect.poll(() => strip.getAttribute('data-state')).toBe('closed');
    await context.clock.runFor(3 * 60_000);
    await expect.poll(() => strip.getAttribute('data-state')).toBe('open');
  });

  it('without JavaScript: the hours, and the helpline first', async () => {
    const { page } = await openPage('/what-is-stalking/', await newContext({ javaScriptEnabled: false }));
    const strip = page.locator('aside.help-strip');
    expect((await strip.locator('[data-open-now-status]').textContent())?.trim()).toBe(`Helpline hours: ${hoursInFewWords(english, helpline.hours)}.`);
    expect(await strip.locator('.help-strip__row a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(helplineFirst);
  });

  it('past the six months worked out when the site was built: the hours stay', async () => {
    const { page } = await openPage('/what-is-stalking/', await clockAt(londonInstant(next('mon', addDays(today, 190)), '10:00')));
    await page.waitForLoadState('load');
    expect(await page.locator('aside.help-strip').getAttribute('data-state')).toBeNull();
    expect((await page.locator('aside.help-strip [data-open-now-status]').textContent())?.trim()).toBe(`Helpline hours: ${hoursInFewWords(english, helpline.hours)}.`);
  });
});

describeBrowser('the open-now indicator on Getting help', () => {
  useBrowser();

  async function indicatorAt(time: number) {
    const { page } = await openPage('/getting-help/', await clockAt(time));
    const box = page.locator('#national-stalking-helpline').locator('xpath=..').locator('[data-open-now]');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.open-now[data-open-now]')!.dataset['state'] !== undefined);
    return {
      status: (await box.locator('[data-open-now-status]').textContent())?.trim(),
      alternativesShown: await box.locator('[data-open-now-alternatives]').isVisible(),
      alternatives: await box.locator('[data-open-now-alternatives] li').allTextContents(),
    };
  }

  it('says "usually open now" on a Wednesday afternoon, and lists no alternatives', async () => {
    const result = await indicatorAt(londonInstant(next('wed'), '14:00'));
    expect(result.status).toBe('Usually open now. It usually closes at 4pm today.');
    expect(result.alternativesShown).toBe(false);
  });

  it('says "usually closed now" on a Wednesday morning, with the time it opens and 24-hour services', async () => {
    const result = await indicatorAt(londonInstant(next('wed'), '10:00'));
    expect(result.status).toBe('Usually closed now. It usually opens again at 1pm today.');
    expect(result.alternativesShown).toBe(true);
    expect(result.alternatives.some((t) => t.includes('Victim Support'))).toBe(true);
    expect(result.alternatives.some((t) => t.includes('999'))).toBe(true);
  });

  it('skips a bank holiday when saying when it next opens', async () => {
    // The next bank holiday at least two days away whose day before is a working day for the helpline.
    const holiday = bankHolidays.find((h) => h.date > addDays(today, 2) && !['sat', 'sun', 'mon'].includes(weekdayOf(h.date)) && !holidays.has(addDays(h.date, -1)));
    expect(holiday, 'a bank holiday in the list after today').toBeDefined();
    const eve = londonInstant(addDays(holiday!.date, -1), '17:00');
    const expected = statusInWords(english, openStatus(helpline.hours, new Date(eve), bankHolidays));
    expect(expected).toMatch(/^Usually closed now\. It usually opens again at \S+ on [A-Z][a-z]+day \d+ [A-Z][a-z]+\.$/);
    expect((await indicatorAt(eve)).status).toBe(expected);
  });

  it('is hidden without JavaScript, and the hours are listed instead', async () => {
    const { page } = await openPage('/getting-help/', await newContext({ javaScriptEnabled: false }));
    expect(await page.locator('.open-now[data-open-now]').isHidden()).toBe(true);
    const hours = await page.locator('#national-stalking-helpline').locator('xpath=..').locator('.service-card__hours li').allTextContents();
    expect(hours).toContain('Wednesday: 1pm to 4pm');
    expect(hours).toContain('Closed on bank holidays');
  });

  it('appears only on the Getting help page (the help strip has its own line)', async () => {
    const { page } = await openPage('/stalking-log/');
    expect(await page.locator('.open-now').count()).toBe(0);
  });
});
