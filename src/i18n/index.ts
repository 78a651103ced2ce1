/**
 * The interface words of one locale, for Astro components and build-time code. A page's locale
 * comes from its address: the middleware (src/middleware.ts) puts that locale's helpers on
 * `Astro.locals` (`const { t, plural } = Astro.locals;`), and build-time code is handed them
 * (`Strings`). There is no build-wide locale. Page scripts never import this module: components
 * hand them the words they need in data attributes (see ExitThisPage.astro, the search components).
 */
import { dateLocaleOf, tableOf, type Locale } from './table';
import { uiSchema, type TextKey, type UiStrings } from './schema';
import { argumentsOf, messageFormatter, parseMessage, pluralProblems, type MessageValues } from './messages';

export { isLocale, locales, type Locale } from './table';

const checked = new Map<Locale, UiStrings>();

/** The arguments each English message names: every locale's message must name the same. */
const sourceArguments = new Map<string, string>();
const argumentList = (key: string, message: string): string => [...argumentsOf(parseMessage(key, message)).names].sort().join(', ');

/**
 * The table of one locale, checked: against the schema (a missing or extra key throws, naming it),
 * and each message as ICU MessageFormat (it parses, gives every plural the forms the locale's plural
 * rules use, and names the same arguments as the English message). Every problem is listed at once.
 */
export function stringsFor(which: Locale): UiStrings {
  const known = checked.get(which);
  if (known) return known;
  const result = uiSchema.safeParse(tableOf(which));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(table)'}: ${i.message}`).join('; ');
    throw new Error(`The interface table for ${which} does not match src/i18n/schema.ts: ${problems}`);
  }
  const table = result.data as UiStrings;
  if (sourceArguments.size === 0) for (const [key, message] of Object.entries(tableOf('en-GB'))) sourceArguments.set(key, argumentList(key, message));
  const problems: string[] = [];
  for (const [key, message] of Object.entries(table)) {
    try {
      const tokens = parseMessage(key, message);
      for (const problem of pluralProblems(tokens, dateLocaleOf(which))) problems.push(`${key}: ${problem}`);
      const names = argumentList(key, message);
      if (names !== sourceArguments.get(key)) problems.push(`${key}: names {${names}}, but the English message names {${sourceArguments.get(key)}}`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length) throw new Error(`The interface table for ${which} has messages that cannot be used: ${problems.join('; ')}`);
  checked.set(which, table);
  return table;
}

/** Helpers bound to one locale's table. */
export function useStrings(which: Locale) {
  const table = stringsFor(which);
  const format = messageFormatter(dateLocaleOf(which));
  const t = (key: TextKey, values?: MessageValues): string => format(key, table[key], values);
  return {
    locale: which,
    /** The locale this locale's dates and numbers are written in (Intl), and whose plural rules its messages use. */
    dateLocale: dateLocaleOf(which),
    /** A message, formatted with its values (src/i18n/messages.ts checks them). */
    t,
    /** A message whose words depend on a number, `{count}`, formatted. */
    plural: (key: TextKey, count: number, values: MessageValues = {}): string => t(key, { ...values, count }),
    /** A message as written, for src/components/Trans.astro and a page script to format. */
    raw: (key: TextKey): string => table[key],
    /**
     * Some messages as JSON, for a data attribute a page script reads: the script gets the
     * table's own words, never a copy of its own. Only messages without arguments: those with
     * arguments reach scripts compiled (src/i18n/client-messages.ts).
     */
    payload: (keys: readonly TextKey[]): string =>
      JSON.stringify(
        Object.fromEntries(
          keys.map((key) => {
            if (argumentsOf(parseMessage(key, table[key])).names.size) throw new Error(`Interface text "${key}" has arguments: a script gets it compiled, not as words`);
            return [key, table[key]];
          }),
        ),
      ),
  };
}

/** One locale's helpers: what `Astro.locals` carries on every page, and what build-time code is handed. */
export type Strings = ReturnType<typeof useStrings>;
