/**
 * Safe when misused (issue 24, point 6): nothing the forms or the result's contents do can put an
 * answer into an address. A native submit (HTMLFormElement.submit(), which skips the island's
 * handler) cannot navigate, since both forms use method="dialog"; text fields have no name and no
 * spellcheck; the result's contents are buttons, so a middle click opens nothing and no fragment
 * that depends on the answers exists to copy.
 */
import { href, publishedLocales } from '../../src/i18n/routing';
import { english } from '../support/english';
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
const { t } = english;
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
    await nativeSubmit(page, 'form.guide-question');
    expect(await address(page)).toBe(before);
    expect(await page.getAttribute('form.guide-question', 'method')).toBe('dialog');
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
    await nativeSubmit(page, 'form.letters__form');
    expect(await address(page)).toBe(before);
    expect(await page.getAttribute('form.letters__form', 'method')).toBe('dialog');
    expect(await page.inputValue(`#${fields[0]!.id}`)).toBe('Sam');
  });

  it('the island’s script refused (404): after a few seconds the still copy gives way to the links and Reload, which work with no script', async () => {
    const context = await newContext({ viewport: { width: 360, height: 740 } });
    const { page, problems } = await openPage('', context);
    const refused: string[] = [];
    // Every try: Astro's island loader asks again with ?astro-retry=… after a failure.
    await page.route(/\/_astro\/Guide\.[^/?]*\.js(?:\?.*)?$/, async (route) => {
      refused.push(new URL(route.request().url()).pathname);
      await route.fulfill({ status: 404, body: 'gone' });
    });
    const opened = Date.now();
    await page.goto(GUIDE_PATH);
    const stalled = page.locator('.guide-preview__stalled');
    // At first, the still copy as usual.
    expect(await page.locator('.guide-preview__still h2').isVisible()).toBe(true);
    expect(await stalled.isVisible()).toBe(false);
    await stalled.waitFor({ state: 'visible', timeout: 10_000 });
    const after = Date.now() - opened;
    console.log(`island refused: the fallback showed ${after} ms after the page was asked for`);
    expect(after).toBeGreaterThanOrEqual(5000);
    expect(refused.length).toBeGreaterThan(0);
    expect(await page.locator('.guide').count()).toBe(0);
    expect(await page.locator('.guide-preview__still').isVisible()).toBe(false);
    expect(await stalled.textContent()).toContain(t('guide.page.stalled'));
    // Reload is a plain link to this page (no script needed), on the first screen.
    const reload = stalled.getByRole('link', { name: t('guide.page.stalledReload') });
    expect(await reload.getAttribute('href')).toBe(GUIDE_PATH);
    const box = (await reload.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(box.height).toBeGreaterThanOrEqual(44);
    // The no-JavaScript alternatives: plain links to the guidance pages.
    const links = await stalled.locator('li a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(links).toContain('/what-is-a-stalking-protection-order/');
    expect(links).toContain('/a-to-z/');
    await stalled.locator('li a').first().click();
    await page.waitForURL('**/what-is-a-stalking-protection-order/');
    // The refused script is logged by the browser (and by the island loader): expected here.
    const expected = (e: string) => /404|Guide\.[^/]*\.js|hydrat|dynamically imported module/i.test(e);
    expect(problems.consoleErrors.some(expected)).toBe(true);
    problems.consoleErrors.splice(0, Infinity, ...problems.consoleErrors.filter((e) => !expected(e)));
  });

  it('the guide working: the still copy and its fallback are gone once it starts, and never show again', async () => {
    const { page } = await openPage(GUIDE_PATH);
    await waitForStep(page, 'danger');
    expect(await page.locator('.guide-preview').count()).toBe(0);
    await page.waitForTimeout(6500);
    expect(await page.locator('.guide-preview__stalled').count()).toBe(0);
    expect(await page.locator('.guide[data-step="danger"] #guide-step-heading').isVisible()).toBe(true);
  });

  it('result words of the wrong shape: the failure screen with Try again, then the result once they are right', async () => {
    const { page } = await openPage(GUIDE_PATH);
    let wrong = true;
    const served: string[] = [];
    await page.route(/\/check-your-situation\/result\.json\?v=/, async (route) => {
      served.push(wrong ? 'wrong' : 'right');
      if (wrong) await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ nextSteps: { heading: 'x' } }) });
      else await route.continue();
    });
    await waitForStep(page, 'danger');
    const before = await address(page);
    // The walk's moves, without waiting for a drawn result at the end (it cannot be drawn yet).
    for (const move of walkOf('typical').moves) {
      await waitForStep(page, move.step);
      if (move.kind === 'answer') await answerByMouse(page, move.step, move.value);
      else await page.click(`.guide[data-step="${move.step}"] > div > button.button`);
    }
    const alert = page.locator('.guide[data-step="result"] [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(t('guide.resultFailed'));
    expect(await page.locator('.guide-next-steps').count()).toBe(0);
    expect(served).toContain('wrong');
    wrong = false;
    await page.getByRole('button', { name: t('guide.tryAgain') }).click();
    await page.locator('.guide-next-steps li').first().waitFor();
    expect(served.at(-1)).toBe('right');
    expect(await address(page)).toBe(before);
  });

  it('the letter builder’s words: fetched at an address versioned with their content, and refused when of the wrong shape (the link to the builder’s page stays)', async () => {
    for (const shape of ['right', 'wrong'] as const) {
      const { page } = await openPage(GUIDE_PATH);
      const asked: string[] = [];
      await page.route(/\/make-a-letter\/words\.json/, async (route) => {
        asked.push(new URL(route.request().url()).pathname + new URL(route.request().url()).search);
        if (shape === 'wrong') await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ 'letters.make': 'Make' }) });
        else await route.continue();
      });
      await waitForStep(page, 'danger');
      await walkGuide(page, walkOf('typical'));
      await page.locator('.guide-next-steps li').first().waitFor();
      await expect.poll(() => asked.length).toBe(1);
      const [path, version] = asked[0]!.split('?v=');
      expect(path).toBe('/make-a-letter/words.json');
      // The version is the first 12 hex digits of the SHA-256 of the published locales' files, in their
      // order (English, Welsh): each locale's words file and letters file (the letters' own words), a line between.
      const files: string[] = [];
      for (const locale of publishedLocales()) {
        files.push(await (await page.request.get(`${href('makeALetter', locale)}words.json`)).text());
        files.push(await (await page.request.get(`${href('makeALetter', locale)}letters.json`)).text());
      }
      const hash = createHash('sha256').update(files.join('\n')).digest('hex');
      expect(version).toBe(hash.slice(0, 12));
      if (shape === 'right') {
        await page.locator('.guide details.letters-disclosure').waitFor();
      } else {
        await page.waitForTimeout(500);
        expect(await page.locator('.guide details.letters-disclosure').count()).toBe(0);
        expect(await page.locator('.guide a[href="/make-a-letter/"]').count()).toBeGreaterThan(0);
      }
    }
  });

  it('the guide’s compiled messages: when they cannot be had, the guide keeps its still copy', async () => {
    const { page, problems } = await openPage('');
    const asked: string[] = [];
    await page.route(/\/messages\/[a-z]+\.js/, async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await route.fulfill({ status: 404, body: '' });
    });
    await page.goto(GUIDE_PATH);
    await expect.poll(() => asked.includes('/messages/guide.js')).toBe(true);
    // The guide does not start without its messages: the still copy of the first question stays (and, after
    // a few seconds, guide-preview.css shows why and offers a reload).
    await page.waitForTimeout(500);
    expect(await page.locator('#guide-preview').count()).toBe(1);
    expect(await page.locator('.guide[data-step]').count()).toBe(0);
    // The refused module is logged by the browser: expected here, and nothing else.
    const expected = (e: string) => /404|messages\/[a-z]+\.js|dynamically imported module/i.test(e);
    expect(problems.consoleErrors.some(expected)).toBe(true);
    problems.consoleErrors.splice(0, Infinity, ...problems.consoleErrors.filter((e) => !expected(e)));
  });

  it.each([
    [GUIDE_PATH, '.guide[data-step="danger"] form.guide-question input'],
    ['/make-a-letter/', '.letters form input[type="radio"]'],
  ])('%s: the island’s code ready before the page is parsed makes the Trusted Types policy it needs, then starts', async (urlPath, usable) => {
    const { page, problems } = await openPage('');
    // A script that holds the parser for 1.5 s right after the island: its code, preloaded, is ready
    // long before the page's deferred scripts run, so the policy must come with the island's own code
    // (src/scripts/trusted-types.ts, imported first), not from any page script.
    await page.route(`**${urlPath}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</astro-island>', '</astro-island><script src="/__hold-the-parser.js"></script>');
      await route.fulfill({ response, body: html });
    });
    await page.route('**/__hold-the-parser.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    });
    await page.goto(urlPath);
    await page.locator(usable).first().waitFor({ timeout: 15_000 });
    expect(problems.consoleErrors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { trustedTypes?: { defaultPolicy: unknown } }).trustedTypes?.defaultPolicy !== null)).toBe(true);
  });
});
