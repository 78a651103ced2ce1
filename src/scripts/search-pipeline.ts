/**
 * The search pipeline and its reviewed data (synonyms, intents, danger rules), built as its own
 * file so the search page does not load it as it opens: search-ui.ts loads it together with
 * Pagefind, when someone is about to search. It hands its entry points over on globalThis.
 */
import { readsAsDanger } from '../lib/search/danger';
import { search, siteSearchData, type SearchData } from '../lib/search/pipeline';
import type { SpellingWords } from '../lib/search/spelling';
import vocabularyUrl from '../data/search-vocabulary.json?url';

/**
 * The site's data with its spelling vocabulary (the site's words and the common words never
 * corrected), a file of its own fetched only for a query with a word that may be misspelt, while
 * Pagefind searches.
 */
const data: SearchData = {
  ...siteSearchData,
  vocabulary: async () => {
    const response = await fetch(vocabularyUrl);
    if (!response.ok) throw new Error(`search vocabulary: ${response.status}`);
    return (await response.json()) as SpellingWords;
  },
};

/** What this file hands to search-ui.ts. */
export interface SearchPipeline {
  search: typeof search;
  /** Whether the words read as immediate danger, by this site's reviewed rules. */
  readsAsDanger: (typed: string) => boolean;
  /** Whether the words are about suicide or self-harm (the crisis panel), by the reviewed crisis rules. */
  readsAsCrisis: (typed: string) => boolean;
}

const pipeline: SearchPipeline = {
  search: (pagefind, typed, filters, withData = data) => search(pagefind, typed, filters, withData),
  readsAsDanger: (typed) => readsAsDanger(typed, siteSearchData.danger),
  readsAsCrisis: (typed) => readsAsDanger(typed, siteSearchData.crisis),
};
(globalThis as unknown as { spoSearchPipeline: SearchPipeline }).spoSearchPipeline = pipeline;
