/**
 * The search pipeline, built as its own file so the search page does not load it as it opens:
 * search-ui.ts loads it together with Pagefind and the page's language's search data, when someone is
 * about to search. It carries no data of its own: the reviewed synonyms, intents, danger and crisis
 * rules and the spelling vocabulary are files in the page's language (src/lib/search/data-file.ts).
 * It hands its entry points over on globalThis.
 */
import { readsAsDanger } from '../lib/search/danger';
import { search, searchDataOf, type SearchData, type SearchRuntime } from '../lib/search/pipeline';
import type { SpellingWords } from '../lib/search/spelling';

/** What this file hands to search-ui.ts. */
export interface SearchPipeline {
  /**
   * A language's search data from its runtime file, with its spelling vocabulary (the site's words and
   * the common words never corrected), a file of its own fetched only for a query with a word that may
   * be misspelt, while Pagefind searches.
   */
  dataFrom: (runtime: SearchRuntime, vocabularyHref: string) => SearchData;
  search: typeof search;
  /** Whether the words read as immediate danger, by the language's reviewed rules. */
  readsAsDanger: (typed: string, data: SearchData) => boolean;
  /** Whether the words are about suicide or self-harm (the crisis panel), by the reviewed crisis rules. */
  readsAsCrisis: (typed: string, data: SearchData) => boolean;
}

const pipeline: SearchPipeline = {
  dataFrom: (runtime, vocabularyHref) => ({
    ...searchDataOf(runtime),
    vocabulary: async () => {
      const response = await fetch(vocabularyHref);
      if (!response.ok) throw new Error(`search vocabulary: ${response.status}`);
      return (await response.json()) as SpellingWords;
    },
  }),
  search,
  readsAsDanger: (typed, data) => readsAsDanger(typed, data.danger),
  readsAsCrisis: (typed, data) => readsAsDanger(typed, data.crisis),
};
(globalThis as unknown as { spoSearchPipeline: SearchPipeline }).spoSearchPipeline = pipeline;
