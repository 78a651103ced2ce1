/**
 * The words an island gets from the interface table: the keys under its own prefix (`guide.`,
 * `letters.`), without the page's own words (`guide.page.`, `letters.page.`), picked at build time
 * and passed as props. So an island's bundle never carries the table, and its props carry only
 * the words it shows. Islands import the types only.
 */
import { stringsFor, type Locale } from './index';
import type { TextKey } from './schema';

/** The islands that take words from the table, by key prefix. */
type IslandPrefix = 'guide' | 'letters';

/** An island's keys: its prefix's keys, less the page's (`<prefix>.page.…`). */
type IslandKey<P extends IslandPrefix> = Exclude<Extract<TextKey, `${P}.${string}`>, `${P}.page.${string}`>;

/** The words an island is given. */
export type IslandWords<P extends IslandPrefix> = { readonly [K in IslandKey<P>]: string };

/** One locale's words for one island. */
export function islandWords<P extends IslandPrefix>(prefix: P, locale: Locale): IslandWords<P> {
  const keys = Object.entries(stringsFor(locale)).filter(([key]) => key.startsWith(`${prefix}.`) && !key.startsWith(`${prefix}.page.`));
  return Object.fromEntries(keys) as IslandWords<P>;
}
