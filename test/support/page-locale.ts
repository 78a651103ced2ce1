/**
 * A built page's language, for tests that check every page of every published language: its locale
 * (from its address, as the site's routing reads it), the table's helpers in that locale (what
 * Astro.locals holds when the page is built), and the address of the same page in English.
 */
import { useStrings, type Locale } from '../../src/i18n';
import { alternatesOf, defaultLocale, localeOfPath } from '../../src/i18n/routing';
import { urlPathOf } from './dist';

/** The locale of a built file ("cy/chwilio/index.html" → "cy"). */
export const localeOfFile = (file: string): Locale => localeOfPath(urlPathOf(file));

/** The table's helpers in a built file's locale. */
export const wordsOfFile = (file: string) => useStrings(localeOfFile(file));

/** The address of the same page in English ("/cy/chwilio/" → "/search/"). */
export function englishPathOf(urlPath: string): string {
  const english = alternatesOf(urlPath, [defaultLocale, localeOfPath(urlPath)]).find((a) => a.locale === defaultLocale);
  if (!english) throw new Error(`${urlPath} has no English page`);
  return english.href;
}

/**
 * The MDX file a built guidance page is made from: the English page's (src/content/guidance/<slug>.mdx), or
 * its language's translation (src/content/translations/<locale>/guidance/<slug>.mdx).
 */
export function mdxSourceOf(file: string): string {
  const locale = localeOfFile(file);
  const parts = urlPathOf(file).split('/').filter((part) => part !== '');
  if (locale === defaultLocale) return `src/content/guidance/${parts.join('/')}.mdx`;
  return `src/content/translations/${locale}/guidance/${parts.slice(1).join('/')}.mdx`;
}
