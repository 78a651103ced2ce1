// `npm run bench`: builds the site into its own folder, serves it on 127.0.0.1, measures each
// page type (bytes, requests, Lighthouse mobile) and compares every figure with
// bench/budgets.json. Exits 1 when a figure is over budget or a page is missing.
//
// Figures:
// - HTML: the page's own file. CSS: every stylesheet the page requests on load. JS: every script
//   the page requests on load (module imports included, because Chromium fetches them) plus the
//   inline <script> elements in the HTML. Raw bytes are the files in the build; gzip is
//   zlib level 9 of each file, summed.
// - Requests: every request Chromium makes from navigation until the network is idle.
// - Lighthouse 12 default (mobile) configuration, simulated throttling, the four categories,
//   with LCP and total blocking time, taken in rounds across the pages, SPO_BENCH_RUNS runs per
//   page (default 5). Each run has a Chromium of its own. One run per page comes first and is
//   thrown away (warm-up). The pass rule for the timing figures (performance score, LCP, TBT) is
//   timingVerdict in bench/lib.mjs: more than half of a page's runs must keep all three budgets.
//   Every run counts and no page is measured again, so a page that fails half its runs fails.
//   Each page prints its pass rate (runs within budget / runs).
// - Usable first question on Slow 3G (pages with a `usable` selector: the guide and the letter
//   builder): milliseconds from navigation until the island's first working control is drawn, with
//   Chromium's Slow 3G profile (400 ms latency, 400 kbps each way) and the CPU slowed 4×, median of
//   3 runs (bench/slow3g.mjs).
// - Every page type is measured in each language the site publishes: budgets.json names the English page, and
//   its pairs (the hreflang links in its built HTML) are held to the same budget, named "guide (cy)" and so on.
// - Build: wall time of `astro build`, which ends with the Pagefind index; index size is the
//   size of the pagefind/ folder.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { buildSite, builtFileFor, freePort } from '../scripts/site.mjs';
import { previewWithSiteHeaders } from '../src/integrations/site-headers.mjs';
import { budgetFor, checkFigure, formatPassRate, median, otherLanguagesOf, timingVerdict, untilMeasured } from './lib.mjs';
import { SLOW_3G_RUNS, usableMedian } from './slow3g.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.SPO_BENCH_DIST || 'dist-bench';
const RUNS = Number(process.env.SPO_BENCH_RUNS || 5);
/** Tries per Lighthouse run when its trace cannot be recorded (untilMeasured in lib.mjs). */
const LIGHTHOUSE_TRIES = 3;
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`SPO_BENCH_RUNS must be a whole number of runs, at least 1, not "${process.env.SPO_BENCH_RUNS}"`);
  process.exit(1);
}
/** Pause between starting a Chromium for a Lighthouse run and the run itself. */
const SETTLE_MS = 1500;

// The Astro config reads SPO_DIST when it loads, for the build and for preview().
process.env.SPO_DIST = OUT;
process.chdir(root);
const outDir = path.join(root, OUT);
const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8'));
const started = Date.now();
const failures = [];

const kb = (bytes) => bytes / 1024;
const gzipSize = (buf) => gzipSync(buf, { level: zlibConstants.Z_BEST_COMPRESSION }).length;
function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

/** The built file a URL path is served from, or null. */
const fileFor = (urlPath) => builtFileFor(outDir, urlPath);

// ---------------------------------------------------------------- table printing
function printTable(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? ':' : '') + '-'.repeat(w + 1) + (i === 0 ? '' : ':')).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

/** A table row for one figure; an overrun is added to the failures. */
function check(scope, figure, value, budget, options) {
  const { row, over } = checkFigure(figure, value, budget, options);
  if (over) failures.push(`${scope}: ${row[0]} ${row[1]} (budget ${row[2]})`);
  return row;
}

// ---------------------------------------------------------------- 1. build
console.log(`Building into ${OUT}/ …`);
let buildSeconds;
try {
  buildSeconds = buildSite({ root, outDir: OUT });
} catch (error) {
  console.error(`The build failed (${error instanceof Error ? error.message.split('\n')[0] : error}); nothing to measure.`);
  process.exit(1);
}
const pagefindBytes = folderBytes(path.join(outDir, 'pagefind'));
const pageCount = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html') && !String(f).startsWith('pagefind')).length;

// ---------------------------------------------------------------- 2. serve and launch
const { chromium } = await import('playwright-core');
const { default: lighthouse } = await import('lighthouse');

const sitePort = await freePort();
// Served as npm start and the browser tests serve it: Astro's preview with the headers of
// public/_headers, so the bench measures what a host that reads that file sends.
const server = await previewWithSiteHeaders({ root, outDir: OUT, logLevel: 'error', host: '127.0.0.1', port: sitePort });
const origin = `http://127.0.0.1:${sitePort}`;
const scratch = mkdtempSync(path.join(tmpdir(), 'spo-bench-'));
/** Starts Chromium with its own empty profile in `scratch`, and a DevTools port when `debugPort` is given. */
async function launchChromium(name, debugPort) {
  const home = path.join(scratch, name);
  mkdirSync(home, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    headless: false, // --headless=new is in the flags, as Lighthouse wants the new headless mode
    args: ['--headless=new', ...chromiumArgs, ...(debugPort ? [`--remote-debugging-port=${debugPort}`] : []), `--crash-dumps-dir=${home}`],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
  });
}
const browser = await launchChromium('load');

/** Loads a page once in a fresh context and sorts what it fetched. */
async function measureLoad(urlPath) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  await page.goto(origin + urlPath, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || /^(module|text\/javascript|application\/javascript)$/i.test(s.type))
      .map((s) => s.textContent ?? ''),
  );
  await context.close();

  const sum = { htmlRaw: 0, htmlGzip: 0, cssRaw: 0, cssGzip: 0, jsRaw: 0, jsGzip: 0, otherRaw: 0, otherGzip: 0 };
  const foreign = [];
  for (const { url, type } of requests) {
    const u = new URL(url);
    if (u.origin !== origin) {
      if (!['data:', 'blob:'].includes(u.protocol)) foreign.push(url);
      continue;
    }
    const file = fileFor(u.pathname);
    if (!file) continue;
    const buf = readFileSync(file);
    if (type === 'document') { sum.htmlRaw += buf.length; sum.htmlGzip += gzipSize(buf); }
    else if (type === 'stylesheet') { sum.cssRaw += buf.length; sum.cssGzip += gzipSize(buf); }
    else if (type === 'script') { sum.jsRaw += buf.length; sum.jsGzip += gzipSize(buf); }
    else { sum.otherRaw += buf.length; sum.otherGzip += gzipSize(buf); }
  }
  for (const code of inline) {
    const buf = Buffer.from(code);
    sum.jsRaw += buf.length;
    sum.jsGzip += gzipSize(buf);
  }
  return { ...sum, requests: requests.length, foreign, inlineScripts: inline.length, scripts: requests.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname) };
}

/**
 * One Lighthouse mobile run, in a Chromium started for it alone, as the Lighthouse CLI does.
 * A browser kept across runs carries the last page's leftovers (its renderer's garbage collection,
 * its back/forward cache entry) into the next page's trace, where Lighthouse counts them as that
 * page's blocking time.
 */
let runCount = 0;
async function runLighthouse(urlPath) {
  runCount += 1;
  const profile = `lighthouse-${runCount}`;
  const debugPort = await freePort();
  const lhBrowser = await launchChromium(profile, debugPort);
  let result;
  try {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS)); // let Chromium finish starting up
    result = await lighthouse(origin + urlPath, {
      port: debugPort,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      disableFullPageScreenshot: true,
      // Unscored audits that cost seconds per run (bf-cache navigates away and back).
      skipAudits: ['bf-cache', 'screenshot-thumbnails', 'final-screenshot'],
    });
  } finally {
    await lhBrowser.close().catch(() => undefined);
    rmSync(path.join(scratch, profile), { recursive: true, force: true });
  }
  if (!result) throw new Error(`Lighthouse returned nothing for ${urlPath}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
  const score = (id) => (categories[id]?.score ?? NaN) * 100;
  // Audits that cost points, to say why a score is under 100.
  const lost = [];
  for (const [id, cat] of Object.entries(categories)) {
    for (const ref of cat.auditRefs) {
      const audit = audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) lost.push(`${id}/${ref.id} (${audit.displayValue || audit.score})`);
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    lost,
  };
}

// ---------------------------------------------------------------- 3. measure
// Each page type in budgets.json is named by its English page; the same page in every other language the site
// publishes (its hreflang pairs, read from the built HTML) is measured too, against the same budget (issue 29).
const pages = budgets.pages.flatMap((p) => {
  const entry = { ...p, budget: budgetFor(budgets.defaults, p), exists: Boolean(fileFor(p.path)), load: null, runs: [] };
  const pairs = entry.exists ? otherLanguagesOf(readFileSync(fileFor(p.path), 'utf8'), p.path) : [];
  return [entry, ...pairs.map((pair) => ({ ...entry, name: `${p.name} (${pair.lang})`, path: pair.path, exists: Boolean(fileFor(pair.path)), runs: [] }))];
});
const lhMedian = (runs, key) => median(runs.map((r) => r[key]));
try {
  for (const p of pages) if (p.exists) p.load = await measureLoad(p.path);
  for (const p of pages) if (p.exists && p.usable) p.slow3g = await usableMedian(browser, origin + p.path, p.usable);
  // One Lighthouse run per page first, thrown away: the first runs after a busy spell (the test
  // suite, in CI) are the slowest, and they measure the machine, not the page.
  process.stdout.write('Lighthouse warm-up (not counted):');
  for (const p of pages) {
    if (!p.exists) continue;
    await runLighthouse(p.path).catch(() => undefined);
    process.stdout.write(` ${p.name}`);
  }
  process.stdout.write('\n');
  // In rounds across the pages, so a busy spell falls on several pages rather than all of one.
  for (let round = 1; round <= RUNS; round += 1) {
    process.stdout.write(`Lighthouse round ${round} of ${RUNS}:`);
    for (const p of pages) {
      if (!p.exists) continue;
      try {
        // A run whose trace Lighthouse could not record is made again (up to 3 tries): it measured nothing.
        const { value, errors } = await untilMeasured(() => runLighthouse(p.path), LIGHTHOUSE_TRIES);
        p.runs.push(value);
        process.stdout.write(` ${p.name} ✓${errors.length ? ` (after ${errors.length} unrecorded: ${errors.join('; ')})` : ''}`);
      } catch (error) {
        p.lhError = String(error instanceof Error ? error.message : error);
        process.stdout.write(` ${p.name} ✗`);
      }
    }
    process.stdout.write('\n');
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.stop().catch(() => undefined);
  rmSync(scratch, { recursive: true, force: true });
}

// ---------------------------------------------------------------- 4. report
const HEADER = ['figure', 'value', 'budget', 'verdict'];
/** Each page's timing pass rate, printed again together at the end. */
const passRates = [];
for (const p of pages) {
  const scope = `${p.name} (${p.path})`;
  if (!p.exists) {
    failures.push(`${scope}: page does not exist in the build`);
    printTable(`${scope}`, HEADER, [['page', 'MISSING', 'exists', 'OVER']]);
    continue;
  }
  const b = p.budget;
  const l = p.load;
  const timing = timingVerdict(p.runs, b);
  const n = p.runs.length;
  // The timing medians are shown with their budgets; the verdict is the pass rate's (a majority
  // of runs within budget implies every median holds, so a median over budget also fails it).
  const shown = (row) => row.row;
  const rows = [
    check(scope, 'HTML raw (KB)', kb(l.htmlRaw), b.htmlRawKB),
    check(scope, 'HTML gzip (KB)', kb(l.htmlGzip), b.htmlGzipKB),
    check(scope, 'CSS raw (KB)', kb(l.cssRaw), b.cssRawKB),
    check(scope, 'CSS gzip (KB)', kb(l.cssGzip), b.cssGzipKB),
    check(scope, `JS raw (KB, ${l.scripts.length} file${l.scripts.length === 1 ? '' : 's'} + ${l.inlineScripts} inline)`, kb(l.jsRaw), b.jsRawKB),
    check(scope, 'JS gzip (KB)', kb(l.jsGzip), b.jsGzipKB),
    check(scope, 'other files raw (KB: icon, data, wasm)', kb(l.otherRaw), b.otherRawKB),
    check(scope, 'other files gzip (KB)', kb(l.otherGzip), b.otherGzipKB),
    check(scope, 'requests on load', l.requests, b.requests, { digits: 0 }),
    check(scope, 'requests to other origins', l.foreign.length, 0, { digits: 0 }),
    ...(p.usable ? [check(scope, `usable first question on Slow 3G (ms, 4× CPU, median of ${SLOW_3G_RUNS})`, p.slow3g.ms, b.slow3gUsableMs, { digits: 0 })] : []),
    shown(checkFigure(`Lighthouse performance (median of ${n})`, timing.medians.performance, b.performance, { digits: 0, higherIsBetter: true })),
    shown(checkFigure(`LCP (ms, simulated mobile, median of ${n})`, timing.medians.lcpMs, b.lcpMs, { digits: 0 })),
    shown(checkFigure(`total blocking time (ms, median of ${n})`, timing.medians.tbtMs, b.tbtMs, { digits: 0 })),
    ['timing: runs within all three budgets', formatPassRate(timing), '> 50%', timing.passes ? 'ok' : 'OVER'],
    check(scope, `Lighthouse accessibility (median of ${n})`, lhMedian(p.runs, 'accessibility'), b.accessibility, { digits: 0, higherIsBetter: true }),
    check(scope, 'Lighthouse best practices', lhMedian(p.runs, 'bestPractices'), b.bestPractices, { digits: 0, higherIsBetter: true }),
    check(scope, 'Lighthouse SEO', lhMedian(p.runs, 'seo'), b.seo, { digits: 0, higherIsBetter: true }),
  ];
  if (!timing.passes) failures.push(`${scope}: timing figures: ${formatPassRate(timing)}, and more than half must be`);
  if (n < RUNS) failures.push(`${scope}: ${RUNS - n} Lighthouse run${RUNS - n === 1 ? '' : 's'} did not finish${p.lhError ? ` (${p.lhError})` : ''}`);
  passRates.push(`${p.name}: ${formatPassRate(timing)}${timing.passes ? '' : ' (FAILS)'}`);
  printTable(scope, HEADER, rows);
  // Every run's timing figures, so the margin under each budget can be seen, not only the medians.
  const runText = (r) => `${r.performance.toFixed(0)}/${r.lcpMs.toFixed(0)}/${r.tbtMs.toFixed(0)}`;
  console.log(`  Lighthouse runs (performance/LCP ms/TBT ms): ${p.runs.map(runText).join(', ')}`);
  const lost = [...new Set(p.runs.flatMap((r) => r.lost))];
  if (lost.length) console.log(`  Lighthouse points lost: ${lost.join('; ')}`);
  if (p.usable) console.log(`  Slow 3G runs (ms to a usable first question): ${p.slow3g.each.map((ms) => ms.toFixed(0)).join(', ')}`);
  if (l.scripts.length) console.log(`  scripts on load: ${l.scripts.join(', ')}`);
  if (l.foreign.length) console.log(`  other origins: ${l.foreign.join(', ')}`);
}

// The search pipeline chunk and the English search data it works from (/search/data.json: synonyms,
// intents, danger and crisis rules, in the page's language), loaded lazily (with Pagefind) when someone
// is about to search: not in any page's JavaScript on load, so measured here on their own, together.
const searchChunks = readdirSync(path.join(outDir, '_astro')).filter((name) => /^search-pipeline-.*\.js$/.test(name));
if (searchChunks.length !== 1) failures.push(`site: expected one search pipeline chunk in _astro/, found ${searchChunks.length}`);
const searchChunkGzip =
  searchChunks.reduce((sum, name) => sum + gzipSize(readFileSync(path.join(outDir, '_astro', name))), 0) + gzipSize(readFileSync(path.join(outDir, 'search', 'data.json')));

printTable('Whole site', HEADER, [
  check('site', `build + Pagefind index (s, ${pageCount} pages)`, buildSeconds, budgets.site.buildAndIndexSeconds),
  check('site', 'Pagefind index (KB)', kb(pagefindBytes), budgets.site.pagefindIndexKB),
  check('site', 'search code and data, lazily loaded (KB gzip)', kb(searchChunkGzip), budgets.site.searchPipelineGzipKB),
  ['bench run time (s)', ((Date.now() - started) / 1000).toFixed(0), '–', ''],
]);

console.log('\nTiming pass rates (a page passes when more than half its runs keep all three timing budgets):');
for (const line of passRates) console.log(`  - ${line}`);
if (failures.length) {
  console.log(`\nOver budget or missing (${failures.length}):`);
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
console.log('\nEvery figure is within budget.');
