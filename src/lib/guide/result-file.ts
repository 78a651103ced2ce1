/**
 * Build time only: the result's words as the file the guide's island fetches, in one locale. The
 * words (src/content/guide/guide-result.json) name the pages they link to by key ("makeALetter", a
 * guidance page's slug), never by address; here each key becomes the page's address in the locale
 * (src/i18n/routing.ts), so the file for /en-xa/ links to /en-xa/ pages. The file is served beside
 * the guide's page (src/pages/check-your-situation/result.json.ts and its copy for each other locale),
 * at an address versioned with the file's text, which the page gives to its island.
 */
import rawResult from '../../content/guide/guide-result.json';
import type { Locale } from '../../i18n';
import { href } from '../../i18n/routing';
import { contentIn } from '../content-locale';
import { contentVersion } from '../content-version';

/** A link's target as the words give it: an https address stays, a page's key becomes its address in `locale`. */
const addressOf = (target: string, locale: Locale): string => (/^https:\/\//.test(target) ? target : href(target, locale));

/** A copy of `value` with every `href` it holds made an address in `locale`. */
export function withAddresses(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => withAddresses(item, locale));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, key === 'href' && typeof inner === 'string' ? addressOf(inner, locale) : withAddresses(inner, locale)]),
  );
}

/** The file's text in a locale. */
export const resultWordsText = (locale: Locale, words: unknown = contentIn('guideResult', locale, rawResult)): string => JSON.stringify(withAddresses(words, locale));

/** The file's address in a locale, beside the guide's page, with `?v=` and the first 12 hex digits of the SHA-256 of its text. */
export const resultWordsHref = (locale: Locale, text: string = resultWordsText(locale)): string =>
  `${href('checkYourSituation', locale)}result.json?v=${contentVersion(text)}`;
