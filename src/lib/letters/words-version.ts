/**
 * Build time only: the letter builder's interface words as the file the builder in the guide's
 * result fetches (src/pages/make-a-letter/words.json.ts writes exactly this text), and that file's
 * versioned address, `?v=` and the first 12 hex digits of the text's SHA-256. The guide's page
 * gives the address to its island (src/lib/letters/words-file.ts), so new code never meets an old file.
 */
import { createHash } from 'node:crypto';
import { islandWords } from '../../i18n/islands';
import { LETTER_WORDS_PATH } from './words-file';

/** The file's text. */
export const letterWordsText = (words: object = islandWords('letters')): string => JSON.stringify(words);

/** The file's address with its content's version. */
export const versionedLetterWordsHref = (text: string = letterWordsText()): string =>
  `${LETTER_WORDS_PATH}?v=${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
