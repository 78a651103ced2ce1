/**
 * How the letter builder inside the step-by-step guide's result gets its interface words: fetched
 * as a file (/make-a-letter/words.json, src/pages/make-a-letter/words.json.ts), so they are not in
 * the guide page's HTML, and checked against their schema (src/schemas/letters-words.ts) before
 * use. The schema, and zod with it, load in a chunk of their own with the builder, never with a page.
 *
 * The address carries the words' version (`?v=` and a hash of the file's content, worked out at
 * build time by ./words-version.ts and written into this code by astro.config.mjs as
 * __SPO_LETTER_WORDS_HREF__), so a cached old file never meets new code: a change to the words
 * changes this code's chunk, and its hashed name, too.
 */
import type { LetterWords } from '../../components/letters/screens/shared';

/** The file's address without a version (the unit tests, where nothing is built). */
export const LETTER_WORDS_PATH = '/make-a-letter/words.json';

declare const __SPO_LETTER_WORDS_HREF__: string | undefined;

/** The address the words are fetched from: this build's versioned one. */
export const letterWordsHref: string = typeof __SPO_LETTER_WORDS_HREF__ === 'string' ? __SPO_LETTER_WORDS_HREF__ : LETTER_WORDS_PATH;

/**
 * The builder's interface words, fetched from the site itself and checked against their schema;
 * rejects, naming the file (and the first wrong field), when they cannot be had or have the wrong shape.
 */
export async function letterWords(get: (url: string) => Promise<Response> = (url) => fetch(url), href: string = letterWordsHref): Promise<LetterWords> {
  const [response, { letterWordsSchema, checkShape }] = await Promise.all([get(href), import('./words-check')]);
  if (!response.ok) throw new Error(`The letter builder's words (${href}) could not be loaded: ${response.status}`);
  const checked = checkShape(letterWordsSchema, await response.json());
  if (!checked.ok) throw new Error(`The letter builder's words (${href}) do not match their schema: ${checked.problem}`);
  return checked.value;
}
