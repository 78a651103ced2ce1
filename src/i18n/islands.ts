/**
 * The words an island gets from the interface table: the keys under its own prefix (`guide.`,
 * `letters.`), without the page's own words (`guide.page.`, `letters.page.`), picked at build time
 * and passed as props. So an island's bundle never carries the table, and its props carry only
 * the words it shows. Messages with arguments are not among them: the island composes those with
 * the compiled messages of its locale (src/i18n/client-messages.ts, src/i18n/client-format.ts).
 * Islands import the types only.
 */
import { stringsFor, type Locale } from './index';
import { argumentsOf, parseMessage } from './messages';
import type { TextKey } from './schema';
import type { en } from './en';

/** The islands that take words from the table, by key prefix. */
type IslandPrefix = 'guide' | 'letters';

/** Keys whose message has arguments (as the English table shows): composed by the island, never passed as words. */
type WithArguments = { [K in keyof typeof en]: (typeof en)[K] extends `${string}{${string}` ? K : never }[keyof typeof en];

/** An island's keys: its prefix's keys, less the page's (`<prefix>.page.…`) and those with arguments. */
type IslandKey<P extends IslandPrefix> = Exclude<Extract<TextKey, `${P}.${string}`>, `${P}.page.${string}` | WithArguments>;

/** The words an island is given. */
export type IslandWords<P extends IslandPrefix> = { readonly [K in IslandKey<P>]: string };

/** One locale's words for one island. */
export function islandWords<P extends IslandPrefix>(prefix: P, locale: Locale): IslandWords<P> {
  const keys = Object.entries(stringsFor(locale)).filter(
    ([key, message]) => key.startsWith(`${prefix}.`) && !key.startsWith(`${prefix}.page.`) && argumentsOf(parseMessage(key, message)).names.size === 0,
  );
  return Object.fromEntries(keys) as IslandWords<P>;
}
