/**
 * Build time: the search's reviewed data and spelling vocabulary in a page's language, as the two
 * files the page's search fetches beside the search page when someone is about to search
 * (/search/data.json, /search/vocabulary.json; /<segment>/<search page>/… for another language), with
 * `?v=` and a hash of their text, like the guide's result words. English's are src/data/search-runtime.json
 * and src/data/search-vocabulary.json (scripts/search-vocabulary.mjs makes both from the reviewed files
 * and the pages); another language's are files of the same names in src/content/translations/<locale>/
 * (src/lib/content-locale.ts), reviewed with the same must/must-not tests. So synonyms, intents, danger
 * and crisis words are loaded for the page's language, and the search code carries none.
 */
import englishRuntime from '../../data/search-runtime.json';
import englishVocabulary from '../../data/search-vocabulary.json';
import type { Locale } from '../../i18n';
import { alternatesOf, defaultLocale, href } from '../../i18n/routing';
import { contentIn } from '../content-locale';
import { contentVersion } from '../content-version';

/** The files, by what they hold. */
export type SearchFile = 'data' | 'vocabulary';

/**
 * The address in `locale` of a page the data names by its English address ("/if-the-police-say-no/#x"):
 * the same page in that language where it is published there, else the English page.
 */
export function pageIn(address: string, locale: Locale): string {
  const [pathname = '', fragment] = address.split('#');
  const own = alternatesOf(pathname, [defaultLocale, locale]).find((a) => a.locale === locale)?.href ?? pathname;
  return fragment ? `${own}#${fragment}` : own;
}

/** A copy of the data with every `page` address made the page's address in `locale`. */
function withPagesIn(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => withPagesIn(item, locale));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'page' && typeof inner === 'string' ? pageIn(inner, locale) : withPagesIn(inner, locale)]));
}

/** A file's text in a locale: the runtime data (without its `generatedBy` line, its pages at the locale's addresses), or the vocabulary. */
export function searchFileText(file: SearchFile, locale: Locale): string {
  if (file === 'vocabulary') return JSON.stringify(contentIn('searchVocabulary', locale, englishVocabulary));
  const { generatedBy: _generatedBy, ...runtime } = contentIn('searchData', locale, englishRuntime) as typeof englishRuntime;
  return JSON.stringify(withPagesIn(runtime, locale));
}

/** A file's address in a locale, beside the search page, versioned with the first 12 hex digits of the SHA-256 of its text. */
export const searchFileHref = (file: SearchFile, locale: Locale, text: string = searchFileText(file, locale)): string =>
  `${href('search', locale)}${file}.json?v=${contentVersion(text)}`;
