/**
 * The interface words of one locale, for Astro components and build-time code. A page's locale
 * comes from its address: the middleware (src/middleware.ts) puts that locale's helpers on
 * `Astro.locals` (`const { t, plural } = Astro.locals;`), and build-time code is handed them
 * (`Strings`). There is no build-wide locale. Page scripts never import this module: components
 * hand them the words they need in data attributes (see ExitThisPage.astro, the search components).
 */
import { dateLocaleOf, tableOf, type Locale } from './table';
import { uiSchema, type PluralKey, type TextKey, type UiStrings } from './schema';
import { fill, fillPlural, type PluralForms, type TemplateValues } from './format';

export { isLocale, locales, type Locale } from './table';

const checked = new Map<Locale, UiStrings>();

/** The table of one locale, checked against the schema (a missing or extra key throws, naming it). */
export function stringsFor(which: Locale): UiStrings {
  const known = checked.get(which);
  if (known) return known;
  const result = uiSchema.safeParse(tableOf(which));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(table)'}: ${i.message}`).join('; ');
    throw new Error(`The interface table for ${which} does not match src/i18n/schema.ts: ${problems}`);
  }
  checked.set(which, result.data as UiStrings);
  return result.data as UiStrings;
}

/** Helpers bound to one locale's table. */
export function useStrings(which: Locale) {
  const table = stringsFor(which);
  return {
    locale: which,
    /** The locale this locale's dates are written in (Intl.DateTimeFormat). */
    dateLocale: dateLocaleOf(which),
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
    /**
     * Some entries of the table as JSON, for a data attribute a page script reads with
     * src/scripts/page-strings.ts: the script gets the table's own words, never a copy of its own.
     */
    payload: (keys: readonly (TextKey | PluralKey)[]): string => JSON.stringify(Object.fromEntries(keys.map((key) => [key, table[key]]))),
  };
}

/** One locale's helpers: what `Astro.locals` carries on every page, and what build-time code is handed. */
export type Strings = ReturnType<typeof useStrings>;
