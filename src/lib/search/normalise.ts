/**
 * Turns what a person typed into a plain, comparable form: lower case, no accents, curly
 * quotes made straight, apostrophes dropped ("won't" → "wont"), every other mark a space,
 * single spaces. Used both for the synonym phrases and for the query, so they meet halfway.
 */
export function normaliseQuery(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Longest query the search will act on; anything longer is cut at a word boundary. */
export const maxQueryLength = 120;

/** Trims a query to at most `maxQueryLength` characters without cutting a word in half. */
export function clampQuery(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= maxQueryLength) return trimmed;
  const cut = trimmed.slice(0, maxQueryLength);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
}
