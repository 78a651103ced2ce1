/**
 * Build time only: the letter builder's interface words in one locale, as the file the builder in the
 * guide's result fetches (src/pages/make-a-letter/words.json.ts and its copy for each other locale,
 * src/pages/[locale]/[makeALetter]/words.json.ts, write exactly this text), and the version the files'
 * addresses carry, `?v=` and the first 12 hex digits of the SHA-256 of every published locale's text.
 * astro.config.mjs writes the version into the builder's code (src/lib/letters/words-file.ts), so new
 * code never meets an old file.
 */
import type { Locale } from '../../i18n';
import { islandWords } from '../../i18n/islands';
import rawLetters from '../../content/letters/letters.json';
import { contentIn } from '../content-locale';
import { contentVersion } from '../content-version';
import { loadLettersContent } from './content';
import type { LettersContent } from '../../schemas/letters';

/** The words file's text in a locale. */
export const letterWordsText = (locale: Locale, words: object = islandWords('letters', locale)): string => JSON.stringify(words);

/**
 * The letters file's text in a locale (letters.json beside words.json): the letters' own words in the
 * page's language, validated, with the services record's numbers written in, as the builder's page has them.
 */
export const letterContentText = (locale: Locale, content: LettersContent = loadLettersContent(contentIn('letters', locale, rawLetters))): string =>
  JSON.stringify(content);

/** Both files of a locale, as the version hashes them. */
export const letterFilesText = (locale: Locale): string => `${letterWordsText(locale)}\n${letterContentText(locale)}`;

/** The version of the files of these locales: a change to any word of any of them changes it. */
export const letterWordsVersion = (locales: readonly Locale[], text: (locale: Locale) => string = letterFilesText): string =>
  contentVersion(locales.map((locale) => text(locale)).join('\n'));
