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
import type { LetterWordsFile } from '../../components/letters/screens/shared';

declare const __SPO_LETTER_WORDS_VERSION__: string | undefined;

/** This build's version of the words files ('' in the unit tests, where nothing is built). */
export const letterWordsVersionHere: string = typeof __SPO_LETTER_WORDS_VERSION__ === 'string' ? __SPO_LETTER_WORDS_VERSION__ : '';

/** The words file's address for the builder whose page is at `builderHref` (in the page's locale), with the build's version. */
export const letterWordsHref = (builderHref: string, version: string = letterWordsVersionHere): string =>
  `${builderHref}words.json${version ? `?v=${version}` : ''}`;

/**
 * The builder's interface words, fetched from the site itself and checked against their schema;
 * rejects, naming the file (and the first wrong field), when they cannot be had or have the wrong shape.
 */
export async function letterWords(href: string, get: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<LetterWordsFile> {
  const [response, { letterWordsSchema, checkShape }] = await Promise.all([get(href), import('./words-check')]);
  if (!response.ok) throw new Error(`The letter builder's words (${href}) could not be loaded: ${response.status}`);
  const checked = checkShape(letterWordsSchema, await response.json());
  if (!checked.ok) throw new Error(`The letter builder's words (${href}) do not match their schema: ${checked.problem}`);
  return checked.value;
}
