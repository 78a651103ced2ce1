/**
 * The interface table's messages are ICU MessageFormat (plural with every CLDR category and exact
 * forms like `=2`, select, plain `{name}` arguments). They are parsed by @messageformat/parser and
 * turned into plain functions by @messageformat/core: at build time for the pages
 * (src/i18n/index.ts), and into a small module per locale for what a script must compose in the
 * browser (src/i18n/client-messages.ts). This file adds what the library leaves to its user:
 * a message must parse, use no ICU quoting (write ’ for an apostrophe), give every plural the
 * forms its locale's plural rules use, and be given exactly the values it names, each one real
 * (never `undefined` or `NaN`), so composed text never shows either.
 */
import MessageFormat from '@messageformat/core';
import { parse, type Token } from '@messageformat/parser';

/** Values a message may take. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** What a message needs: every argument it names, and those that must be numbers (plurals, `{n, number}`). */
export interface MessageArguments {
  names: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}

/** A message's parsed form; throws, naming the key, when it is not valid ICU MessageFormat or uses quoting. */
export function parseMessage(key: string, source: string): Token[] {
  let tokens: Token[];
  try {
    tokens = parse(source, { strict: false });
  } catch (error) {
    throw new Error(`Interface text "${key}" is not a valid ICU message: ${(error as Error).message.split("\n")[0]}`, { cause: error });
  }
  walk(tokens, (token) => {
    // ICU quoting ('{' …) would silently drop braces or apostrophes from the words people see.
    if (token.type === 'content' && token.ctx.text !== token.value)
      throw new Error(`Interface text "${key}" uses ICU quoting near "${token.ctx.text}": write ’ for an apostrophe`);
  });
  return tokens;
}

/** Calls `visit` on every token of a message, cases included. */
function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if ('cases' in token) for (const c of token.cases) walk(c.tokens, visit);
  }
}

/** The arguments a message names. */
export function argumentsOf(tokens: readonly Token[]): MessageArguments {
  const names = new Set<string>();
  const numbers = new Set<string>();
  walk(tokens, (token) => {
    if (token.type === 'content' || token.type === 'octothorpe') return;
    names.add(token.arg);
    if (token.type === 'plural' || token.type === 'selectordinal' || (token.type === 'function' && token.key === 'number')) numbers.add(token.arg);
  });
  return { names, numbers };
}

/** CLDR's order of the plural categories, for messages that list them. */
const cldrOrder = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The problems with a message's plurals in a locale: each plural needs a form for every category
 * the locale's rules use (English: one, other; Welsh: zero, one, two, few, many, other), and no
 * form for a category the rules never choose; exact forms (`=2`) may be added to either.
 */
export function pluralProblems(tokens: readonly Token[], pluralLocale: string): string[] {
  const problems: string[] = [];
  walk(tokens, (token) => {
    if (token.type !== 'plural' && token.type !== 'selectordinal') return;
    const rules = new Intl.PluralRules(pluralLocale, { type: token.type === 'plural' ? 'cardinal' : 'ordinal' });
    const used = rules.resolvedOptions().pluralCategories as string[];
    const needed = cldrOrder.filter((category) => used.includes(category));
    const given = token.cases.map((c) => c.key).filter((k) => !k.startsWith('='));
    const missing = needed.filter((category) => !given.includes(category));
    const unknown = given.filter((category) => !needed.includes(category));
    if (missing.length) problems.push(`{${token.arg}} has no form for ${missing.join(', ')}`);
    if (unknown.length) problems.push(`{${token.arg}} has a form for ${unknown.join(', ')}, which ${pluralLocale} never uses`);
  });
  if (tokens.some((t) => t.type === 'select' && !t.cases.some((c) => c.key === 'other'))) problems.push('a select has no "other" form');
  return problems;
}

/**
 * Checks the values given for a message: every argument it names has a value, numbers are finite
 * numbers, and nothing is given that it does not use. Throws, naming the key and the argument.
 */
export function checkValues(key: string, args: MessageArguments, values: MessageValues): void {
  for (const name of args.names) {
    const value = values[name];
    if (value === undefined) throw new Error(`Interface text "${key}" needs a value for {${name}}`);
    if (args.numbers.has(name) && typeof value !== 'number') throw new Error(`Interface text "${key}" needs a number for {${name}}, not "${value}"`);
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Interface text "${key}" got ${value} for {${name}}`);
  }
  const unused = Object.keys(values).filter((name) => !args.names.has(name));
  if (unused.length) throw new Error(`Interface text "${key}" has no {${unused.join('}, {')}} to fill`);
}

/** One locale's formatter: each message compiled once, then called with checked values. */
export function messageFormatter(pluralLocale: string) {
  const library = new MessageFormat(pluralLocale);
  const compiled = new Map<string, { args: MessageArguments; run: (values: MessageValues) => string }>();
  return (key: string, source: string, values: MessageValues = {}): string => {
    let message = compiled.get(source);
    if (!message) {
      message = { args: argumentsOf(parseMessage(key, source)), run: library.compile(source) as (values: MessageValues) => string };
      compiled.set(source, message);
    }
    checkValues(key, message.args, values);
    return message.run(values);
  };
}
