/**
 * The letter builder's interface words as the builder inside the guide's result fetches them
 * (/make-a-letter/words.json, written by src/pages/make-a-letter/words.json.ts from the interface
 * table's `letters.` keys). What arrives is checked against this schema before the builder uses it,
 * so a cached or altered file of the wrong shape never reaches the builder. The key list is held to
 * the table's by test/unit/letters-words-file.test.ts (and to the builder's type here).
 */
import { z } from 'astro/zod';
import type { IslandWords } from '../i18n/islands';

/** Every key of the builder's words, in the table's order. */
export const letterWordKeys = [
  'letters.chooseLegend',
  'letters.chooseHint',
  'letters.chooseMissing',
  'letters.optional',
  'letters.make',
  'letters.errorSummaryTitle',
  'letters.errorPrefix',
  'letters.resultIntro',
  'letters.editLabel',
  'letters.editHint',
  'letters.print',
  'letters.printNote',
  'letters.copy',
  'letters.copyWarningTitle',
  'letters.copyWarning',
  'letters.copyConfirm',
  'letters.copyCancel',
  'letters.copied',
  'letters.copyFailed',
  'letters.change',
  'letters.startAgain',
  'letters.privacy',
  'letters.months',
] as const satisfies readonly (keyof IslandWords<'letters'>)[];

/** A key of the builder's words the list above leaves out is a type error here. */
type Missing = Exclude<keyof IslandWords<'letters'>, (typeof letterWordKeys)[number]>;
const complete: [Missing] extends [never] ? true : Missing = true;
void complete;

/** Exactly the builder's keys, each a word that is not empty. */
export const letterWordsSchema = z
  .object(Object.fromEntries(letterWordKeys.map((k) => [k, z.string().min(1)])) as Record<(typeof letterWordKeys)[number], z.ZodString>)
  .strict();
