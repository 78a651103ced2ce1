/**
 * The interface words of the build's locale, for Astro components and build-time code:
 * `t('header.search')`, `t('helpStrip.hours', { hours })`, `plural('search.count', n)`.
 * The locale is chosen once per build by SPO_LOCALE (default en-GB; `npm run build:pseudo` sets
 * en-XA). Page scripts never import this module: components hand them the words they need in
 * data attributes (see ExitThisPage.astro, the search components).
 */
import { locale, tableOf, type Locale } from './table';
import { uiSchema, type PluralKey, type TextKey, type UiStrings } from './schema';
import { fill, fillPlural, type PluralForms, type TemplateValues } from './format';

export { locale, locales, resolveLocale, type Locale } from './table';

/** The table of one locale, checked against the schema (a missing or extra key throws, naming it). */
export function stringsFor(which: Locale): UiStrings {
  const result = uiSchema.safeParse(tableOf(which));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(table)'}: ${i.message}`).join('; ');
    throw new Error(`The interface table for ${which} does not match src/i18n/schema.ts: ${problems}`);
  }
  return result.data as UiStrings;
}

/** Helpers bound to one locale's table. */
export function useStrings(which: Locale) {
  const table = stringsFor(which);
  return {
    locale: which,
    /** A plain template, filled. */
    t: (key: TextKey, values?: TemplateValues): string => fill(key, table[key] as string, values),
    /** A plural entry's form for `count`, filled. */
    plural: (key: PluralKey, count: number, values?: TemplateValues): string =>
      fillPlural(key, table[key] as PluralForms, count, which, values),
    /** A plural entry's forms as they are, for a page script to choose from with Intl.PluralRules. */
    forms: (key: PluralKey): PluralForms => table[key] as PluralForms,
    /** A template as it is, for a page script to fill. */
    raw: (key: TextKey): string => table[key] as string,
    /** A number in words where GOV.UK style would (zero to nine), else in figures. */
    numberWord: (n: number): string => {
      const words = table['number.words'];
      return Number.isInteger(n) && n >= 0 && n < words.length ? words[n]! : String(n);
    },
  };
}

const current = useStrings(locale);

/** This build's helpers: t, plural, forms, raw and numberWord in the build's locale. */
export const { t, plural, forms, raw, numberWord } = current;

/**
 * Some entries of this build's table as JSON, for a data attribute a page script reads with
 * src/scripts/page-strings.ts: the script gets the table's own words, never a copy of its own.
 */
export function stringsPayload(keys: readonly (TextKey | PluralKey)[]): string {
  const table = stringsFor(locale);
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, table[key]])));
}
