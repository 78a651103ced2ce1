/** What the letter builder's screens share. */
import type { FieldId } from '../../../lib/letters/ids';
import type { MissingAnswer } from '../../../lib/letters/compose';
import type { IslandWords } from '../../../i18n/islands';

/** The builder's interface words, from the interface table (src/i18n): its props, or the words file. */
export type LetterWords = IslandWords<'letters'>;

/** Id of a question's element (the error summary's link moves focus to it). */
export const fieldDomId = (field: FieldId | 'letter') => `letter-field-${field}`;

/** Something to fix before the letter can be made. */
export type Problem = MissingAnswer | { field: 'letter'; message: string };
