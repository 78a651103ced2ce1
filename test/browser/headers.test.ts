/**
 * The site as a host serves it (safety note, promise 7): the browser tests' server, like
 * `npm start`, sends exactly the headers of public/_headers, so every browser test runs under
 * the header policy and the <meta> policy together. These tests check the headers arrive on
 * every kind of response, and what they are for: framing refused, no Referer from Pagefind's
 * worker, search working under the header policy and nosniff, and no console warning. The
 * fallback for hosts that cannot send headers (a framed page hides itself) is checked with
 * the headers taken off.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { baseURL, describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { distFiles } from '../support/dist';
import { headersFor, readHeaderRules } from '../../src/integrations/site-headers.mjs';
import { siteHeaders, withoutSiteHeaders } from '../support/site-headers';

/** One built file of each kind a browser fetches, and a page that does not exist. */
function samplePaths(): string[] {
  const first = (pattern: RegExp) => {
    const found = distFiles('').map((f) => f.split('\\').join('/')).find((f) => pattern.test(f));
    if (!found) throw new Error(`no built file matches ${pattern}`);
    return `/${found}`;
  };
  return [
    '/',
    '/check-your-situation/',
    '/search/',
    '/no-such-page/',
    '/no-such-page',
    first(/^_astro\/.+\.css$/),
    first(/^_astro\/Guide.+\.js$/),
    '/search/data.json',
    '/search/vocabulary.json',
    '/messages/guide.js',
    '/make-a-letter/words.json',
    '/make-a-letter/letters.json',
    '/check-your-situation/result.json',
    '/check-your-situation/services.json',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    first(/^pagefind\/wasm\..+\.pagefind$/),
    first(/^pagefind\/.+\.pf_meta$/),
    first(/^pagefind\/fragment\/.+\.pf_fragment$/),
    '/favicon.png',
  ];
}

/** A page on another loopback origin (another port of 127.0.0.1) that frames a page of the site. */
let framer: Server;
let framerOrigin: string;

beforeAll(async () => {
  framer = createServer((request, response) => {
    const target = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '/';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Framer</title><iframe src="${baseURL()}${target}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  framerOrigin = `http://127.0.0.1:${(framer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => framer?.close(resolve));
});

/** Opens the framing page (not a page of the site, so not watched) and returns its frame of the site. */
async function openFramed(page: Page, path: string): Promise<Frame> {
  await page.goto(`${framerOrigin}/?src=${encodeURIComponent(path)}`);
  const iframe = await page.waitForSelector('iframe');
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

/** What a framed page of the site shows. */
function framedView(frame: Frame) {
  return frame.evaluate(() => {
    const overlay = document.querySelector<HTMLElement>('.exit-this-page__overlay');
    const link = overlay?.querySelector('a');
    const atCentre = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    const main = document.querySelector('main');
    return {
      hidden: document.documentElement.classList.contains('exit-this-page--exiting'),
      overlayCovers: !!overlay && !overlay.hidden && !!atCentre && overlay.contains(atCentre),
      mainVisibility: main ? getComputedStyle(main).visibility : 'no main',
      link: link ? { text: link.textContent, href: link.getAttribute('href'), target: link.target, rel: link.rel } : null,
      focusable: Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')).filter(
        (el) => getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0,
      ).length,
    };
  });
}

describeBrowser('served with the headers of public/_headers', () => {
  useBrowser();

  it('every kind of response carries every header of every public/_headers rule for its path, as written (plain HTTP requests)', async () => {
    const rules = await readHeaderRules();
    expect(rules.map((rule) => rule.for)).toEqual(['/*', '/pagefind/*']);
    for (const path of samplePaths()) {
      const expected = headersFor(rules, path);
      expect(Object.keys(expected).length).toBeGreaterThanOrEqual(8);
      const response = await fetch(`${baseURL()}${path}`, { redirect: 'manual' });
      await response.arrayBuffer();
      const got = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
      expect(got, `${path} (HTTP ${response.status})`).toEqual(expected);
    }
    // Pagefind's files carry both policies: the site's, and the worker's own.
    const worker = await fetch(`${baseURL()}/pagefind/pagefind-worker.js`);
    expect(worker.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'.*, default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'$/);
  });

  it('Pagefind’s worker cannot reach another origin, and search still works', async () => {
    let reached = 0;
    const listener = createServer((_request, response) => {
      reached += 1;
      response.writeHead(200, { 'access-control-allow-origin': '*' });
      response.end('ok');
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const foreign = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/from-the-worker`;
    /** Searches, then asks Pagefind's worker to fetch from another origin; says what happened. */
    const tryFromWorker = async (context: Awaited<ReturnType<typeof newContext>>) => {
      const { page, problems } = await openPage('/search/', context);
      const box = page.locator('[data-search="page"] [data-search-input]');
      await box.fill('breach of the order');
      await box.press('Enter');
      await page.waitForSelector('[data-search="page"] [data-search-list] a');
      const worker = page.workers().find((w) => new URL(w.url()).pathname === '/pagefind/pagefind-worker.js');
      if (!worker) throw new Error('no Pagefind worker');
      const outcome = await worker.evaluate((url) => fetch(url).then(() => 'sent', () => 'blocked'), foreign);
      return { outcome, problems, results: await page.locator('[data-search="page"] [data-search-list] a').count() };
    };
    try {
      const served = await tryFromWorker(await newContext());
      expect(served.results).toBeGreaterThan(0);
      expect(served.outcome).toBe('blocked');
      expect(reached).toBe(0);
      // Chromium may say why in the worker's console: refused as it should be, so not a problem here.
      const refusals = served.problems.consoleErrors.filter((text) => /Content Security Policy/.test(text));
      served.problems.consoleErrors.splice(0, Infinity, ...served.problems.consoleErrors.filter((text) => !refusals.includes(text)));

      // The check is live: with the site's policy only (no /pagefind/* rule), the request leaves
      // the browser (answered here by the test, as the network would).
      const context = await newContext();
      await context.route(foreign, (route) => {
        reached += 1;
        return route.fulfill({ status: 200, body: 'ok', headers: { 'access-control-allow-origin': '*' } });
      });
      const onlySite = (await siteHeaders())['content-security-policy']!;
      await context.route(`${baseURL()}/pagefind/**`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': onlySite } });
      });
      const unguarded = await tryFromWorker(context);
      expect(unguarded.outcome).toBe('sent');
      expect(reached).toBe(1);
      unguarded.problems.foreignRequests.length = 0;
    } finally {
      listener.closeAllConnections();
      await new Promise((resolve) => listener.close(resolve));
    }
  });

  it('search runs under the header policy and nosniff: worker, wasm and index load, results show, no Referer', async () => {
    const context = await newContext();
    const requests: { url: string; referer: string | undefined }[] = [];
    context.on('request', (request) => requests.push({ url: request.url(), referer: request.headers()['referer'] }));
    const { page } = await openPage('/search/', context);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const box = page.locator('[data-search="page"] [data-search-input]');
    await box.fill('breach of the order');
    await box.press('Enter');
    await page.waitForSelector('[data-search="page"] [data-search-list] a');
    expect(workers.map((url) => new URL(url).pathname)).toContain('/pagefind/pagefind-worker.js');
    const pagefind = requests.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
    expect(pagefind.some((r) => /\/wasm\.[^/]+\.pagefind$/.test(r.url)), 'the wasm was fetched').toBe(true);
    expect(pagefind.some((r) => /\.pf_fragment$/.test(r.url)), 'result fragments were fetched').toBe(true);
    // The worker's requests: its referrer policy comes from its own response header.
    expect(pagefind.length).toBeGreaterThan(5);
    expect(requests.filter((r) => !!r.referer).map((r) => `${r.url} ← ${r.referer}`)).toEqual([]);
  });

  it('Trusted Types are enforced: no policy until the search code needs one, then only the one default policy lets anything through', async () => {
    const probe = (page: Page) =>
      page.evaluate(() => {
        const el = document.createElement('div');
        const attempt = (run: () => void) => {
          try {
            run();
            return 'allowed';
          } catch {
            return 'refused';
          }
        };
        return {
          markup: attempt(() => (el.innerHTML = '<img src=x>')),
          emptying: attempt(() => (el.innerHTML = '')),
          foreignWorker: attempt(() => new Worker('data:text/javascript,1')),
          pagefindWorker: attempt(() => new Worker('/pagefind/pagefind-worker.js').terminate()),
        };
      });
    const { page, problems } = await openPage('/');
    // A page nobody has searched on makes no policy: every sink refuses every string.
    expect(await page.evaluate(() => (window as unknown as { trustedTypes: { defaultPolicy: unknown } }).trustedTypes.defaultPolicy)).toBeNull();
    expect(await probe(page)).toEqual({ markup: 'refused', emptying: 'refused', foreignWorker: 'refused', pagefindWorker: 'refused' });
    // Opening the header's search loads the search code, which makes the policy before Pagefind starts its worker.
    await page.locator('.site-header button.site-nav__search').click();
    await page.waitForFunction(() => (window as unknown as { trustedTypes: { defaultPolicy: unknown } }).trustedTypes.defaultPolicy !== null);
    expect(await probe(page)).toEqual({ markup: 'refused', emptying: 'allowed', foreignWorker: 'refused', pagefindWorker: 'allowed' });
    // Chromium logs each refusal: expected here (four, then two), so cleared.
    const refusal = /requires 'Trusted(HTML|ScriptURL)' assignment/;
    await expect.poll(() => problems.consoleErrors.filter((text) => refusal.test(text)).length).toBe(6);
    problems.consoleErrors.splice(0, Infinity, ...problems.consoleErrors.filter((text) => !refusal.test(text)));
    const violation = /^require-trusted-types-for blocked trusted-types-sink/;
    await expect.poll(() => problems.cspViolations.filter((text) => violation.test(text)).length).toBe(6);
    problems.cspViolations.splice(0, Infinity, ...problems.cspViolations.filter((text) => !violation.test(text)));

    // The check is live: served without the header, the same page lets markup through.
    const bare = await newContext();
    await withoutSiteHeaders(bare, ['content-security-policy']);
    const unguarded = await openPage('/', bare);
    const markup = await unguarded.page.evaluate(() => {
      const el = document.createElement('div');
      el.innerHTML = '<b>markup</b>';
      return el.children.length;
    });
    expect(markup).toBe(1);
  });

  it('a page framed by another loopback origin does not render at all', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    const frame = await openFramed(page, '/check-your-situation/');
    expect(new URL(frame.url()).origin).not.toBe(new URL(baseURL()).origin);
    expect(await frame.evaluate(() => document.querySelector('.exit-this-page, main, .guide') === null).catch(() => true)).toBe(true);
    // Chromium says why, in the framing page's console.
    expect(messages.join('\n')).toMatch(/frame-ancestors 'none'|X-Frame-Options/);
  });

  it('the console-warning check is live: an unrecognised Permissions-Policy feature is caught', async () => {
    const context = await newContext();
    await context.route(`${baseURL()}/`, async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      await route.fulfill({ response, headers: { ...headers, 'permissions-policy': `${headers['permissions-policy']}, bluetooth=()` } });
    });
    const { page, problems } = await openPage('/', context);
    await page.waitForLoadState('load');
    // Chromium's own words, logged as a console warning (as it did for bluetooth and web-share).
    expect(problems.consoleWarnings).toEqual(["Error with Permissions-Policy header: Unrecognized feature: 'bluetooth'."]);
    // Caught as it should be: clear it so the shared check after the test passes.
    problems.consoleWarnings.length = 0;
  });
});

describeBrowser('served without headers (a host that cannot send them: the <meta> policy only)', () => {
  useBrowser();

  it('a page framed by another origin hides itself and shows only a link to open it in its own tab', async () => {
    const context = await newContext();
    await withoutSiteHeaders(context);
    const page = await context.newPage();
    const frame = await openFramed(page, '/check-your-situation/');
    expect(new URL(frame.url()).pathname).toBe('/check-your-situation/');
    await frame.waitForFunction(() => document.documentElement.classList.contains('exit-this-page--exiting'));
    expect(await framedView(frame)).toEqual({
      hidden: true,
      overlayCovers: true,
      mainVisibility: 'hidden',
      link: { text: 'Open this page in its own tab', href: frame.url(), target: '_blank', rel: 'noopener noreferrer' },
      focusable: 1,
    });
  });

  it('the same page is not hidden on its own, or framed by its own origin', async () => {
    const context = await newContext();
    await withoutSiteHeaders(context);
    const { page } = await openPage('/check-your-situation/', context);
    expect(await page.evaluate(() => document.documentElement.classList.contains('exit-this-page--exiting'))).toBe(false);
    expect(await page.locator('.exit-this-page__overlay').isHidden()).toBe(true);

    // A framing page on the site's own origin (made up here: the site has none).
    await context.route(`${baseURL()}/same-origin-framer/`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Framer</title><iframe src="/guide/" width="800" height="600"></iframe>' }),
    );
    const framing = await context.newPage();
    await framing.goto('/same-origin-framer/');
    const frame = await (await framing.waitForSelector('iframe')).contentFrame();
    await frame!.waitForLoadState('load');
    const view = await framedView(frame!);
    expect(view.hidden).toBe(false);
    expect(view.link).toBeNull();
    expect(view.mainVisibility).toBe('visible');
  });
});
