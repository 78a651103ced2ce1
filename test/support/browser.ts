import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/** Whether a browser is available. Under CI=true a missing browser is an error, never a skip. */
export const hasBrowser = existsSync(chromiumPath);

if (!hasBrowser) {
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but no Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  // The one visible line saying so is printed by test/support/serve-site.ts, once per run.
}

/** `describe` that runs only where a browser exists (and fails the run under CI if none does). */
export const describeBrowser = describe.skipIf(!hasBrowser);

/** Base URL of the served site. */
export function baseURL(): string {
  return inject('baseURL');
}

/**
 * What happened on a page that a test must not allow: console errors and warnings (the page's
 * and its workers'), CSP violations, third-party requests.
 */
export interface PageProblems {
  consoleErrors: string[];
  consoleWarnings: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

/** A page with its problems recorded from the moment it opens. */
export interface WatchedPage {
  page: Page;
  problems: PageProblems;
}

let browser: Browser | undefined;
let profileDir: string | undefined;
const openContexts: { context: BrowserContext; problems: PageProblems[] }[] = [];

/**
 * Sets up one Chromium for the test file (fresh profile folder, removed afterwards) and, after
 * every test, fails it if any page it opened (or a worker of that page) logged a console error
 * or warning, broke the CSP, or asked another origin for anything.
 */
export function useBrowser(): void {
  beforeAll(async () => {
    profileDir = mkdtempSync(path.join(tmpdir(), 'spo-chromium-'));
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [...chromiumArgs, `--crash-dumps-dir=${profileDir}`],
      env: { ...process.env, HOME: profileDir, XDG_CONFIG_HOME: profileDir, XDG_CACHE_HOME: profileDir },
    });
  });

  afterEach(async () => {
    const all = openContexts.splice(0);
    await Promise.all(all.map(({ context }) => context.close().catch(() => undefined)));
    for (const { problems } of all) {
      for (const p of problems) {
        expect(p.consoleErrors, 'console errors').toEqual([]);
        expect(p.consoleWarnings, 'console warnings').toEqual([]);
        expect(p.cspViolations, 'Content Security Policy violations').toEqual([]);
        expect(p.foreignRequests, 'requests to other origins').toEqual([]);
      }
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });
}

/** Opens a new, isolated browser context (no shared cookies or storage with other tests). */
export async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  if (!browser) throw new Error('useBrowser() must be called in the test file first');
  const context = await browser.newContext({ baseURL: baseURL(), ...options });
  openContexts.push({ context, problems: [] });
  return context;
}

/** Options for openPage. */
export interface OpenPageOptions {
  /**
   * Other origins this page may request without failing the test, e.g. the exit page's origin
   * in exit tests, where it is routed to a local stub. Leave empty everywhere else.
   */
  allowOrigins?: string[];
}

/** Opens a page in a fresh context (or the given one), watching for problems. */
export async function openPage(urlPath: string, context?: BrowserContext, options: OpenPageOptions = {}): Promise<WatchedPage> {
  const ctx = context ?? (await newContext());
  const entry = openContexts.find((c) => c.context === ctx);
  const problems: PageProblems = { consoleErrors: [], consoleWarnings: [], cspViolations: [], foreignRequests: [] };
  entry?.problems.push(problems);
  const page = await ctx.newPage();
  const origin = new URL(baseURL()).origin;
  const record = (msg: ConsoleMessage) => {
    const where = msg.location().url ? ` (${msg.location().url})` : '';
    if (msg.type() === 'error') problems.consoleErrors.push(`${msg.text()}${where}`);
    else if (msg.type() === 'warning') problems.consoleWarnings.push(`${msg.text()}${where}`);
  };
  page.on('console', record);
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin && !options.allowOrigins?.includes(url.origin)) problems.foreignRequests.push(request.url());
  });
  page.on('worker', (worker) => worker.on('console', record));
  await page.exposeBinding('__spoReportCspViolation', (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __spoReportCspViolation: (t: string) => void }).__spoReportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  if (urlPath) await page.goto(urlPath);
  return { page, problems };
}

/** A page whose print dialog is replaced by a counter (see openPrintablePage). */
export interface PrintablePage extends WatchedPage {
  /** How many times the page has called `window.print()` since it loaded. */
  printCalls: () => Promise<number>;
}

/**
 * Replaces `window.print` in every document the page loads with a counter, so a test can press
 * a Print button without a real dialog opening (headless Chromium would wait on it). Call it
 * before the page navigates; read the count with the returned function.
 */
async function stubPrint(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls += 1;
    };
  });
  return () => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
}

/** Opens `urlPath` at 1280x900 in a fresh context with `window.print` stubbed (see stubPrint). */
export async function openPrintablePage(urlPath: string): Promise<PrintablePage> {
  const context = await newContext({ viewport: { width: 1280, height: 900 } });
  const watched = await openPage('', context);
  const printCalls = await stubPrint(watched.page);
  await watched.page.goto(urlPath);
  return { ...watched, printCalls };
}

/**
 * For each name, whether any element its selector matches is laid out and not `display: none`
 * in the page's current media (use after `page.emulateMedia({ media: 'print' })`), and the
 * page's visible text.
 */
export async function showing<K extends string>(page: Page, selectors: Record<K, string>): Promise<Record<K, boolean> & { text: string }> {
  return page.evaluate((named) => {
    const visible = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].some((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0);
    return { ...Object.fromEntries(Object.entries(named).map(([name, selector]) => [name, visible(selector)])), text: document.body.innerText };
  }, selectors as Record<string, string>) as Promise<Record<K, boolean> & { text: string }>;
}
