/**
 * The interface words the search code writes at run time: their keys in the interface table
 * (src/i18n/en.ts). The search components put them on the search root as `data-search-strings`,
 * and search-ui.ts reads them there, so the search code carries no words of its own.
 */
import type { Strings } from '../../i18n';

/**
 * Keys of the table whose words search-ui.ts shows as they are. Its messages with arguments
 * ("{count} best matches") reach it compiled (src/i18n/client-messages.ts: every `search.` message
 * with arguments), from the address in `data-search-messages`.
 */
export const searchStringKeys = ['search.searching', 'search.noQuery', 'search.none', 'search.failed', 'search.closed'] as const;

/** Keys of the messages with arguments search-ui.ts composes: compiled into the page's messages module. */
export const searchMessageKeys = ['search.count', 'search.filtered', 'search.best', 'search.allShown', 'search.more', 'search.sections', 'search.showingFor'] as const;

/** A key of the words search-ui.ts shows as they are. */
export type SearchWordKey = (typeof searchStringKeys)[number];

/** The JSON for `data-search-strings`, in the page's locale. */
export const searchStringsJson = (strings: Pick<Strings, 'payload'>): string => strings.payload(searchStringKeys);
