/**
 * The site's locales and their interface tables, without the schema (so code that also runs in the
 * browser does not ship zod). Which locale a page is in comes from its address (src/i18n/routing.ts),
 * never from the build: one build holds every configured locale. Build-time code uses
 * src/i18n/index.ts, which checks each table against its schema.
 */
import { cy } from './cy';
import { en } from './en';
import { pseudoLocalise } from './pseudo';
import type { UiStrings } from './schema';

/** The locales the site has, each with its table. */
const tables = {
  'en-GB': () => en,
  'en-XA': () => pseudoLocalise(en),
  cy: () => cy,
} satisfies Record<string, () => UiStrings>;

/** A locale of the site. */
export type Locale = keyof typeof tables;

/** Every locale of the site (the production build publishes those in src/i18n/routing.ts). */
export const locales = Object.keys(tables) as Locale[];

/** True when `name` is a locale of the site. */
export const isLocale = (name: string): name is Locale => name in tables;

/**
 * The locale each table's dates are written in (Intl.DateTimeFormat): its own, except the
 * pseudo-locale, which keeps British English dates (it tests the interface words, not dates).
 */
const dateLocales = { 'en-GB': 'en-GB', 'en-XA': 'en-GB', cy: 'cy' } satisfies Record<Locale, string>;

/** The locale a page in `which` writes dates in. */
export const dateLocaleOf = (which: Locale): string => dateLocales[which];

/** The table of a locale, as written (unchecked: src/i18n/index.ts checks it). */
export const tableOf = (which: Locale): UiStrings => tables[which]();
