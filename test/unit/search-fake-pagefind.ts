/**
 * A small stand-in for Pagefind's browser API, for unit tests of the search pipeline. Pages are
 * written as a title and sections; like Pagefind it returns a page only when the page has every
 * word searched for, scores pages by how often the words occur, builds the page's indexed text
 * with a full stop after each heading and paragraph, and reports matched word positions in it.
 */
import { normaliseQuery } from '../../src/lib/search/normalise';
import type { PagefindFilters, PagefindResult, PagefindResultData, PagefindSearch } from '../../src/lib/search/pagefind-api';

/** One page of the fake site. */
export interface FakePage {
  url: string;
  title: string;
  /** Text before the first heading with an id. */
  intro?: string;
  sections?: { id: string; heading: string; text: string }[];
  filters?: Record<string, string[]>;
}

/** The fake, with every call it was given. */
export interface FakePagefind extends PagefindSearch {
  calls: { term: string | null; filters: PagefindFilters | undefined }[];
}

/** Whether a page's word matches a searched word: the same, or (for 4 letters or more) its start, as Pagefind matches prefixes. */
const matchesWord = (word: string, searched: string) => word === searched || (searched.length >= 4 && word.startsWith(searched));

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Pagefind's data for a page, with the word positions of `words` (normalised words of the query). */
function pageData(page: FakePage, words: readonly string[]): PagefindResultData {
  const parts: { text: string; anchor?: { id: string; title: string } }[] = [{ text: sentence(page.title) }];
  if (page.intro) parts.push({ text: page.intro });
  for (const s of page.sections ?? []) parts.push({ text: sentence(s.heading), anchor: { id: s.id, title: s.heading } }, { text: s.text });
  const contentWords: string[] = [];
  const anchors: { id: string; title: string; location: number }[] = [];
  for (const part of parts) {
    if (part.anchor) anchors.push({ ...part.anchor, location: contentWords.length });
    contentWords.push(...part.text.split(/\s+/).filter(Boolean));
  }
  const located = contentWords
    .map((word, location) => ({ word: normaliseQuery(word), location }))
    .filter(({ word }) => words.some((w) => matchesWord(word, w)))
    .map(({ location }) => ({ weight: 1, balanced_score: 1, location }));
  const bounds: { title: string; url: string; location: number; id?: string }[] = [
    { title: page.title, url: page.url, location: 0 },
    ...anchors.map((a) => ({ title: a.title, url: `${page.url}#${a.id}`, location: a.location, id: a.id })),
  ];
  const subResults = bounds
    .map((b, i) => {
      const end = bounds[i + 1]?.location ?? contentWords.length;
      const inside = located.filter((l) => l.location >= b.location && l.location < end);
      return {
        title: b.title,
        url: b.url,
        excerpt: contentWords.slice(b.location, Math.min(end, b.location + 12)).join(' '),
        weighted_locations: inside,
        ...(b.id ? { anchor: { element: 'h2', id: b.id, location: b.location } } : {}),
      };
    })
    .filter((s) => s.weighted_locations.length || !words.length);
  return {
    url: page.url,
    content: contentWords.join(' '),
    excerpt: contentWords.slice(0, 12).join(' '),
    meta: { title: page.title },
    filters: page.filters ?? {},
    weighted_locations: located,
    sub_results: subResults,
  };
}

const matchesFilters = (page: FakePage, filters: PagefindFilters | undefined) =>
  Object.entries(filters ?? {}).every(([key, { any }]) => any.some((value) => (page.filters?.[key] ?? []).includes(value)));

/** A fake Pagefind over `pages`. `fail` makes every search throw, as a broken index would. */
export function fakePagefind(pages: readonly FakePage[], options: { fail?: boolean; nullFor?: string | null } = {}): FakePagefind {
  const calls: FakePagefind['calls'] = [];
  return {
    calls,
    async search(term, searchOptions) {
      calls.push({ term, filters: searchOptions?.filters });
      if (options.fail) throw new Error('index failed to load');
      if (term === options.nullFor) return null;
      const words = term === null ? [] : normaliseQuery(term).split(' ').filter(Boolean);
      const results: PagefindResult[] = pages
        .filter((page) => matchesFilters(page, searchOptions?.filters))
        .map((page, index) => ({ page, index, data: pageData(page, words) }))
        .filter(({ data }) => {
          const pageWords = data.content.split(/\s+/).map(normaliseQuery);
          return words.every((w) => pageWords.some((word) => matchesWord(word, w)));
        })
        .map(({ index, data }) => ({ id: `page-${index}`, score: term === null ? 1 : data.weighted_locations.length, data: async () => data }))
        .sort((a, b) => b.score - a.score);
      return { results };
    },
  };
}
