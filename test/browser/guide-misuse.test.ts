/**
 * Safe when misused (issue 24, point 6): nothing the forms or the result's contents do can put an
 * answer into an address. A native submit (HTMLFormElement.submit(), which skips the island's
 * handler) cannot navigate, since both forms use method="dialog"; text fields have no name and no
 * spellcheck; the result's contents are buttons, so a middle click opens nothing and no fragment
 * that depends on the answers exists to copy.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, openPage, useBrowser } from '../support/browser';
import { walkOf } from '../support/guide-walks';
import { answerByMouse, GUIDE_PATH, walkGuide, waitForStep } from './guide-helpers';

const address = (page: Page) => page.evaluate(() => location.href);

/** Submits a form natively, skipping every submit handler, and gives the page time to navigate if it were going to. */
async function nativeSubmit(page: Page, selector: string): Promise<void> {
  await page.evaluate((s) => HTMLFormElement.prototype.submit.call(document.querySelector<HTMLFormElement>(s)!), selector);
  await page.waitForTimeout(300);
}

describeBrowser('the guide and the letter builder when misused', () => {
  useBrowser();

  it('a native submit of a guide question goes nowhere: the address, the step and the choice stay', async () => {
    const { page } = await openPage(GUIDE_PATH);
    await waitForStep(page, 'danger');
    const before = await address(page);
    await page.click('label[for="guide-danger-no"]');
    expect(await page.getAttribute('form.guide-question', 'method')).toBe('dialog');
    await nativeSubmit(page, 'form.guide-question');
    expect(await address(page)).toBe(before);
    expect(await page.getAttribute('.guide', 'data-step')).toBe('danger');
    expect(await page.isChecked('#guide-danger-no')).toBe(true);
    await answerByMouse(page, 'danger', 'no');
    await waitForStep(page, 'who');
  });

  it('the result’s sections fold under their headings: no address to open or copy, a middle click opens nothing, a click opens the section', async () => {
    const { page } = await openPage(GUIDE_PATH);
    await waitForStep(page, 'danger');
    await walkGuide(page, walkOf('England, interim order, broken'));
    const before = await address(page);
    expect(await page.locator('.guide a[href*="#"]').count()).toBe(0);
    const entries = page.locator('.guide-section--folded > summary');
    expect(await entries.count()).toBeGreaterThan(2);
    const pages = page.context().pages().length;
    await entries.first().click({ button: 'middle' });
    await page.waitForTimeout(300);
    expect(page.context().pages().length).toBe(pages);
    await entries.first().click();
    expect(await page.locator('.guide-section--folded').first().getAttribute('open')).toBe('');
    expect(await address(page)).toBe(before);
  });

  it('the letter builder: text fields have no name and no spellcheck, and a native submit goes nowhere', async () => {
    const { page } = await openPage('/make-a-letter/');
    await page.waitForSelector('#letter-choice-ask-for-order');
    const before = await address(page);
    await page.check('#letter-choice-ask-for-order');
    await page.waitForSelector('.letters__questions');
    const fields = await page.$$eval('.letters input[type="text"], .letters textarea', (els) =>
      els.map((el) => ({ id: el.id, name: el.getAttribute('name'), spellcheck: el.getAttribute('spellcheck') })),
    );
    expect(fields.length).toBeGreaterThan(3);
    for (const field of fields) expect(field, field.id).toEqual({ id: field.id, name: null, spellcheck: 'false' });
    await page.fill(`#${fields[0]!.id}`, 'Sam');
    expect(await page.getAttribute('form.letters__form', 'method')).toBe('dialog');
    await nativeSubmit(page, 'form.letters__form');
    expect(await address(page)).toBe(before);
    expect(await page.inputValue(`#${fields[0]!.id}`)).toBe('Sam');
  });
});
