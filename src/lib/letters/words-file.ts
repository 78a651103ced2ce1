/**
 * How the letter builder inside the step-by-step guide's result gets its interface words: fetched
 * as a file (words.json beside the builder's own page in the page's locale: /make-a-letter/words.json,
 * /en-xa/make-a-letter/words.json), so they are not in the guide page's HTML, and checked against
 * their schema (src/schemas/letters-words.ts) before use. The schema, and zod with it, load in a chunk
 * of their own with the builder, never with a page.
 *
 * The address carries the words' version (`?v=` and a hash of the files' content, worked out at
 * build time by ./words-version.ts and written into this code by astro.config.mjs as
 * __SPO_LETTER_WORDS_VERSION__), so a cached old file never meets new code: a change to the words
 * changes this code's chunk, and its hashed name, too.
 */
import type { LetterWords } from '../../components/letters/screens/shared';
import type { LettersContent } from '../../schemas/letters';

declare const __SPO_LETTER_WORDS_VERSION__: string | undefined;

/** This build's version of the words files ('' in the unit tests, where nothing is built). */
export const letterWordsVersionHere: string = typeof __SPO_LETTER_WORDS_VERSION__ === 'string' ? __SPO_LETTER_WORDS_VERSION__ : '';

/** The words file's address for the builder whose page is at `builderHref` (in the page's locale), with the build's version. */
export const letterWordsHref = (builderHref: string, version: string = letterWordsVersionHere): string =>
  `${builderHref}words.json${version ? `?v=${version}` : ''}`;

/** The letters file's address (the letters' own words in the page's language) beside the words file, with the same version. */
export const letterContentHref = (builderHref: string, version: string = letterWordsVersionHere): string =>
  `${builderHref}letters.json${version ? `?v=${version}` : ''}`;

type Checks = typeof import('./words-check');

/** A file from the site, checked against one of the words-check chunk's schemas; rejects naming the file and the first wrong field. */
async function fetchChecked<T>(what: string, href: string, schemaOf: (checks: Checks) => Parameters<Checks['checkShape']>[0], get: (url: string) => Promise<Response>): Promise<T> {
  const [response, checks] = await Promise.all([get(href), import('./words-check')]);
  if (!response.ok) throw new Error(`The letter builder's ${what} (${href}) could not be loaded: ${response.status}`);
  const checked = checks.checkShape(schemaOf(checks), await response.json());
  if (!checked.ok) throw new Error(`The letter builder's ${what} (${href}) do not match their schema: ${checked.problem}`);
  return checked.value as T;
}

/**
 * The builder's interface words, fetched from the site itself and checked against their schema;
 * rejects, naming the file (and the first wrong field), when they cannot be had or have the wrong shape.
 */
export function letterWords(href: string, get: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<LetterWords> {
  return fetchChecked('words', href, (c) => c.letterWordsSchema, get);
}

/** The letters' own words in the page's language, fetched and checked the same way. */
export function letterContent(href: string, get: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<LettersContent> {
  return fetchChecked('letters', href, (c) => c.lettersContentSchema, get);
}
