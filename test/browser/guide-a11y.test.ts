/**
 * axe at every step of the guide (every question, the error state, the emergency screen,
 * Check your answers, the fullest result and the out-of-scope result), at desktop and
 * phone widths. The page's load-time JavaScript budget is the benchmark's (bench/budgets.json); the
 * test below counts what loads through a whole path, which the benchmark does not see (the result's
 * words and the letter builder load after the first answer and with the result).
 */
import { gzipSync } from 'node:zlib';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { answerByMouse, clickButton, walkGuide, waitForStep, GUIDE_PATH } from './guide-helpers';
import { walkOf, type SituationName } from '../support/guide-walks';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page, label: string): Promise<string[]> {
  // The guide never reloads the page, so axe is injected once.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (runTags) =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: runTags } }),
    tags,
  );
  return results.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

describeBrowser('guide accessibility', () => {
  useBrowser();

  for (const width of [1024, 320]) {
    it(`axe finds no violations at any step (${width}px wide)`, async () => {
      const context = await newContext({ viewport: { width, height: 800 } });
      const { page } = await openPage(GUIDE_PATH, context);
      await page.waitForSelector('.guide[data-step="danger"]');
      const found: string[] = [];
      const check = async (label: string) => found.push(...(await axeViolations(page, label)));

      await check('danger');
      await page.click('form.guide-question button[type="submit"]');
      await page.waitForSelector('.error-summary');
      await check('danger with error');
      await answerByMouse(page, 'danger', 'yes');
      await waitForStep(page, 'emergency');
      await check('emergency');
      await clickButton(page, 'I am safe to continue');
      const steps: [string, string | string[]][] = [
        ['who', 'supporter'],
        ['where', 'wales'],
        ['behaviours', ['tracking', 'online', 'proxy', 'something-else']],
        ['places', ['work', 'study']],
        ['repeated', 'not-sure'],
        ['relationship', 'partner'],
        ['police', 'yes'],
        ['police-response', 'said-no'],
        ['order', 'spo'],
        ['breach', 'yes'],
      ];
      for (const [question, value] of steps) {
        await waitForStep(page, question);
        await check(question);
        await answerByMouse(page, question, value);
      }
      await waitForStep(page, 'check-answers');
      await check('check-answers');
      await clickButton(page, 'See the guide');
      await waitForStep(page, 'result');
      await check('result');
      // A full result for someone helping a person whose order has been broken.
      const sections = await page.$$eval('.guide-section', (els) => els.map((e) => e.getAttribute('data-section')));
      expect(sections).toEqual(['risk', 'work-study', 'breach', 'your-order', 'order-length', 'police-questions', 'letter', 'supporting', 'other-routes', 'record', 'help']);
      await clickButton(page, 'Start again');
      await waitForStep(page, 'danger');
      await answerByMouse(page, 'danger', 'no');
      await answerByMouse(page, 'who', 'professional');
      await answerByMouse(page, 'where', 'scotland');
      await waitForStep(page, 'out-of-scope');
      await check('out-of-scope');
      expect(found).toEqual([]);
    }, 300_000);
  }

  // The new states of issue 24: its new situations' results, with every folded section opened, and
  // the helpline's line closed (the 24-hour options shown) as well as open.
  const newStates: SituationName[] = ['police said no', 'unknown person online', 'at work', 'parent supporting a student', 'Northern Ireland'];
  for (const width of [1024, 320]) {
    it(`axe finds no violations on the new situations' results, folded and opened, open and closed (${width}px wide)`, async () => {
      const found: string[] = [];
      for (const [i, name] of newStates.entries()) {
        const context = await newContext({ viewport: { width, height: 800 } });
        // Odd situations at 18:00 on a Monday (closed), even ones at 10:00 (open).
        await context.clock.setFixedTime(new Date(i % 2 ? '2026-12-07T18:00:00Z' : '2026-12-07T10:00:00Z'));
        const { page } = await openPage(GUIDE_PATH, context);
        await page.waitForSelector('.guide[data-step="danger"]');
        await walkGuide(page, walkOf(name));
        await page.locator('.guide-helpline').waitFor();
        found.push(...(await axeViolations(page, `${name}, folded`)));
        for (const summary of await page.locator('.guide-section--folded > summary').all()) await summary.click();
        found.push(...(await axeViolations(page, `${name}, opened`)));
      }
      expect(found).toEqual([]);
    }, 300_000);
  }

  it('loads at most 30 KB of JavaScript (gzip) to show the questions; the result\'s composer after the first answer, the letter builder only with the result', async () => {
    const context = await newContext();
    const scripts = new Map<string, number>();
    const { page } = await openPage('', context);
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(response.url(), gzipSync(body, { level: 9 }).length);
    });
    const bytes = (files: Iterable<[string, number]>) => [...files].reduce((sum, [, n]) => sum + n, 0);
    const name = (url: string) => new URL(url).pathname;
    await page.goto(GUIDE_PATH);
    await page.waitForSelector('.guide[data-step="danger"]');
    await page.waitForLoadState('networkidle');
    const inline = await page.$$eval('script:not([src])', (els) => els.map((e) => e.textContent ?? ''));
    const inlineBytes = inline.reduce((sum, text) => sum + gzipSync(Buffer.from(text), { level: 9 }).length, 0);
    const atLoad = new Map(scripts);
    const loadTotal = bytes(atLoad) + inlineBytes;
    console.log(`Guide page JavaScript at load, gzip: ${loadTotal} bytes (${atLoad.size} files ${bytes(atLoad)} + inline ${inlineBytes})`);
    expect(atLoad.size).toBeGreaterThan(1);
    expect(loadTotal).toBeLessThanOrEqual(30 * 1024);

    // The code that composes the result comes with the result's words, once a question is answered.
    await answerByMouse(page, 'danger', 'no');
    await expect.poll(() => [...scripts.keys()].filter((url) => !atLoad.has(url)).length).toBeGreaterThan(0);
    await answerByMouse(page, 'who', 'me');
    await answerByMouse(page, 'where', 'england');
    await answerByMouse(page, 'behaviours', ['following']);
    await answerByMouse(page, 'places', ['home']);
    await answerByMouse(page, 'repeated', 'yes');
    await answerByMouse(page, 'relationship', 'stranger');
    await answerByMouse(page, 'police', 'no');
    await answerByMouse(page, 'order', 'none');
    await waitForStep(page, 'check-answers');
    const composer = [...scripts].filter(([url]) => !atLoad.has(url));
    console.log(`The result's composer, after the first answer: ${bytes(composer)} bytes gzip (${composer.map(([url]) => name(url)).join(', ')})`);
    // The composer and the check of the fetched words load as one chunk (src/components/guide/result-code.ts);
    // the check brings zod (about 23 KB gzip of the 32): the first thing to cut (zod/mini, or a check made at build time).
    expect(composer.map(([url]) => name(url)).some((p) => /\/result-code\./.test(p))).toBe(true);
    expect(composer.map(([url]) => name(url)).some((p) => /Letter/.test(p))).toBe(false);
    expect(bytes(composer)).toBeLessThanOrEqual(32 * 1024);

    // The result's letter builder comes in its own files, loaded only now (dynamic import).
    const beforeResult = new Map(scripts);
    await clickButton(page, 'See the guide');
    await page.locator('.guide-section[data-section="letter"] details.letters-disclosure').waitFor();
    // Each response's body is read asynchronously: wait until the new files are counted.
    await expect.poll(() => [...scripts.keys()].filter((url) => !beforeResult.has(url)).length).toBeGreaterThan(0);
    const later = [...scripts].filter(([url]) => !beforeResult.has(url));
    console.log(`Letter builder in the result, loaded with it: ${bytes(later)} bytes gzip (${later.map(([url]) => name(url)).join(', ')})`);
    expect(later.map(([url]) => name(url)).some((p) => /Letter/.test(p))).toBe(true);
    expect(bytes(later)).toBeLessThanOrEqual(30 * 1024);
  });
});
