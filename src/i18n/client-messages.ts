/**
 * Build time only: the messages a script must compose in the browser (those with arguments, under
 * the islands' and search's prefixes: "Question {number} of {total}", the helpline's open or closed
 * line, "{count} best matches"), compiled by @messageformat/core into plain functions, one small
 * module per group of keys and locale: `/messages/guide.js` for English, `/<segment>/messages/guide.js`
 * for each other published locale (src/pages/messages/[group].js.ts and its copy under [locale]). Its address carries `?v=` and a
 * hash of its text, like the guide's result words. Every other word reaches the islands as props
 * and search as a data attribute, so no word ships twice and no page ships a message parser.
 *
 * The module's default export holds the functions by key; `args` lists each message's arguments,
 * so the browser's side (src/i18n/client-format.ts) can refuse a missing or unused value as the
 * build does (src/i18n/messages.ts).
 */
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module';
import { buildSync } from 'esbuild';
import { stringsFor, type Locale } from './index';
import { dateLocaleOf } from './table';
import { argumentsOf, parseMessage } from './messages';
import { href } from './routing';
import { searchMessageKeys } from '../lib/search/strings';
import { contentVersion } from '../lib/content-version';

/**
 * What composes messages in the browser: the guide (the letter builder in its result too) and search.
 * The letter builder's own page composes none: the words of its one message are known when the page is built.
 */
export const messageGroups = ['guide', 'search'] as const;

/** One of them: each has a module of its own, so a page loads only the messages it composes. */
export type MessageGroup = (typeof messageGroups)[number];

/**
 * The keys of the table whose messages a group composes in the browser: the islands' messages with
 * arguments (`guide.` and `letters.`, not their pages' own `.page.` words; the guide's module holds the
 * letter builder's too, for the builder in its result) and those search-ui.ts composes
 * (src/lib/search/strings.ts). Throws if a search key listed there has no arguments.
 */
export function clientMessageKeys(group: MessageGroup, locale: Locale): string[] {
  const table = stringsFor(locale) as Record<string, string>;
  const hasArguments = (key: string) => argumentsOf(parseMessage(key, table[key]!)).names.size > 0;
  const island = (prefixes: readonly string[]) =>
    Object.keys(table).filter((key) => prefixes.some((p) => key.startsWith(`${p}.`) && !key.startsWith(`${p}.page.`)) && hasArguments(key));
  if (group === 'guide') return island(['guide', 'letters']);
  const plain = searchMessageKeys.filter((key) => !hasArguments(key));
  if (plain.length) throw new Error(`src/lib/search/strings.ts lists messages without arguments as compiled: ${plain.join(', ')}`);
  return [...searchMessageKeys];
}

const made = new Map<string, string>();

/** A group's module text in a locale: compiled, bundled with the library's small runtime, minified. */
export function clientMessagesText(group: MessageGroup, locale: Locale): string {
  const known = made.get(`${group} ${locale}`);
  if (known) return known;
  const table = stringsFor(locale) as Record<string, string>;
  const keys = clientMessageKeys(group, locale);
  const messages = Object.fromEntries(keys.map((key) => [key, table[key]!]));
  const compiled = compileModule(new MessageFormat(dateLocaleOf(locale)), messages);
  if (!/^export default /m.test(compiled)) throw new Error('@messageformat/core compiled a module without a default export: src/i18n/client-messages.ts expects one');
  const args = Object.fromEntries(keys.map((key) => [key, [...argumentsOf(parseMessage(key, table[key]!)).names]]));
  const source = `${compiled.replace(/^export default /m, 'const messages = ')}\nexport default messages;\nexport const args = ${JSON.stringify(args)};\n`;
  const result = buildSync({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js', sourcefile: `messages.${group}.${locale}.js` },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  const text = result.outputFiles[0]!.text;
  made.set(`${group} ${locale}`, text);
  return text;
}

/** A group's module address in a locale, versioned with the first 12 hex digits of the SHA-256 of its text. */
export const clientMessagesHref = (group: MessageGroup, locale: Locale): string =>
  `${href('home', locale)}messages/${group}.js?v=${contentVersion(clientMessagesText(group, locale))}`;
