/**
 * The interface words a page script was handed in a data attribute (made at build time by
 * Strings.payload in src/i18n/index.ts), filled with the same code the build uses. Plurals follow
 * Intl.PluralRules for the page's own `lang`.
 */
import { fill, fillPlural, type PluralForms, type TemplateValues } from '../i18n/format';

/** Words and plural forms by their table key. */
export type PageStrings = Record<string, string | PluralForms>;

/** Reads the JSON of a data attribute; throws, naming `where`, when it is missing. */
export function pageStrings(json: string | undefined, where: string) {
  if (!json) throw new Error(`${where} has no interface words (data attribute missing)`);
  const table = JSON.parse(json) as PageStrings;
  const lang = document.documentElement.lang;
  const entry = (key: string) => {
    const value = table[key];
    if (value === undefined) throw new Error(`${where} was not given the interface text "${key}"`);
    return value;
  };
  return {
    t(key: string, values?: TemplateValues): string {
      const value = entry(key);
      if (typeof value !== 'string') throw new Error(`Interface text "${key}" is a plural: use plural()`);
      return fill(key, value, values);
    },
    plural(key: string, count: number, values?: TemplateValues): string {
      const value = entry(key);
      if (typeof value === 'string') throw new Error(`Interface text "${key}" is not a plural: use t()`);
      return fillPlural(key, value, count, lang, values);
    },
  };
}
