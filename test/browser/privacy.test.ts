/**
 * "Leave no trace" (safety note, promises 1, 2, 3, 6, 8 and 11), in Chromium against the
 * built site: one browser context visits every built page, walks the step-by-step guide
 * from its first question to its result, and runs a search, logging every request. Then
 * nothing may be stored anywhere, and nothing may have gone to another origin.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { baseURL, describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { htmlPages, urlPathOf } from '../support/dist';

const GUIDE = '/check-your-situation/';
const FIRST_STEP = '.guide[data-step] #guide-step-heading';

interface Logged {
  url: string;
  referer: string | undefined;
}

/** Logs every request made in a context, with its Referer header. */
function logRequests(context: BrowserContext): Logged[] {
  const log: Logged[] = [];
  context.on('request', (request: Request) => {
    log.push({ url: request.url(), referer: request.headers()['referer'] });
  });
  return log;
}

/** Everything a browser could keep for this origin. */
async function stored(page: Page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    historyState: history.state as unknown,
  }));
}

const nothingStored = { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], serviceWorkers: 0, historyState: null };

/** What must not change while the guide is used: URL, title, history state (the guide adds same-address entries with no state). */
async function guideInvariants(page: Page) {
  return page.evaluate(() => ({ href: location.href, search: location.search, hash: location.hash, title: document.title, history: history.state as unknown }));
}

/**
 * Walks the guide from its first question to its result, answering each question with its
 * first choice and pressing the main button on other screens. Checks promises 2 and 11 at
 * every step. Returns the steps seen.
 */
async function walkGuide(page: Page): Promise<string[]> {
  await page.waitForSelector(FIRST_STEP);
  const start = await guideInvariants(page);
  expect(start.search + start.hash).toBe('');
  const steps: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const step = (await page.getAttribute('.guide', 'data-step')) ?? '';
    steps.push(step);
    expect(await guideInvariants(page), `at step "${step}"`).toEqual(start);
    if (await page.locator('.guide-result').count()) break;
    const form = page.locator('form.guide-question');
    if (await form.count()) {
      await form.locator('label').first().click();
      await form.locator('button[type="submit"]').click();
    } else {
      await page.locator('.guide button.button:not(.button--secondary)').first().click();
    }
    await page.waitForFunction((previous) => document.querySelector('.guide')?.getAttribute('data-step') !== previous, step);
  }
  return steps;
}

describeBrowser('leave no trace', () => {
  useBrowser();

  it('every page, a full guide path and a search: only this origin, no referrer, nothing stored', async () => {
    const context = await newContext();
    const log = logRequests(context);
    const origin = new URL(baseURL()).origin;

    const pages = htmlPages().map(urlPathOf);
    expect(pages.length).toBeGreaterThan(5);
    const { page } = await openPage(pages[0]!, context);
    for (const path of pages.slice(1)) {
      await page.goto(path);
      await page.waitForLoadState('load');
    }

    // A full path through the step-by-step guide.
    await page.goto(GUIDE);
    const steps = await walkGuide(page);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.guide-result').count()).toBe(1);

    // A search, with results fetched from the Pagefind index.
    await page.goto('/search/');
    const box = page.locator('[data-search="page"] [data-search-input]');
    await box.fill('breach of the order');
    await box.press('Enter');
    await page.waitForSelector('[data-search="page"] [data-search-list] a');
    expect(await page.evaluate(() => location.search + location.hash)).toBe('');
    expect(log.some((r) => r.url.includes('/pagefind/'))).toBe(true);

    // Promise 1: every request went to this site, and promise 6: with no Referer.
    expect(log.length).toBeGreaterThan(pages.length);
    expect(log.filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:') && new URL(r.url).origin !== origin)).toEqual([]);
    // Pagefind's worker takes its referrer policy from its own response, not from the page's
    // <meta>: the Referrer-Policy header of public/_headers, served here as on a host, covers it.
    expect(log.filter((r) => !!r.referer).map((r) => `${r.url} ← ${r.referer}`)).toEqual([]);

    // Nothing kept, on any page of the site.
    expect(await context.cookies()).toEqual([]);
    expect(await stored(page)).toEqual(nothingStored);
    await page.goto('/');
    expect(await stored(page)).toEqual(nothingStored);
  }, 240_000); // visits every page of the site, so it grows with the site

  it('a page reached by a link does not learn where the reader came from', async () => {
    const { page } = await openPage('/');
    await page.locator('main a[href^="/"]').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).not.toBe('/');
    expect(await page.evaluate(() => document.referrer)).toBe('');
    expect(await page.getAttribute('meta[name="referrer"]', 'content')).toBe('no-referrer');
  });

  it('the guide: answers do not come back after leaving and pressing Back', async () => {
    const context = await newContext();
    const { page } = await openPage(GUIDE, context);
    await page.waitForSelector(FIRST_STEP);
    const firstStep = await page.getAttribute('.guide', 'data-step');
    let answered = 0;
    for (let i = 0; i < 10 && answered < 3; i += 1) {
      const form = page.locator('form.guide-question');
      const step = await page.getAttribute('.guide', 'data-step');
      if (await form.count()) {
        await form.locator('label').last().click();
        await form.locator('button[type="submit"]').click();
        answered += 1;
      } else {
        await page.locator('.guide button.button:not(.button--secondary)').first().click();
      }
      await page.waitForFunction((previous) => document.querySelector('.guide')?.getAttribute('data-step') !== previous, step);
    }
    expect(answered).toBe(3);
    expect(await page.getAttribute('.guide', 'data-step')).not.toBe(firstStep);

    await page.goto('/guide/');
    await page.goBack();
    await page.waitForSelector(FIRST_STEP);
    expect(new URL(page.url()).pathname).toBe(GUIDE);
    expect(await page.getAttribute('.guide', 'data-step')).toBe(firstStep);
    expect(await page.locator('.guide input:checked').count()).toBe(0);
    expect(await stored(page)).toEqual(nothingStored);
  });
});
