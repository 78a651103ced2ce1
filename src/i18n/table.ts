/**
 * The build's locale and its interface table, without the schema (so code that also runs in the
 * browser, such as the legal figures the guide's island uses, does not ship zod). The locale is
 * SPO_LOCALE at build time (en-GB by default; `npm run build:pseudo` sets en-XA), written into the
 * bundles by astro.config.mjs as __SPO_LOCALE__, so the server and page code agree.
 * Build-time code uses src/i18n/index.ts, which checks the table against its schema.
 */
import { en } from './en';
import { pseudoLocalise } from './pseudo';
import type { UiStrings } from './schema';

declare const __SPO_LOCALE__: string | undefined;

/** The locales the site can be built in, each with its table. */
const tables = {
  'en-GB': () => en,
  'en-XA': () => pseudoLocalise(en),
} satisfies Record<string, () => UiStrings>;

/** A locale the site can be built in. */
export type Locale = keyof typeof tables;

/** Every locale the site can be built in. */
export const locales = Object.keys(tables) as Locale[];

/** The locale named by `name` (SPO_LOCALE), or en-GB; throws, listing the choices, for any other. */
export function resolveLocale(name: string | undefined): Locale {
  if (name === undefined || name === '') return 'en-GB';
  if (!(name in tables)) throw new Error(`SPO_LOCALE "${name}" is not a locale of this site (${locales.join(', ')})`);
  return name as Locale;
}

/** The locale of this build: it also gives every page its `lang`. */
export const locale: Locale = resolveLocale(
  typeof __SPO_LOCALE__ === 'string' ? __SPO_LOCALE__ : globalThis.process?.env?.['SPO_LOCALE'],
);

/**
 * The locale each table's dates are written in (Intl.DateTimeFormat): its own, except the
 * pseudo-locale, which keeps British English dates (it tests the interface words, not dates).
 */
const dateLocales = { 'en-GB': 'en-GB', 'en-XA': 'en-GB' } satisfies Record<Locale, string>;

/** The locale this build writes dates in. */
export const dateLocale: string = dateLocales[locale];

/** The table of a locale, as written (unchecked: src/i18n/index.ts checks it). */
export const tableOf = (which: Locale): UiStrings => tables[which]();

/** This build's table. */
export const table: UiStrings = tableOf(locale);

/** A number in words where GOV.UK style would (zero to nine, `number.words`), else in figures. */
export function numberWord(n: number): string {
  const words = table['number.words'];
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n]! : String(n);
}
