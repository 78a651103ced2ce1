import { contentWords, normaliseQuery } from './normalise';

/** The part of a synonym entry that expansion needs (the browser gets only this, not the schema). */
export interface SynonymMapping {
  phrases: readonly string[];
  searchFor: readonly string[];
}

/**
 * How a query to Pagefind came about; decides how much its results count when merging.
 * - exact: the words as typed;
 * - rewritten: the typed words reworded (small words dropped, or a phrase swapped for the site's term);
 * - bestBet: the site's first term for a phrase that is the whole query (its best page is shown first);
 * - synonym: another site term for a phrase in the query;
 * - intent: the words that find the page a reviewed intent says answers the query (see intents.ts);
 * - relaxed: the typed words with one of them left out, tried when the typed words find too few pages;
 * - partial: one typed word on its own, tried when even that finds too few.
 */
export type QueryKind = 'exact' | 'rewritten' | 'bestBet' | 'synonym' | 'intent' | 'relaxed' | 'partial';

/** One query to send to Pagefind. */
export interface PlannedQuery {
  /** The text to search for. */
  text: string;
  kind: QueryKind;
}

/** Most queries one search will send to Pagefind (the typed words plus their expansions). */
export const maxPlannedQueries = 8;

/** Whether `phrase` occurs in `query` as whole words (both already normalised). */
export function containsPhrase(query: string, phrase: string): boolean {
  return ` ${query} `.includes(` ${phrase} `);
}

/**
 * The synonym entries a query calls on, each with the phrase that matched (the longest one,
 * so "broke the order" wins over "broke"). Entries keep the order of the synonyms file.
 */
export function matchSynonyms(
  query: string,
  synonyms: readonly SynonymMapping[],
): { entry: SynonymMapping; phrase: string }[] {
  const q = normaliseQuery(query);
  if (!q) return [];
  const found: { entry: SynonymMapping; phrase: string }[] = [];
  for (const entry of synonyms) {
    const hits = entry.phrases.filter((p) => containsPhrase(q, p));
    if (hits.length) found.push({ entry, phrase: hits.reduce((a, b) => (b.length > a.length ? b : a)) });
  }
  return found;
}

/**
 * Plans the Pagefind queries for what a person typed:
 * 1. the words exactly as typed (always first);
 * 2. the same words without the small ones ("is stalking a crime" → "stalking crime"), because
 *    Pagefind ranks pages on every word it is given, and "is" and "a" are on every page;
 * 3. the typed words with each matched everyday phrase swapped for the site's first term for it,
 *    which keeps the rest of the question ("how long does a restraining order last");
 * 4. each site term on its own.
 * No query appears twice (compared normalised), and there are at most `maxPlannedQueries`.
 */
export function planQueries(typed: string, synonyms: readonly SynonymMapping[]): PlannedQuery[] {
  const exact = typed.trim().replace(/\s+/g, ' ');
  if (!normaliseQuery(exact)) return [];
  const planned: PlannedQuery[] = [];
  const seen = new Set<string>();
  const add = (text: string, kind: QueryKind) => {
    const key = normaliseQuery(text);
    if (!key || seen.has(key) || planned.length >= maxPlannedQueries) return;
    seen.add(key);
    planned.push({ text, kind });
  };
  add(exact, 'exact');
  const meaningful = contentWords(exact).join(' ');
  if (meaningful) add(meaningful, 'rewritten');
  const matches = matchSynonyms(exact, synonyms);
  const q = normaliseQuery(exact);
  for (const { entry, phrase } of matches) {
    const [first] = entry.searchFor;
    if (first === undefined) continue;
    const rewritten = ` ${q} `.replace(` ${phrase} `, ` ${normaliseQuery(first)} `).trim();
    // Only worth sending when other words remain around the swapped phrase.
    if (rewritten !== normaliseQuery(first)) add(rewritten, 'rewritten');
  }
  for (const { entry, phrase } of matches) {
    entry.searchFor.forEach((term, i) => add(term, i === 0 && phrase === q ? 'bestBet' : 'synonym'));
  }
  return planned;
}

/** Most single-word queries tried when the typed words find too few pages. */
export const maxPartialQueries = 6;
/** Most queries made of the typed words with some left out. */
export const maxRelaxedQueries = 6;
/** Fewest pages the typed words should find before the search stops loosening them. */
export const enoughPages = 3;

/** The kinds of query made of the typed words themselves (not of reviewed terms for them). */
export const typedKinds: ReadonlySet<QueryKind> = new Set<QueryKind>(['exact', 'rewritten', 'relaxed', 'partial']);

/**
 * Pagefind only returns pages that have every word, so a long question with one word no page uses
 * ("no idea who is doing this") finds little or nothing. When that happens the search first tries
 * each meaningful word on its own (at most `maxPartialQueries`, the longest first: they say most
 * about what is wanted), skipping any already sent, so the person still gets something and the
 * search learns which words no page has.
 */
export function partialQueries(typed: string, already: readonly PlannedQuery[]): PlannedQuery[] {
  const sent = new Set(already.map((p) => normaliseQuery(p.text)));
  const words = [...new Set(contentWords(typed))].filter((w) => !sent.has(w)).sort((a, b) => b.length - a.length);
  return words.slice(0, maxPartialQueries).map((text) => ({ text, kind: 'partial' }));
}

/**
 * Then the meaningful words without `unknown` (the words no page has), together, and with one of
 * them left out at a time when there are three or more (at most `maxRelaxedQueries` in all),
 * skipping any query already sent. A page with most of the words is found by several of them, and
 * rises when they are merged.
 */
export function relaxedQueries(typed: string, already: readonly PlannedQuery[], unknown: ReadonlySet<string>): PlannedQuery[] {
  const sent = new Set(already.map((p) => normaliseQuery(p.text)));
  const words = [...new Set(contentWords(typed))].filter((w) => !unknown.has(w));
  if (words.length < 2) return [];
  const texts = [words.join(' '), ...(words.length < 3 ? [] : words.map((left) => words.filter((w) => w !== left).join(' ')))];
  const relaxed: PlannedQuery[] = [];
  for (const text of texts) {
    // The texts differ from each other (the words are each once), so only those already sent are skipped.
    if (relaxed.length < maxRelaxedQueries && !sent.has(text)) relaxed.push({ text, kind: 'relaxed' });
  }
  return relaxed;
}

/** The words of single-word queries that found no page at all. */
export function wordsNotFound(plan: readonly PlannedQuery[], counts: readonly number[]): Set<string> {
  return new Set(plan.filter((query, i) => query.kind === 'partial' && !counts[i]).map((query) => query.text));
}

/**
 * Whether to loosen the typed words: the queries made of them (see `typedKinds`) found fewer than
 * `enoughPages` different pages. `found` holds the ids of the pages each query found.
 */
export function needsLoosening(plan: readonly PlannedQuery[], found: readonly (readonly string[])[]): boolean {
  const pages = new Set(plan.flatMap((query, i) => (typedKinds.has(query.kind) ? (found[i] ?? []) : [])));
  return pages.size < enoughPages;
}
