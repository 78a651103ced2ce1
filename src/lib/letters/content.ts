/**
 * Loads the letter builder's words at build time: validates them against the strict schema,
 * then writes in phone numbers from the services record and figures from the data files
 * (src/lib/letters/fill.ts), so no number is typed into the words.
 */
import { getService, type SupportServiceId } from '../../data/support-services';
import { lettersContentSchema, type LettersContent } from '../../schemas/letters';
import { deepFill, fillTokens as fillWith, type PhoneFor } from './fill';

/** A phone number from the services record; throws on an unknown service id. */
const recordPhone: PhoneFor = (id) => getService(id as SupportServiceId).phone?.display;

/** Replaces every {phone:…} and {figure:…} in one string; throws on an unknown id. */
export function fillTokens(text: string): string {
  return fillWith(text, recordPhone);
}

/** Validated words with numbers filled in. Throws (failing the build) when anything is wrong or missing. */
export function loadLettersContent(raw: unknown): LettersContent {
  return deepFill(lettersContentSchema.parse(raw), recordPhone);
}
