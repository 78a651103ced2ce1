import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, showing, useBrowser } from '../support/browser';

/**
 * The printable pages' own behaviour: the Print button (shown only where its script runs), the
 * printed heading ("Notes", with a line saying why, and no field to choose it), the layout that
 * follows the paper picked in the print dialog (no paper size set by the page: portrait gets
 * smaller words and taller rows), the wide "What happened" column, and "Living with an order",
 * which prints the order card and the breach record and nothing else.
 */

/** Page objects in a PDF ("/Type /Page", not the "/Pages" tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
/** Each page of a PDF, in order: "A4 portrait", "A4 landscape", or its size in points. */
const sheets = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => {
    const [w, h] = [Number(m[1]), Number(m[2])];
    // A4 is 595.3 by 841.9 points; Chromium rounds its page box to whole CSS pixels (595.92 by 842.88).
    const near = (a: number, b: number) => Math.abs(a - b) < 2;
    if (near(w, 595.3) && near(h, 841.9)) return 'A4 portrait';
    if (near(w, 841.9) && near(h, 595.3)) return 'A4 landscape';
    return `${w} x ${h}`;
  });
/** A4 in CSS pixels, either way round, for print emulation. */
const A4_PX = { portrait: { width: 794, height: 1123 }, landscape: { width: 1123, height: 794 } };

/** The page as the print dialog would print it on A4, the way round the visitor picked. */
const printA4 = (page: Page, landscape: boolean) => page.pdf({ format: 'A4', landscape, preferCSSPageSize: true });

/** Height in points of a word's box as pdftotext finds it in the PDF (its printed size). */
function wordHeight(pdf: Buffer, word: string): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'spo-print-'));
  try {
    writeFileSync(path.join(dir, 'log.pdf'), pdf);
    const boxes = execFileSync('pdftotext', ['-bbox', path.join(dir, 'log.pdf'), '-'], { encoding: 'utf8' });
    const m = boxes.match(new RegExp(`yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${word}<`));
    expect(m, `"${word}" in the PDF`).not.toBeNull();
    return Number(m![2]) - Number(m![1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of a log's heading as print media shows it, and as the screen shows it. */
async function headings(page: Page, selector: string): Promise<{ screen: string; paper: string }> {
  const text = () => page.locator(`${selector} h2`).evaluate((el) => (el as HTMLElement).innerText.trim());
  const screen = await text();
  await page.emulateMedia({ media: 'print' });
  const paper = await text();
  await page.emulateMedia({ media: null });
  return { screen, paper };
}

/** Each cell's width in the log's header row, and the height of its first row, in print media. */
async function printedLog(page: Page, shape: keyof typeof A4_PX, selector = '.stalking-log') {
  await page.setViewportSize(A4_PX[shape]);
  await page.emulateMedia({ media: 'print' });
  return page.locator(selector).evaluate((log) => ({
    widths: [...log.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width),
    rowHeight: log.querySelector('tbody tr')!.getBoundingClientRect().height,
  }));
}

const MM = 96 / 25.4;

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
    expect(await page.locator('[data-print-page] button').count()).toBe(1);
    expect(await page.locator('[data-print-page]').isVisible()).toBe(false);
    expect(await page.getByRole('button').count()).toBe(0);
  });

  it('the log is headed “Stalking log” on screen and “Notes” on paper, and says why', async () => {
    const { page } = await openPage('/stalking-log/');
    expect(await headings(page, '.stalking-log--stalking')).toEqual({ screen: 'Stalking log', paper: 'Notes' });
    const why = page.locator('.stalking-log--stalking .stalking-log__why');
    expect(await why.textContent()).toMatch(/On paper the heading says “Notes”, not “Stalking log”, so anyone who sees the paper cannot tell what it is\./);
    await page.emulateMedia({ media: 'print' });
    expect(await why.isVisible()).toBe(false);
  });

  it('the breach record has the columns for a breach, and is headed “Notes” on paper too', async () => {
    const { page } = await openPage('/living-with-an-order/');
    const headers = await page.locator('.stalking-log--breach thead th').evaluateAll((ths) => ths.map((th) => th.childNodes[0]?.textContent?.trim()));
    expect(headers).toEqual(['Date', 'Time', 'Where', 'What happened', 'Witnesses', 'Evidence kept', 'Told the police / reference']);
    expect(await headings(page, '.stalking-log--breach')).toEqual({ screen: 'Breach record', paper: 'Notes' });
    expect(await page.locator('.stalking-log--breach .stalking-log__why').textContent()).toContain('not “Breach record”');
  });

  it('sets no paper size, so the print dialog’s choice holds: one A4 sheet portrait, one landscape', async () => {
    const { page } = await openPage('/stalking-log/');
    const portrait = await printA4(page, false);
    expect(sheets(portrait)).toEqual(['A4 portrait']);
    expect(pdfPages(portrait)).toBe(1);
    const landscape = await printA4(page, true);
    expect(sheets(landscape)).toEqual(['A4 landscape']);
    expect(pdfPages(landscape)).toBe(1);
    // Printed on portrait paper, the headings are set smaller than on landscape (8pt against 9pt).
    expect(wordHeight(portrait, 'Date')).toBeLessThan(0.95 * wordHeight(landscape, 'Date'));
  });

  it('on portrait paper the rows are taller (21 mm) than on landscape (14 mm), and “What happened” is the widest column both ways', async () => {
    const { page } = await openPage('/stalking-log/');
    const portrait = await printedLog(page, 'portrait');
    const landscape = await printedLog(page, 'landscape');
    expect(portrait.rowHeight).toBeGreaterThanOrEqual(21 * MM - 1);
    expect(landscape.rowHeight).toBeGreaterThanOrEqual(14 * MM - 1);
    expect(landscape.rowHeight).toBeLessThan(portrait.rowHeight - 5 * MM);
    for (const { widths } of [portrait, landscape]) {
      const what = widths[3]!;
      expect(Math.max(...widths)).toBe(what);
      expect(what).toBeGreaterThan(2 * widths[4]!);
    }
  });

  it('Living with an order prints the order card and the breach record, each on its own sheet either way round, and nothing else', async () => {
    const { page } = await openPage('/living-with-an-order/');
    expect(await page.getByRole('button', { name: 'Print the order card and breach record' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const shown = await showing(page, {
      card: '.order-card',
      breach: '.stalking-log--breach table',
      h1: 'article > h1',
      summary: '.summary-box',
      header: '.site-header',
      exit: '.exit-this-page',
      printButton: '[data-print-page]',
    });
    expect(shown).toMatchObject({ card: true, breach: true, h1: false, summary: false, header: false, exit: false, printButton: false });
    expect(shown.text).not.toContain('Can I break the order?');
    expect(shown.text).toContain('Order details');
    expect(shown.text).toContain('Notes');
    expect(shown.text).not.toContain('Breach record');
    // Back to no emulation: page.pdf() prints with screen styles while screen media is emulated.
    await page.emulateMedia({ media: null });
    expect(sheets(await printA4(page, false))).toEqual(['A4 portrait', 'A4 portrait']);
    expect(sheets(await printA4(page, true))).toEqual(['A4 landscape', 'A4 landscape']);
  });
});
