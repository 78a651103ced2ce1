/** Every piece of text the search code writes at run time, in one place. */
export const searchStrings = {
  searching: 'Searching…',
  noQuery: 'Type a word or a few words, then press Search.',
  /** Announced and shown when nothing matches. */
  none: 'No pages match your search.',
  one: '1 page matches your search.',
  many: (n: number) => `${n} pages match your search.`,
  filtered: (shown: number) =>
    shown === 1 ? '1 page matches your search and the boxes you ticked.' : `${shown} pages match your search and the boxes you ticked.`,
  /** Added when there are more matches than are shown. */
  best: (shown: number) => `The best ${shown} are shown.`,
  /** Added once "Show more results" has shown every result there is. */
  allShown: (shown: number) => `All ${shown} are shown.`,
  /** The button under the first results. */
  more: (hidden: number) => (hidden === 1 ? 'Show 1 more result' : `Show ${hidden} more results`),
  failed: 'Search is not working at the moment. You can still find every page in the A to Z list.',
  sections: 'Parts of this page that match',
  closed: 'Search results closed.',
} as const;
