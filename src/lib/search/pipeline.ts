/**
 * The whole search, from what someone typed to the results to draw, as one async function over a
 * Pagefind-shaped interface (the real module in the browser, a fake in unit tests). No DOM here.
 *
 * plan (the typed words, their rewordings and synonyms, the reviewed intents) → ask Pagefind →
 * fall back to single words when nothing matched → merge the answers → one result per page →
 * re-rank by titles and headings → pages about the site after guidance → intent pages first →
 * readable snippets; and, beside the results, whether the words read as immediate danger.
 */
import type englishRuntime from '../../data/search-runtime.json';
import { inSiteWords } from './everyday';
import { correctSpelling, mayNeedCorrection, type SpellingWords } from './spelling';
import { readsAsDanger, type DangerRule } from './danger';
import { needsLoosening, partialQueries, planQueries, relaxedQueries, wordsNotFound, type PlannedQuery, type SynonymMapping } from './expand';
import { isAboutSite, matchIntents, pagePath, type Intent } from './intents';
import { mergeResults } from './merge';
import { clampQuery, normaliseQuery } from './normalise';
import type { PagefindFilters, PagefindResult, PagefindResultData, PagefindSearch, PagefindSubResult } from './pagefind-api';
import { rerank } from './rerank';
import { readableSnippet, splitWords } from './snippet';

/** The reviewed data a search works from. */
export interface SearchData {
  synonyms: readonly SynonymMapping[];
  intents: readonly Intent[];
  /** Phrases that make a query about the site itself, so its own pages (privacy, about…) may lead. */
  siteWords: readonly string[];
  danger: readonly DangerRule[];
  /** Rules for words about suicide or self-harm (the crisis panel: Samaritans beside 999). */
  crisis: readonly DangerRule[];
  /** The page shown first when the words read as danger (the 999 section of Getting help). */
  dangerAnswer: Pick<Intent, 'page' | 'searchFor'>;
  /** The page shown first (after the danger answer) when the words are about suicide or self-harm. */
  crisisAnswer: Pick<Intent, 'page' | 'searchFor'>;
  /**
   * The site's key words, most frequent first, that misspelt words are corrected to, and the common
   * words never corrected (spelling.ts), or a function that loads them; none, no corrections. The
   * site's are a file of their own that search-pipeline.ts fetches only for a query that may need a
   * correction.
   */
  vocabulary?: SpellingWords | (() => Promise<SpellingWords>);
  /** Everyday words and the site's words for them ("cops" → "police"), see everyday.ts. */
  everyday?: Readonly<Record<string, string>>;
}

/** Words of the reviewed phrases (synonyms, intents): never "corrected", though the vocabulary may lack them. */
export function knownWords(data: Pick<SearchData, 'synonyms' | 'intents'>): Set<string> {
  const phrases = [...data.synonyms.flatMap((s) => [...s.phrases, ...s.searchFor]), ...data.intents.flatMap((i) => i.phrases)];
  return new Set(phrases.flatMap((p) => normaliseQuery(p).split(' ')));
}

/**
 * The reviewed data of one language as its runtime file holds it: English's is src/data/search-runtime.json
 * (made by scripts/search-vocabulary.mjs); the browser gets its page's language's as a file
 * (src/lib/search/data-file.ts), so this code carries no data.
 */
export type SearchRuntime = Pick<typeof englishRuntime, 'synonyms' | 'intents' | 'siteWords' | 'danger' | 'crisis' | 'everyday'>;

/** A language's runtime file as the search works from it (the vocabulary is added by search-pipeline.ts). */
export function searchDataOf({ synonyms, intents, siteWords, danger, crisis, everyday }: SearchRuntime): SearchData {
  return { synonyms, intents, siteWords, danger: danger.rules, crisis: crisis.rules, dangerAnswer: danger.answer, crisisAnswer: crisis.answer, everyday };
}


/** A matching section of a page, linked by its heading. */
export interface SearchSection {
  title: string;
  url: string;
}

/** One result, ready to draw. */
export interface SearchHit {
  url: string;
  title: string;
  /** Plain text that starts at a sentence or with "…". */
  excerpt: string;
  sections: SearchSection[];
  /** A page about the site itself (topic "site"), not guidance. */
  aboutSite: boolean;
}

/** What a search found. */
export interface SearchOutcome {
  /** The words read as immediate danger: show the 999 panel above the results. */
  danger: boolean;
  /** The words are about suicide or self-harm: show the crisis panel (Samaritans, 999) above the results. */
  crisis: boolean;
  /** Best first, one per page, at most `maxResults`. */
  results: SearchHit[];
  /** How many pages matched (can be more than `results` holds). */
  total: number;
  /** The corrected words the results are for, when the words as typed found nothing ("Showing results for …"). */
  correctedTo?: string;
}

/** Most results one search returns, all of them drawn once "Show more results" is pressed. */
export const maxResults = 30;
/** Most matching sections listed under one page. */
export const maxSections = 3;
/** The Pagefind filter value of pages about the site itself. */
export const siteTopic = 'site';

const sectionWeight = (s: PagefindSubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);

/**
 * The sections to list under a page: those with their own heading, best matching first, at most
 * `maxSections`, then put back in page order. The `focus` section (an intent's answer) comes first.
 */
export function sectionsOf(data: PagefindResultData, focus?: string): SearchSection[] {
  const title = data.meta['title'] || data.url;
  const chosen = data.sub_results
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.anchor && s.url !== data.url && s.title !== title && s.url !== focus)
    .sort((a, b) => sectionWeight(b.s) - sectionWeight(a.s) || a.i - b.i)
    .slice(0, focus ? maxSections - 1 : maxSections)
    .sort((a, b) => a.i - b.i)
    .map(({ s }) => ({ title: s.title, url: s.url }));
  const focused = data.sub_results.find((s) => s.url === focus);
  return focused ? [{ title: focused.title, url: focused.url }, ...chosen] : chosen;
}

/** The snippet for a page: around the focus section's matches when there is one, else the page's. */
export function excerptOf(data: PagefindResultData, focus?: string): string {
  const title = data.meta['title'] ?? '';
  const focused = data.sub_results.find((s) => s.url === focus && s.anchor?.location !== undefined);
  if (focused) {
    const from = focused.anchor!.location!;
    const next = data.sub_results.map((s) => s.anchor?.location ?? -1).filter((l) => l > from);
    return readableSnippet(data.content, focused.weighted_locations, { from, to: next.length ? Math.min(...next) : undefined });
  }
  // With no matched words (filters alone), start after the page's title, which the result already shows.
  const words = splitWords(data.content);
  const titleWords = splitWords(title);
  const skip =
    !data.weighted_locations.length && titleWords.length && normaliseQuery(words.slice(0, titleWords.length).join(' ')) === normaliseQuery(title)
      ? titleWords.length
      : 0;
  return readableSnippet(data.content, data.weighted_locations, { from: skip });
}

/** Turns Pagefind's data for a page into a result to draw. */
export function toHit(data: PagefindResultData, focus?: string): SearchHit {
  return {
    url: data.url,
    title: data.meta['title'] || data.url,
    excerpt: excerptOf(data, focus),
    sections: sectionsOf(data, focus),
    aboutSite: (data.filters['topic'] ?? []).includes(siteTopic),
  };
}

/**
 * Orders pages for a query. Unless the query is about the site, pages about the site go after
 * every guidance page, and only when guidance fills the first three places (a site page in the top
 * three would answer words like "tracking" with the privacy notice); when no guidance page matched
 * they are all there is, and stay. Then the pages `answers` name (the danger answer and the matched
 * intents, in that order) come first. Returns each page with the section its answer points to.
 */
export function arrange(
  pages: readonly PagefindResultData[],
  typed: string,
  answers: readonly Pick<Intent, 'page'>[],
  siteWords: readonly string[],
): { page: PagefindResultData; focus?: string | undefined }[] {
  const isSite = (p: PagefindResultData) => (p.filters['topic'] ?? []).includes(siteTopic);
  const guidance = pages.filter((p) => !isSite(p));
  const site = pages.filter(isSite);
  const ordered =
    isAboutSite(typed, siteWords) || !guidance.length ? [...pages] : guidance.length >= 3 ? [...guidance, ...site] : guidance;
  const arranged: { page: PagefindResultData; focus?: string | undefined }[] = ordered.map((page) => ({ page }));
  const pinned: { page: PagefindResultData; focus?: string | undefined }[] = [];
  for (const answer of answers) {
    const at = arranged.findIndex((a) => pagePath(a.page.url) === pagePath(answer.page));
    if (at === -1) continue;
    const [entry] = arranged.splice(at, 1);
    pinned.push({ page: entry!.page, focus: answer.page.includes('#') ? answer.page : undefined });
  }
  return [...pinned, ...arranged];
}

/**
 * Searches for what someone typed, with the ticked filters, and returns the results to draw.
 * Throws when Pagefind does (the caller says search is not working).
 */
export async function search(
  pagefind: PagefindSearch,
  typed: string,
  filters: PagefindFilters | undefined,
  data: SearchData,
): Promise<SearchOutcome> {
  const query = clampQuery(typed);
  const danger = readsAsDanger(query, data.danger);
  const crisis = readsAsDanger(query, data.crisis);
  const options = filters ? { filters } : {};
  if (!normaliseQuery(query)) {
    if (!filters) return { danger, crisis, results: [], total: 0 };
    const found = (await pagefind.search(null, options))?.results ?? [];
    const pages = await Promise.all(found.slice(0, maxResults).map((r) => r.data()));
    return { danger, crisis, results: pages.map((page) => toHit(page)), total: found.length };
  }
  const answers = [...(danger ? [data.dangerAnswer] : []), ...(crisis ? [data.crisisAnswer] : []), ...matchIntents(query, data.intents)];
  const plan: PlannedQuery[] = [...planQueries(query, data.synonyms), ...answers.map((answer): PlannedQuery => ({ text: answer.searchFor, kind: 'intent' }))];
  const ask = (queries: readonly PlannedQuery[]) => Promise.all(queries.map((q) => pagefind.search(q.text, options)));
  // The vocabulary loads while Pagefind searches, and only when a word may need correcting; if it
  // cannot load, the search goes on without corrections.
  const known = new Set([...knownWords(data), ...Object.keys(data.everyday ?? {})]);
  const none: SpellingWords = { words: [] };
  const vocabulary: Promise<SpellingWords> = !mayNeedCorrection(query, known)
    ? Promise.resolve(none)
    : typeof data.vocabulary === 'function'
      ? data.vocabulary().catch(() => none)
      : Promise.resolve(data.vocabulary ?? none);
  const found = await ask(plan);
  // The same words said another way (in the site's words, or spelt right) are searched as well,
  // with the intents they call on; returns whether that found anything.
  const alsoSearch = async (variant: string): Promise<boolean> => {
    const sent = new Set(plan.map((q) => normaliseQuery(q.text)));
    const newIntents = matchIntents(variant, data.intents).filter((i) => !answers.includes(i));
    answers.push(...newIntents);
    const variantPlan = [
      ...planQueries(variant, data.synonyms).map((q): PlannedQuery => ({ text: q.text, kind: q.kind === 'exact' ? 'rewritten' : q.kind })),
      ...newIntents.map((intent): PlannedQuery => ({ text: intent.searchFor, kind: 'intent' })),
    ].filter((q) => !sent.has(normaliseQuery(q.text)));
    const more = await ask(variantPlan);
    plan.push(...variantPlan);
    found.push(...more);
    return more.some((answer) => (answer?.results.length ?? 0) > 0);
  };
  // Everyday words ("cops", "mate") in the site's words, so reviewed phrases match them too.
  const reworded = inSiteWords(query, data.everyday ?? {});
  if (reworded) await alsoSearch(reworded);
  // A word that is on no page but is one or two letters from a word that is ("harassmnet") is
  // corrected, and the corrected words are searched as well; "Showing results for …" says so.
  const spelling = await vocabulary;
  const corrected = correctSpelling(query, spelling.words, known, spelling.common);
  let correctedTo: string | undefined;
  if (corrected && (await alsoSearch(corrected))) correctedTo = corrected;
  // Too few pages for the words (as typed, reworded or corrected): each word on its own, then the
  // words some page has, together and with one left out at a time.
  const typedWords = corrected ?? reworded ?? query;
  if (needsLoosening(plan, found.map((answer) => (answer?.results ?? []).map((r) => r.id)))) {
    const partial = partialQueries(typedWords, plan);
    found.push(...(await ask(partial)));
    plan.push(...partial);
    const relaxed = relaxedQueries(typedWords, plan, wordsNotFound(plan, found.map((answer) => answer?.results.length ?? 0)));
    found.push(...(await ask(relaxed)));
    plan.push(...relaxed);
  }
  const merged = mergeResults(
    plan.map((q, i) => ({ kind: q.kind, results: found[i]?.results ?? [] })),
    (r: PagefindResult) => r.id,
    (r: PagefindResult) => r.score,
  );
  const top = merged.slice(0, maxResults);
  const pages = await Promise.all(top.map((m) => m.item.data()));
  // One result per page: Pagefind gives one per page, but a page reached by two addresses is listed once.
  const seen = new Set<string>();
  const candidates = top
    .map((m, i) => ({ item: pages[i]!, score: m.score, pinned: m.pinned }))
    .filter(({ item }) => !seen.has(pagePath(item.url)) && !!seen.add(pagePath(item.url)))
    .map((c) => ({ ...c, title: c.item.meta['title'] ?? '', headings: c.item.sub_results.map((s) => s.title) }));
  const ranked = rerank(candidates, query);
  const results = arrange(ranked, query, answers, data.siteWords).map(({ page, focus }) => toHit(page, focus));
  const outcome: SearchOutcome = { danger, crisis, results, total: results.length + merged.length - top.length };
  if (correctedTo) outcome.correctedTo = correctedTo;
  return outcome;
}
