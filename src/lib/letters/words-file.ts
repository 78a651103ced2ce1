/**
 * How the letter builder inside the step-by-step guide's result gets its interface words: fetched
 * as a file (/make-a-letter/words.json, src/pages/make-a-letter/words.json.ts), so they are not in
 * the guide page's HTML, and checked against their schema (src/schemas/letters-words.ts) before
 * use. The schema, and zod with it, load in a chunk of their own with the builder, never with a page.
 *
 * The address carries the words' version (`?v=` and a hash of the file's content, worked out at
 * build time: ./words-version.ts), given by the guide's page to the island and set here when the
 * island starts, so a cached old file never meets new code.
 */
import type { LetterWords } from '../../components/letters/screens/shared';

/** The file's address without a version: only until the guide's island sets the versioned one. */
export const LETTER_WORDS_PATH = '/make-a-letter/words.json';

let wordsHref: string = LETTER_WORDS_PATH;

/** Sets the versioned address (the guide's island does, from its props). */
export function setLetterWordsHref(href: string): void {
  wordsHref = href;
}

/** The address the words are fetched from. */
export const letterWordsHref = (): string => wordsHref;

/**
 * The builder's interface words, fetched from the site itself and checked against their schema;
 * rejects, naming the file (and the first wrong field), when they cannot be had or have the wrong shape.
 */
export async function letterWords(get: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<LetterWords> {
  const href = wordsHref;
  const [response, { letterWordsSchema, checkShape }] = await Promise.all([get(href), import('./browser-schemas')]);
  if (!response.ok) throw new Error(`The letter builder's words (${href}) could not be loaded: ${response.status}`);
  return checkShape(letterWordsSchema, await response.json(), `The letter builder's words (${href})`);
}
