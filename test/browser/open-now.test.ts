import { expect, it } from 'vitest';
import { bankHolidays } from '../../src/data/bank-holidays';
import { getService } from '../../src/data/support-services';
import { addDays, londonInstant, londonTime, openStatus, statusInWords, weekdayOf } from '../../src/lib/opening-hours';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/**
 * The "usually open now" indicator beside the National Stalking Helpline on /getting-help/,
 * with the browser's clock fixed. The status is worked out when the site is built, for the six
 * months that follow, so the moments tested are found from today: London wall-clock times.
 */
const today = londonTime(new Date()).date;
const holidays = new Set(bankHolidays.map((h) => h.date));
/** The first date after today (and after `after`) that is `weekday` and not a bank holiday. */
function next(weekday: string, after = today): string {
  let date = addDays(after, 1);
  while (weekdayOf(date) !== weekday || holidays.has(date)) date = addDays(date, 1);
  return date;
}
const wednesday = next('wed');

async function indicatorAt(time: number | string) {
  const context = await newContext({ timezoneId: 'America/New_York' });
  // The page must use London time, whatever time zone the reader's device is set to.
  await context.clock.install({ time: new Date(time) });
  const { page } = await openPage('/getting-help/', context);
  const box = page.locator('#national-stalking-helpline').locator('xpath=..').locator('[data-open-now]');
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-open-now]')!.hidden);
  return {
    page,
    status: (await box.locator('[data-open-now-status]').textContent())?.trim(),
    alternativesShown: await box.locator('[data-open-now-alternatives]').isVisible(),
    alternatives: await box.locator('[data-open-now-alternatives] li').allTextContents(),
  };
}

describeBrowser('the open-now indicator on Getting help', () => {
  useBrowser();

  it('says "usually open now" on a Wednesday afternoon, and lists no alternatives', async () => {
    const result = await indicatorAt(londonInstant(wednesday, '14:00'));
    expect(result.status).toBe('Usually open now. It usually closes at 4pm today.');
    expect(result.alternativesShown).toBe(false);
  });

  it('says "usually closed now" on a Wednesday morning, with the time it opens and 24-hour services', async () => {
    const result = await indicatorAt(londonInstant(wednesday, '10:00'));
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
    const expected = statusInWords(openStatus(getService('national-stalking-helpline').hours, new Date(eve), bankHolidays));
    expect(expected).toMatch(/^Usually closed now\. It usually opens again at \S+ on [A-Z][a-z]+day \d+ [A-Z][a-z]+\.$/);
    const result = await indicatorAt(eve);
    expect(result.status).toBe(expected);
  });

  it('says nothing (and the hours stay listed) past the six months worked out when the site was built', async () => {
    const context = await newContext();
    await context.clock.install({ time: new Date(londonInstant(next('wed', addDays(today, 190)), '14:00')) });
    const { page } = await openPage('/getting-help/', context);
    await page.waitForLoadState('load');
    expect(await page.locator('[data-open-now]').isHidden()).toBe(true);
    expect(await page.locator('#national-stalking-helpline').locator('xpath=..').locator('.service-card__hours li').count()).toBeGreaterThan(2);
  });

  it('is hidden without JavaScript, and the hours are listed instead', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const { page } = await openPage('/getting-help/', context);
    expect(await page.locator('[data-open-now]').isHidden()).toBe(true);
    const hours = await page.locator('#national-stalking-helpline').locator('xpath=..').locator('.service-card__hours li').allTextContents();
    expect(hours).toContain('Wednesday: 1pm to 4pm');
    expect(hours).toContain('Closed on bank holidays');
  });

  it('appears only on the Getting help page', async () => {
    const { page } = await openPage('/stalking-log/');
    expect(await page.locator('[data-open-now]').count()).toBe(0);
  });
});
