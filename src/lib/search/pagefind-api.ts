/** The parts of Pagefind's browser API (pagefind.js) this site uses. */

/** A section of a page that matched, from a heading with an id. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the words matched in this section, with Pagefind's score for each. */
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  anchor?: { element: string; id: string };
}

/** The data of one matching page. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
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

/** The module loaded from /pagefind/pagefind.js. */
export interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<{ results: PagefindResult[] } | null>;
}
