import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * How the site's hedges are counted, so the number in a report can be reproduced:
 * a hedge is a phrase that tells the reader a detail is uncertain ("We could not confirm…",
 * "may have changed", "Check it before you rely on it", "is reported to", "not yet confirmed"…).
 * Each match of a pattern below in the visible text of a built page counts once.
 *
 * Run it over a build with: `node_modules/.bin/node test/support/hedges.ts [dist folder]`
 * (Node 24 runs this file as it is). The build tests import the same functions.
 */

/** The hedge phrases, each a pattern over visible text (case-insensitive). */
export const hedgePatterns: readonly RegExp[] = [
  /\bcould not (?:yet )?(?:confirm|check)\b/gi,
  /\b(?:have|has) not (?:yet )?been able to (?:confirm|check)\b/gi,
  /\bcannot (?:yet )?confirm\b/gi,
  /\bnot yet confirmed\b/gi,
  /\bmay have changed\b/gi,
  /\bthis may have changed\b/gi,
  /\bcheck (?:it|them|this) before you rely on (?:it|them|this)\b/gi,
  /\b(?:come|comes) from (?:older|an older|a \d{4}) sources?\b/gi,
  /\bis reported (?:to|not to)\b/gi,
  /\bit is reported that\b/gi,
  /\bsaid to be\b/gi,
  /\bwe have not found\b/gi,
  /\bwe do not know\b/gi,
  /\bas far as we know\b/gi,
  /\bwe understand\b/gi,
  /\blast confirmed\b/gi,
];

/** One hedge found on a page. */
export interface Hedge {
  /** The matched phrase, as written. */
  phrase: string;
  /** The sentence around it, for the list in a report. */
  context: string;
}

/** The text a reader sees in an element: scripts, styles and templates removed, blocks on their own lines. */
export function visibleText(element: HTMLElement): string {
  const copy = parse(element.outerHTML, { comment: false });
  for (const el of copy.querySelectorAll('script, style, template, noscript')) el.remove();
  const blocks = copy.innerHTML.replace(/<\/?(?:p|li|td|th|dt|dd|div|h\d|br|tr|section|ul|ol|dl|caption)\b[^>]*>/gi, '\n');
  return parse(blocks)
    .text.replace(/[ \t]+/g, ' ')
    .replace(/&nbsp;/g, ' ');
}

/** Every hedge in a piece of text, in order. Overlapping patterns ("this may have changed") count once. */
export function hedgesIn(text: string): Hedge[] {
  const found: { index: number; end: number; phrase: string }[] = [];
  for (const pattern of hedgePatterns) {
    for (const m of text.matchAll(pattern)) {
      const index = m.index;
      const end = index + m[0].length;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      found.push({ index, end, phrase: m[0] });
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ index, end, phrase }) => {
      const start = Math.max(text.lastIndexOf('\n', index), text.lastIndexOf('. ', index) + 1, 0);
      const stopAt = [text.indexOf('\n', end), text.indexOf('. ', end)].filter((n) => n >= 0);
      const stop = stopAt.length > 0 ? Math.min(...stopAt) + 1 : text.length;
      return { phrase, context: text.slice(start, stop).trim() };
    });
}

/**
 * Hedges on one parsed page (its whole body). The page's change history ("Updates to this page")
 * is left out: it reports what was changed, and may name a hedge without being one.
 */
export function hedgesOnPage(page: HTMLElement): Hedge[] {
  const body = parse((page.querySelector('body') ?? page).outerHTML, { comment: false });
  for (const history of body.querySelectorAll('.page-updates')) history.remove();
  return hedgesIn(visibleText(body));
}

/** Every built HTML page under a dist folder, relative to it (Pagefind's files left out). */
function pagesUnder(dist: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path.relative(dist, full) !== 'pagefind') walk(full);
      } else if (entry.name.endsWith('.html')) found.push(path.relative(dist, full));
    }
  };
  walk(dist);
  return found.sort();
}

/** The hedges of every page in a build, keyed by page file; pages without one left out. */
export function hedgesInBuild(dist: string): Map<string, Hedge[]> {
  const result = new Map<string, Hedge[]>();
  for (const file of pagesUnder(dist)) {
    const hedges = hedgesOnPage(parse(readFileSync(path.join(dist, file), 'utf8'), { comment: false }));
    if (hedges.length > 0) result.set(file, hedges);
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const byPage = hedgesInBuild(dist);
  let total = 0;
  for (const [file, hedges] of byPage) {
    total += hedges.length;
    console.log(`\n${file} (${hedges.length})`);
    for (const h of hedges) console.log(`  - [${h.phrase}] ${h.context}`);
  }
  console.log(`\n${total} hedges on ${byPage.size} pages`);
}
