/**
 * The interface words the search code writes at run time: their keys in the interface table
 * (src/i18n/en.ts). The search components put them on the search root as `data-search-strings`,
 * and search-ui.ts reads them there, so the search code carries no words of its own.
 */
import type { Strings } from '../../i18n';

/** Keys of the table search-ui.ts uses. */
export const searchStringKeys = [
  'search.searching',
  'search.noQuery',
  'search.none',
  'search.count',
  'search.filtered',
  'search.best',
  'search.allShown',
  'search.more',
  'search.failed',
  'search.sections',
  'search.closed',
  'search.showingFor',
] as const;

/** The JSON for `data-search-strings`, in the page's locale. */
export const searchStringsJson = (strings: Pick<Strings, 'payload'>): string => strings.payload(searchStringKeys);
