// "Usable first question on Slow 3G": how long, from the start of navigation, until a page's
// island has drawn its first working control, with Chromium's Slow 3G throttling profile through
// the DevTools protocol (Network.emulateNetworkConditions: 400 ms latency, 400 kbps down and up)
// and the CPU slowed 4×, at 360 × 740, in a fresh context (nothing cached). bench/run.mjs takes
// the median of SLOW_3G_RUNS runs for each page with a `usable` selector in budgets.json.
//
// Run on its own against a build already made (for before/after figures without Lighthouse):
//   node_modules/.bin/node bench/slow3g.mjs [dist folder, default dist]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './lib.mjs';

/** Chromium's Slow 3G: 400 ms latency, 400 kbps each way (bytes per second). */
export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };
/** CPU slowed 4×, as Lighthouse's mobile profile does. */
export const CPU_SLOWDOWN = 4;
/** Runs per page; the median is the figure. */
export const SLOW_3G_RUNS = 3;

/**
 * Milliseconds from the start of navigation until `selector` matches, on Slow 3G with a 4× slower CPU.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} selector
 */
export async function usableAfter(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const handle = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : false), selector, { polling: 'raf', timeout: 60_000 });
    return Number(await handle.jsonValue());
  } finally {
    await context.close();
  }
}

/**
 * The median of `runs` measurements, with each run.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} selector
 * @param {number} [runs]
 */
export async function usableMedian(browser, url, selector, runs = SLOW_3G_RUNS) {
  const each = [];
  for (let i = 0; i < runs; i += 1) each.push(await usableAfter(browser, url, selector));
  return { ms: median(each), each };
}

// Run on its own: serve a build already made and print each page's figure.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dist = process.argv[2] || 'dist';
  const { readFileSync } = await import('node:fs');
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, chromiumPath } = await import('../scripts/chromium.mjs');
  const { freePort } = await import('../scripts/site.mjs');
  const { previewWithSiteHeaders } = await import('../src/integrations/site-headers.mjs');
  process.env.SPO_DIST = dist;
  const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8'));
  const port = await freePort();
  const server = await previewWithSiteHeaders({ root, outDir: dist, logLevel: 'error', host: '127.0.0.1', port });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const p of budgets.pages.filter((page) => page.usable)) {
      const { ms, each } = await usableMedian(browser, `http://127.0.0.1:${port}${p.path}`, p.usable);
      console.log(`${p.name} (${p.path}): usable first question on Slow 3G ${Math.round(ms)} ms (runs: ${each.map(Math.round).join(', ')})`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
