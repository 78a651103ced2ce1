import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/**
 * The printable pages' own controls: the Print button (shown only where its script runs), the
 * printed heading ("Notes" unless the reader chooses the full name), the portrait version of the
 * log, the wide "What happened" column, and "Living with an order", which prints the order card
 * and the breach record and nothing else.
 */

/** Page objects in a PDF ("/Type /Page", not the "/Pages" tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
/** Every page's size in points, rounded, in order. */
const mediaBoxes = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
const A4_PORTRAIT = [595, 842];
const A4_LANDSCAPE = [842, 595];

/** Text of the log's printed heading, as print media shows it. */
async function printedHeading(page: Page, selector = '.stalking-log__title'): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator(selector).evaluate((el) => (el as HTMLElement).innerText.trim());
  await page.emulateMedia({ media: 'screen' });
  return text;
}

describeBrowser('printable pages', () => {
  useBrowser();

  it('the stalking log has a real Print button that opens the print dialog', async () => {
    const context = await newContext();
    const { page } = await openPage('', context);
    await page.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => {
        (window as unknown as { printCalls: number }).printCalls += 1;
      };
    });
    await page.goto('/stalking-log/');
    const button = page.getByRole('button', { name: 'Print the log' });
    expect(await button.isVisible()).toBe(true);
    const box = await button.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await button.isVisible()).toBe(false);
  });

  it('without JavaScript there is no Print button that would do nothing', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const { page } = await openPage('/stalking-log/', context);
    expect(await page.locator('[data-print-page]').count()).toBe(1);
    expect(await page.locator('[data-print-page]').isVisible()).toBe(false);
  });

  it('prints “Notes” as the heading by default, says why, and prints “Stalking log” only when chosen', async () => {
    const { page } = await openPage('/stalking-log/');
    expect(await page.locator('.stalking-log').textContent()).toContain('cannot tell what it is');
    expect(await printedHeading(page)).toBe('Notes');
    await page.check('#stalking-log-heading-full');
    expect(await printedHeading(page)).toBe('Stalking log');
    await page.check('#stalking-log-heading-neutral');
    expect(await printedHeading(page)).toBe('Notes');
  });

  it('gives “What happened” the widest column on paper', async () => {
    const { page } = await openPage('/stalking-log/');
    await page.emulateMedia({ media: 'print' });
    const widths = await page.locator('.stalking-log thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    const what = widths[3]!;
    expect(Math.max(...widths)).toBe(what);
    expect(what).toBeGreaterThan(2 * widths[4]!);
  });

  it('prints the log on one A4 portrait sheet when portrait is chosen, landscape otherwise', async () => {
    const { page } = await openPage('/stalking-log/');
    const landscape = await page.pdf({ preferCSSPageSize: true });
    expect(mediaBoxes(landscape)).toEqual([A4_LANDSCAPE]);
    await page.check('#stalking-log-paper-portrait');
    const portrait = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(portrait)).toBe(1);
    expect(mediaBoxes(portrait)).toEqual([A4_PORTRAIT]);
  });

  it('Living with an order prints the order card and the breach record, each on its own sheet, and nothing else', async () => {
    const { page } = await openPage('/living-with-an-order/');
    expect(await page.getByRole('button', { name: 'Print the order card and breach record' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].some((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0);
      return {
        card: visible('.order-card'),
        breach: visible('.stalking-log--breach table'),
        h1: visible('article > h1'),
        summary: visible('.summary-box'),
        header: visible('.site-header'),
        exit: visible('.exit-this-page'),
        choices: visible('.stalking-log__options'),
        text: document.body.innerText,
      };
    });
    expect(shown).toMatchObject({ card: true, breach: true, h1: false, summary: false, header: false, exit: false, choices: false });
    expect(shown.text).not.toContain('Can I break the order?');
    expect(shown.text).toContain('Order details');
    expect(shown.text).toContain('Notes');
    expect(shown.text).not.toContain('Breach record');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(mediaBoxes(pdf)).toEqual([A4_PORTRAIT, A4_LANDSCAPE]);
  });

  it('the breach record has the columns for a breach, and its own heading choice', async () => {
    const { page } = await openPage('/living-with-an-order/');
    const headers = await page.locator('.stalking-log--breach thead th').evaluateAll((ths) => ths.map((th) => th.childNodes[0]?.textContent?.trim()));
    expect(headers).toEqual(['Date', 'Time', 'Where', 'What happened', 'Witnesses', 'Evidence kept', 'Told the police / reference']);
    await page.check('#breach-log-heading-full');
    expect(await printedHeading(page, '.stalking-log--breach .stalking-log__title')).toBe('Breach record');
  });
});
