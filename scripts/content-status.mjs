// npm run content-status: what needs checking, for the maintainer's monthly look (see README).
// Lists every time-bound fact (src/data/time-bound-facts.ts), oldest confirmation first, and every
// guidance page, oldest review first, with the facts each one shows; marks facts past their `until`
// date and pages past their `reviewDue` date. Also lists the facts the guide's and the letter
// builder's words show (they have no review date of their own). Reads the same data, the same way,
// as the build's check (src/integrations/fact-dates.mjs). Exits 0: it reports, it does not judge.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { factsOnPages, loadFacts, readPages } from '../src/integrations/fact-dates.mjs';

// The project folder; another folder can be given (the tests use test/fixtures/stale-fact).
const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));

/** Today's date in London, "YYYY-MM-DD". */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

const { timeBoundFacts, siteWideHandles = [] } = await loadFacts(root);
const { pages } = factsOnPages(timeBoundFacts, readPages(root, siteWideHandles));

/** The word files of the guide and the letter builder, with the handles their placeholders show. */
const wordFiles = ['src/content/guide/guide.json', 'src/content/guide/guide-result.json', 'src/content/letters/letters.json']
  .filter((file) => existsSync(path.join(root, file)))
  .map((file) => {
  const text = readFileSync(path.join(root, file), 'utf8');
  const handles = new Set();
  for (const [, kind, name] of text.matchAll(/\{([A-Za-z]+):([A-Za-z-]+)\}/g)) handles.add(kind === 'phone' ? `service:${name}` : `figure:${name}`);
  return { file, facts: timeBoundFacts.filter((f) => f.shownBy.some((h) => handles.has(h))) };
});

const pad = (text, width) => String(text).padEnd(width);
const lines = [];
lines.push(`Content status on ${today}. A maintainer runs this once a month (npm run content-status): see README.md.`);
lines.push('');
lines.push('Time-bound facts, oldest confirmation first. "!" marks a fact past its until date: re-check it.');
lines.push(`   ${pad('as at', 12)}${pad('until', 12)}${pad('fact', 44)}shown on`);
const facts = [...timeBoundFacts].sort((a, b) => (a.asAt < b.asAt ? -1 : a.asAt > b.asAt ? 1 : a.id.localeCompare(b.id)));
let expired = 0;
for (const fact of facts) {
  const past = fact.until !== undefined && fact.until < today;
  if (past) expired += 1;
  const on = pages.filter((p) => p.facts.includes(fact)).map((p) => p.page);
  const where = on.length === pages.length ? `every page (${on.length})` : on.length === 0 ? 'no guidance page' : on.join(' ');
  const words = wordFiles.filter((w) => w.facts.includes(fact)).map((w) => path.basename(w.file));
  lines.push(`${past ? ' ! ' : '   '}${pad(fact.asAt, 12)}${pad(fact.until ?? '-', 12)}${pad(fact.id, 44)}${where}${words.length ? `; ${words.join(', ')}` : ''}`);
  lines.push(`   ${pad('', 24)}${fact.label} (${fact.source})`);
}
lines.push('');
lines.push('Guidance pages, oldest review first. "!" marks a page past its review due date.');
lines.push(`   ${pad('reviewed', 12)}${pad('due', 12)}${pad('page', 44)}time-bound facts it shows`);
const byReview = [...pages].sort((a, b) => (a.lastReviewed < b.lastReviewed ? -1 : a.lastReviewed > b.lastReviewed ? 1 : a.page.localeCompare(b.page)));
let overdue = 0;
for (const page of byReview) {
  const past = page.reviewDue !== undefined && page.reviewDue < today;
  if (past) overdue += 1;
  lines.push(`${past ? ' ! ' : '   '}${pad(page.lastReviewed, 12)}${pad(page.reviewDue ?? '-', 12)}${pad(page.page, 44)}${page.facts.map((f) => f.id).join(', ') || '-'}`);
}
lines.push('');
lines.push('Word files without a review date of their own:');
for (const w of wordFiles) lines.push(`   ${pad(w.file, 48)}${w.facts.map((f) => f.id).join(', ') || '-'}`);
lines.push('');
lines.push(`${facts.length} facts (${expired} past until), ${pages.length} pages (${overdue} past review due).`);
console.log(lines.join('\n'));
