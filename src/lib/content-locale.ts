/**
 * Build time: content in a page's language (issue 28, point 4). English content is the source, where
 * it has always been (src/content/guide/guide.json …); another language's is a file of the same name
 * beside its translated pages: src/content/translations/<locale>/<file>. A published language without
 * it stops the build, naming the file. The pseudo-locale shows English content (englishContentLocales in
 * src/i18n/routing.ts): it tests the interface around the content, not the content.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n';
import { defaultLocale, englishContentLocales, previewLocales } from '../i18n/routing';

/** The content files a language translates beside its guidance pages, by what they hold. */
export const translatedContentFiles = {
  guideSteps: 'guide.json',
  guideResult: 'guide-result.json',
  letters: 'letters.json',
  searchData: 'search-runtime.json',
  searchVocabulary: 'search-vocabulary.json',
} as const;

/** What a translated content file holds. */
export type TranslatedContent = keyof typeof translatedContentFiles;

/** The language whose content a page in `locale` shows: its own, or English for the pseudo-locale. */
export const contentLocaleOf = (locale: Locale, englishContent: readonly Locale[] = englishContentLocales): Locale =>
  englishContent.includes(locale) ? defaultLocale : locale;

/**
 * One content file in a page's language, as written (the caller validates it against its schema): the
 * English source it is given, or the language's own file, which must exist and be JSON.
 */
export function contentIn(
  kind: TranslatedContent,
  locale: Locale,
  english: unknown,
  root: string = process.cwd(),
  englishContent?: readonly Locale[],
  preview: readonly Locale[] = previewLocales(),
): unknown {
  const language = contentLocaleOf(locale, englishContent);
  if (language === defaultLocale) return english;
  const file = `src/content/translations/${language}/${translatedContentFiles[kind]}`;
  if (!existsSync(path.join(root, file))) {
    // A translator's preview build (SPO_PREVIEW_LOCALES) shows English until the language's own file exists.
    if (preview.includes(language)) return english;
    throw new Error(`${file} is missing: a published language needs its own copy of this content`);
  }
  try {
    return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}
