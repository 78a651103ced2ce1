/** The parts of Pagefind's browser API (pagefind.js) this site uses. */

/** Where a search word matched, as a word position in the page's `content`, with Pagefind's score for it. */
export interface PagefindWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A section of a page that matched, from a heading with an id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the words matched in this section, with Pagefind's score for each. */
  weighted_locations: PagefindWordLocation[];
  /** The heading the section starts at; `location` is its word position in the page's content. */
  anchor?: { element: string; id: string; location?: number };
}

/** The data of one matching page. */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text, plain (not HTML); Pagefind's word positions count words split on white space. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** Where the words matched in the whole page. */
  weighted_locations: PagefindWordLocation[];
  sub_results: PagefindSubResult[];
}

/** One matching page before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

/** Filters as Pagefind takes them: a page must match every key, and any of the values in a key. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** What a search needs from Pagefind: its `search` call (a fake in unit tests, the real module in the browser). */
export interface PagefindSearch {
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<{ results: PagefindResult[] } | null>;
}

/** The module loaded from /pagefind/pagefind.js. */
export interface PagefindModule extends PagefindSearch {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}
