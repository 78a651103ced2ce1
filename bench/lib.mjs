// The benchmark's pure parts: medians, a page's budget, one figure against its budget, and the
// pass rule for the Lighthouse timing figures. bench/run.mjs measures; this module decides.
// Unit-tested in test/unit/bench-lib.test.ts.
import { parse } from 'node-html-parser';

/** Keys of a page entry in budgets.json that name or describe it rather than limit it. */
const pageLabels = new Set(['name', 'path', 'note', 'usable']);

/**
 * The median of the numbers among `values` (anything else, NaN included, is left out); NaN when
 * there are none. With an even count, the mean of the two middle values.
 * @param {readonly unknown[]} values
 * @returns {number}
 */
export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A page's budget: budgets.json's `defaults`, overridden by the page's own entry. Throws, naming
 * the page and the key, for a key that is no figure the defaults know (a misspelt budget would
 * otherwise limit nothing) or a limit that is not a number.
 * @param {Record<string, unknown>} defaults
 * @param {Record<string, unknown>} page
 * @returns {Record<string, number>}
 */
export function budgetFor(defaults, page) {
  const budget = {};
  for (const [key, value] of Object.entries(defaults)) {
    if (typeof value !== 'number') throw new Error(`budgets.json defaults.${key}: a budget must be a number, not ${JSON.stringify(value)}`);
    budget[key] = value;
  }
  for (const [key, value] of Object.entries(page)) {
    if (pageLabels.has(key)) continue;
    const where = `budgets.json page "${page.name ?? page.path ?? '?'}"`;
    if (!(key in defaults)) throw new Error(`${where}: "${key}" is not a budget (known: ${Object.keys(defaults).join(', ')})`);
    if (typeof value !== 'number') throw new Error(`${where}: ${key} must be a number, not ${JSON.stringify(value)}`);
    budget[key] = value;
  }
  return budget;
}

/**
 * A figure as printed: "n/a" when it could not be measured.
 * @param {number} value
 * @param {{ digits?: number, unit?: string }} [options]
 */
export function formatFigure(value, { digits = 1, unit = '' } = {}) {
  return Number.isFinite(value) ? `${value.toFixed(digits)}${unit}` : 'n/a';
}

/**
 * Whether a value keeps its budget: at most the budget, or at least it for scores
 * (`higherIsBetter`). A value that could not be measured (NaN) never does.
 * @param {number} value
 * @param {number} budget
 * @param {boolean} [higherIsBetter]
 */
export function withinBudget(value, budget, higherIsBetter = false) {
  if (!Number.isFinite(value)) return false;
  return higherIsBetter ? value >= budget : value <= budget;
}

/**
 * One row of a results table: figure, value, budget, verdict ("ok", "OVER", or "no budget"
 * when budgets.json sets none, which never fails).
 * @param {string} figure
 * @param {number} value
 * @param {number | undefined} budget
 * @param {{ digits?: number, unit?: string, higherIsBetter?: boolean }} [options]
 * @returns {{ row: [string, string, string, string], over: boolean }}
 */
export function checkFigure(figure, value, budget, { digits = 1, unit = '', higherIsBetter = false } = {}) {
  if (budget === undefined) return { row: [figure, formatFigure(value, { digits, unit }), '–', 'no budget'], over: false };
  const limit = `${higherIsBetter ? '≥' : '≤'} ${budget}${unit}`;
  const over = !withinBudget(value, budget, higherIsBetter);
  // A value over budget is never shown rounded onto the budget (a median of 99.5 is not "100").
  let shownDigits = digits;
  while (over && Number.isFinite(value) && shownDigits < digits + 3 && withinBudget(Number(value.toFixed(shownDigits)), budget, higherIsBetter)) shownDigits += 1;
  return { row: [figure, formatFigure(value, { digits: shownDigits, unit }), limit, over ? 'OVER' : 'ok'], over };
}

/**
 * Whether one Lighthouse run keeps all three timing budgets: performance score at least
 * `budget.performance`, LCP at most `budget.lcpMs`, total blocking time at most `budget.tbtMs`.
 * @param {{ performance: number, lcpMs: number, tbtMs: number }} run
 * @param {{ performance: number, lcpMs: number, tbtMs: number }} budget
 */
export function runWithinTiming(run, budget) {
  return (
    withinBudget(run.performance, budget.performance, true) && withinBudget(run.lcpMs, budget.lcpMs) && withinBudget(run.tbtMs, budget.tbtMs)
  );
}

/**
 * The pass rule for the timing figures, over every run of a page (no run is dropped and none is
 * measured again): the page passes when MORE THAN HALF of its runs keep all three timing budgets.
 * A run that keeps them is counted in `within`; `rate` is within / runs. When more than half the
 * runs hold, each figure's median holds too, so the medians printed never contradict the verdict;
 * the rule is stricter than "every median holds" in two ways: a page whose runs fail exactly half
 * the time fails, and three figures each held by a different majority of runs do not add up to a
 * pass. No runs (every run failed to finish) is a failure.
 * @param {readonly { performance: number, lcpMs: number, tbtMs: number }[]} runs
 * @param {{ performance: number, lcpMs: number, tbtMs: number }} budget
 * @returns {{ runs: number, within: number, rate: number, passes: boolean, medians: { performance: number, lcpMs: number, tbtMs: number } }}
 */
export function timingVerdict(runs, budget) {
  const within = runs.filter((run) => runWithinTiming(run, budget)).length;
  const medians = {
    performance: median(runs.map((r) => r.performance)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
  };
  return { runs: runs.length, within, rate: runs.length ? within / runs.length : 0, passes: runs.length > 0 && within * 2 > runs.length, medians };
}

/**
 * The pass rate as printed: "4 of 5 runs within budget (80%)".
 * @param {{ runs: number, within: number, rate: number }} verdict
 */
export function formatPassRate({ runs, within, rate }) {
  return `${within} of ${runs} run${runs === 1 ? '' : 's'} within budget (${Math.round(rate * 100)}%)`;
}

/**
 * Runs `attempt` until it returns, at most `tries` times, and returns its result with the errors
 * of the attempts that threw. For a Lighthouse run whose trace could not be recorded (e.g.
 * NO_NAVSTART on a loaded machine): that run measured nothing, so it is made again rather than
 * counted; a run that measured a slow page returns, and counts against the pass rule as it is.
 * Rethrows the last error when every attempt threw.
 * @template T
 * @param {() => Promise<T>} attempt
 * @param {number} tries
 * @returns {Promise<{ value: T; errors: string[] }>}
 */
export async function untilMeasured(attempt, tries) {
  const errors = [];
  for (let i = 1; ; i += 1) {
    try {
      return { value: await attempt(), errors };
    } catch (error) {
      errors.push(String(error instanceof Error ? error.message : error));
      if (i >= tries) throw error;
    }
  }
}

/**
 * The same page in the site's other languages, from the `<link rel="alternate" hreflang>` links in its built
 * HTML (the pairs the site itself publishes): each language's code and path, leaving out the page's own
 * language and x-default; each as a path (the links name the site's published origin). The benchmark holds each to
 * its page type's budget (issue 29: budgets hold per page type in both languages). Any attribute order and quoting.
 * @param {string} html the page's built HTML
 * @param {string} ownPath the page's own path
 * @returns {{ lang: string, path: string }[]}
 */
export function otherLanguagesOf(html, ownPath) {
  const pairs = [];
  for (const link of parse(html).querySelectorAll('link[hreflang]')) {
    const lang = link.getAttribute('hreflang');
    const href = link.getAttribute('href');
    if (link.getAttribute('rel')?.trim().toLowerCase() !== 'alternate' || !lang || !href || lang.toLowerCase() === 'x-default') continue;
    // Fully qualified at the site's published origin (BaseLayout.astro): the bench serves the site elsewhere, so the path.
    const pairPath = new URL(href, 'https://site.invalid').pathname;
    if (pairPath === ownPath || pairs.some((p) => p.path === pairPath)) continue;
    pairs.push({ lang, path: pairPath });
  }
  return pairs;
}
