/**
 * Loads the letter builder's words at build time: validates them against the strict schema,
 * then writes in phone numbers and figures (src/lib/letters/fill.ts), so no number is typed into
 * the words.
 */
import { lettersContentSchema, type LettersContent } from '../../schemas/letters';
import { deepFill } from './fill';

export { fillTokens } from './fill';

/** Validated words with numbers filled in. Throws (failing the build) when anything is wrong or missing. */
export function loadLettersContent(raw: unknown): LettersContent {
  return deepFill(lettersContentSchema.parse(raw));
}
