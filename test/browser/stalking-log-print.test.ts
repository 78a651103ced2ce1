import { expect, it } from 'vitest';
import { describeBrowser, openPage, showing, useBrowser } from '../support/browser';

/**
 * The blank stalking log must print as one clean A4 sheet: the log table and nothing else
 * (no exit button, navigation, help strip, explanations or page footer). Which way round the
 * paper goes is the print dialog's choice (printables.test.ts).
 */

/** Number of pages in a PDF: page objects are "/Type /Page", the page tree is "/Type /Pages". */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describeBrowser('printing the stalking log', () => {
  useBrowser();

  it('prints on exactly one A4 page', async () => {
    const { page } = await openPage('/stalking-log/');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(1);
  });

  it('counts pages correctly: a long page prints on more than one sheet', async () => {
    // Guards the page counter itself, so "1" above means one page and not "counting failed".
    const { page } = await openPage('/getting-help/');
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
  });

  it('hides the navigation, help strip, exit button, explanations and footer in print', async () => {
    const { page } = await openPage('/stalking-log/');
    await page.emulateMedia({ media: 'print' });
    const shown = await showing(page, {
      exit: '.exit-this-page',
      header: '.site-header',
      nav: 'nav',
      helpStrip: '.help-strip',
      footer: '.site-footer',
      pageFooter: '.page-footer',
      summary: '.summary-box',
      h1: 'article > h1',
      log: '.stalking-log table',
    });
    expect(shown).toMatchObject({
      exit: false,
      header: false,
      nav: false,
      helpStrip: false,
      footer: false,
      pageFooter: false,
      summary: false,
      h1: false,
      log: true,
    });
    expect(shown.text).not.toContain('Exit this page');
    expect(shown.text).not.toContain('Check your situation');
    expect(shown.text).not.toContain('National Stalking Helpline');
  });

  it('prints a blank table with the eight columns and ten empty rows', async () => {
    const { page } = await openPage('/stalking-log/');
    await page.emulateMedia({ media: 'print' });
    const headers = await page.locator('.stalking-log thead th').evaluateAll((ths) =>
      ths.map((th) => th.childNodes[0]?.textContent?.trim()),
    );
    expect(headers).toEqual([
      'Date',
      'Time',
      'Where',
      'What happened',
      'Witnesses',
      'How it affected you',
      'Evidence kept',
      'Reported to / reference',
    ]);
    expect(await page.locator('.stalking-log tbody tr').count()).toBe(10);
    const filled = await page.locator('.stalking-log tbody td').evaluateAll(
      // Screen-reader-only row labels ("Entry 1") are not ink on paper.
      (tds) =>
        tds.filter((td) => {
          const copy = td.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.visually-hidden').forEach((el) => el.remove());
          return (copy.textContent ?? '').trim() !== '';
        }).length,
    );
    expect(filled).toBe(0);
  });

  it('works with JavaScript turned off', async () => {
    const { newContext } = await import('../support/browser');
    const context = await newContext({ javaScriptEnabled: false });
    const { page } = await openPage('/stalking-log/', context);
    expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
  });
});
