/**
 * This site's reviewed search data in English: src/data/search-synonyms.json, search-intents.json,
 * search-danger.json, search-crisis.json and search-everyday-words.json, as src/data/search-runtime.json
 * holds them (without their reviewers' notes). The unit tests search with it; a page's search gets its
 * language's data as a file (src/lib/search/data-file.ts), so the search code never imports this.
 */
import englishRuntime from '../../data/search-runtime.json';
import { searchDataOf, type SearchData } from './pipeline';

export const siteSearchData: SearchData = searchDataOf(englishRuntime);
