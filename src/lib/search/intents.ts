import { containsPhrase } from './expand';
import { normaliseQuery } from './normalise';

/**
 * One reviewed "intent": everyday questions that one page (or one section of it) answers,
 * whatever words that page uses. Phrases are written normalised and match whole words.
 */
export interface Intent {
  phrases: readonly string[];
  /**
   * When given, the query must also contain one of these: a situation said in two parts, in any
   * order and with any words between ("he turned up last night and theres an spo": something he
   * did, and an order).
   */
  alsoOneOf?: readonly string[];
  /**
   * Queries containing one of these do not call on the intent ("england and wales" is not about
   * Wales alone). Left out of the browser's copy when empty.
   */
  except?: readonly string[];
  /** The page that answers, as a site path, with the section's id after # when one section answers. */
  page: string;
  /** Words that make Pagefind return that page, sent as an extra query. */
  searchFor: string;
}

/** The intents a query calls on, in the order of the intents file. */
export function matchIntents<T extends Intent>(typed: string, intents: readonly T[]): T[] {
  const query = normaliseQuery(typed);
  if (!query) return [];
  const has = (phrases: readonly string[]) => phrases.some((p) => containsPhrase(query, p));
  return intents.filter((intent) => has(intent.phrases) && (!intent.alsoOneOf || has(intent.alsoOneOf)) && !has(intent.except ?? []));
}

/** Whether a query is about this site itself (its privacy, cookies, accessibility, who runs it). */
export function isAboutSite(typed: string, siteWords: readonly string[]): boolean {
  const query = normaliseQuery(typed);
  return siteWords.some((p) => containsPhrase(query, p));
}

/** A page's path without its section: "/a/#b" → "/a/". */
export function pagePath(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
