import { expect, it } from 'vitest';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/**
 * The "usually open now" indicator beside the National Stalking Helpline on /getting-help/,
 * with the browser's clock fixed. The times are UTC; London is on GMT in December.
 */

async function indicatorAt(isoTime: string) {
  const context = await newContext({ timezoneId: 'America/New_York' });
  // The page must use London time, whatever time zone the reader's device is set to.
  await context.clock.install({ time: new Date(isoTime) });
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
    const result = await indicatorAt('2026-12-02T14:00:00Z');
    expect(result.status).toBe('Usually open now. It usually closes at 4pm today.');
    expect(result.alternativesShown).toBe(false);
  });

  it('says "usually closed now" on a Wednesday morning, with the time it opens and 24-hour services', async () => {
    const result = await indicatorAt('2026-12-02T10:00:00Z');
    expect(result.status).toBe('Usually closed now. It usually opens again at 1pm today.');
    expect(result.alternativesShown).toBe(true);
    expect(result.alternatives.some((t) => t.includes('Victim Support'))).toBe(true);
    expect(result.alternatives.some((t) => t.includes('999'))).toBe(true);
  });

  it('skips the Christmas bank holidays when saying when it next opens', async () => {
    const result = await indicatorAt('2026-12-24T17:00:00Z');
    expect(result.status).toBe('Usually closed now. It usually opens again at 9:30am on Tuesday 29 December.');
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
