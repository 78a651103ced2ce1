/**
 * Which translations of the site's pages are missing or older than their English source (issue 28,
 * point 6), in the manner of Lunaria. A page's version is the newest date it records for its words:
 * its `lastReviewed`, or a later entry of its `updates`. A translation records the version of the
 * English page it was made from (`sourceVersion`); it is outdated when the English page is newer.
 * Pure, so `npm run translation-status` (scripts/translation-status.mjs) and the tests share it.
 */

/** An English page: its key (the guidance page's slug) and its version (an ISO date). */
export interface SourcePage {
  key: string;
  version: string;
}

/** A translated page: the key of the English page it translates, and the version of that page it was made from. */
export interface TranslatedPage {
  key: string;
  sourceVersion: string;
}

/** Where one page stands in one language. */
export type PageStatus =
  | { key: string; state: 'missing' }
  | { key: string; state: 'outdated'; sourceVersion: string; version: string }
  | { key: string; state: 'current' };

/** A page's version from its frontmatter: the newest of `lastReviewed` and its `updates`' dates. */
export function versionOf(frontmatter: { lastReviewed?: unknown; updates?: readonly { date?: unknown }[] | undefined }): string {
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : '');
  const dates = [iso(frontmatter.lastReviewed), ...(frontmatter.updates ?? []).map((u) => iso(u.date))].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (dates.length === 0) throw new Error('a page records no lastReviewed date, so its version is unknown');
  return dates.sort().at(-1)!;
}

/**
 * Every English page's status in one language, in the sources' order. A translation of a page that has
 * no English source is an error (the English page was removed or renamed), named.
 */
export function translationStatus(sources: readonly SourcePage[], translations: readonly TranslatedPage[]): PageStatus[] {
  const orphans = translations.filter((t) => !sources.some((s) => s.key === t.key));
  if (orphans.length) throw new Error(`Translations of pages that have no English source: ${orphans.map((o) => o.key).join(', ')}`);
  return sources.map((source): PageStatus => {
    const translation = translations.find((t) => t.key === source.key);
    if (!translation) return { key: source.key, state: 'missing' };
    if (translation.sourceVersion < source.version) return { key: source.key, state: 'outdated', sourceVersion: translation.sourceVersion, version: source.version };
    return { key: source.key, state: 'current' };
  });
}

/** The report `npm run translation-status` prints, for each language the site publishes besides English. */
export function statusReport(sourceCount: number, languages: readonly { locale: string; statuses: readonly PageStatus[] }[]): string {
  const lines = [`English: ${sourceCount} guidance pages, the source of every translation.`];
  if (languages.length === 0) {
    lines.push('No translations yet: the site publishes no language besides English (productionLocales in src/i18n/routing.ts).');
    return lines.join('\n');
  }
  for (const { locale, statuses } of languages) {
    const count = (state: PageStatus['state']) => statuses.filter((s) => s.state === state).length;
    lines.push(`${locale}: ${count('current')} up to date, ${count('outdated')} outdated, ${count('missing')} missing.`);
    for (const s of statuses) {
      if (s.state === 'missing') lines.push(`  missing: ${s.key}`);
      if (s.state === 'outdated') lines.push(`  outdated: ${s.key} (made from the English page of ${s.sourceVersion}; it changed on ${s.version})`);
    }
  }
  return lines.join('\n');
}
