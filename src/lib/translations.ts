/**
 * Build time: the translated guidance pages (src/content/translations/<locale>/guidance/<slug>.mdx) held to the
 * one map of page pairs (translatedGuidance in src/i18n/routing.ts), both ways, and whether a
 * translation is older than its English page. Pure, so the build and the unit tests share it.
 */
import { versionOf } from './translation-status';

/** A translation file as the build finds it. */
export interface TranslationFile {
  /** Its path from the project's root, for messages. */
  file: string;
  /** The locale folder it is in. */
  locale: string;
  /** Its own slug: the file name without `.mdx`. */
  slug: string;
  /** The English page it names. */
  translationKey: string;
}

/**
 * Every disagreement between the files, the map and the English pages, each naming the file or the
 * map entry and the field: a file in a folder that is no locale, a file whose page the map does not
 * pair, a pair with no file, a translationKey that names no English page, two files for one page.
 */
export function translationProblems(
  files: readonly TranslationFile[],
  pairs: Readonly<Record<string, Readonly<Record<string, string>>>>,
  englishKeys: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const f of files) {
    const map = pairs[f.locale];
    if (!map) {
      problems.push(`${f.file}: "${f.locale}" is not a locale of the site (src/i18n/table.ts)`);
      continue;
    }
    if (!englishKeys.includes(f.translationKey)) problems.push(`${f.file}: translationKey "${f.translationKey}" names no English guidance page`);
    if (map[f.translationKey] !== f.slug)
      problems.push(`${f.file}: translatedGuidance['${f.locale}'] in src/i18n/routing.ts must pair "${f.translationKey}" with "${f.slug}"`);
    if (files.some((other) => other !== f && other.locale === f.locale && other.translationKey === f.translationKey))
      problems.push(`${f.file}: another ${f.locale} file also translates "${f.translationKey}"`);
  }
  for (const [locale, map] of Object.entries(pairs)) {
    for (const [key, slug] of Object.entries(map)) {
      if (!files.some((f) => f.locale === locale && f.slug === slug && f.translationKey === key))
        problems.push(`translatedGuidance['${locale}']['${key}'] in src/i18n/routing.ts: no file src/content/translations/${locale}/guidance/${slug}.mdx translates "${key}"`);
    }
  }
  return problems;
}

/**
 * When a translation is older than its English page: the English page's version (its newest
 * lastReviewed or updates date), else undefined.
 */
export function newerSource(
  translation: { sourceVersion: string },
  source: Parameters<typeof versionOf>[0],
): string | undefined {
  const version = versionOf(source);
  return translation.sourceVersion < version ? version : undefined;
}

/** The one line at the top of a translated page, if any. */
export type TranslationNotice =
  /** The English page changed after the translation was made: its version. */
  | { kind: 'outdated'; englishVersion: string }
  /** No reviewer who reads the language has checked the translation (no `checkedBy`): the English page's version. */
  | { kind: 'unchecked'; englishVersion: string };

/**
 * What a translated page must say about itself (issue 29, point 8): that it is older than its English
 * page (the more urgent), else that nobody who reads the language has checked it against the law until
 * its frontmatter names who did (`checkedBy`), else nothing.
 */
export function translationNotice(
  translation: { sourceVersion: string; checkedBy?: { name: string; date: string } | undefined },
  source: Parameters<typeof versionOf>[0],
): TranslationNotice | undefined {
  const since = newerSource(translation, source);
  if (since !== undefined) return { kind: 'outdated', englishVersion: since };
  return translation.checkedBy ? undefined : { kind: 'unchecked', englishVersion: versionOf(source) };
}
