/**
 * The letter builder inside the step-by-step guide's result, started from the guide's answers
 * (src/lib/letters/from-guide.ts), folded away until the visitor opens it. The guide loads this module with a dynamic import only when a
 * result shows it, so its words, code and styles are not part of the guide's first load.
 *
 * The letters' words are the same file the make-a-letter page validates against the strict schema
 * at build time (src/lib/letters/content.ts); here they only have their numbers filled in, phone
 * numbers from the services the guide was given, so neither zod nor the whole services record
 * comes into the browser. The builder's interface words come from the interface table: the build
 * writes them to a file (src/pages/make-a-letter/words.json.ts), fetched with this code, so they
 * are not in the guide page's HTML (src/lib/letters/words-file.ts).
 */
import { useState } from 'preact/hooks';
import LetterBuilder, { type LetterWordsFile } from './LetterBuilder';
import type { Format } from '../../i18n/client-format';
import rawContent from '../../content/letters/letters.json';
import { deepFill } from '../../lib/letters/fill';
import { letterStartFromGuide } from '../../lib/letters/from-guide';
import type { LettersContent } from '../../schemas/letters';
import type { Answers } from '../../machines/guide';
import type { PhoneOf } from '../../lib/guide/phones';

/** The words with numbers filled from the services the guide shows (the same services record). */
function contentFor(phoneOf: PhoneOf): LettersContent {
  return deepFill(rawContent as unknown as LettersContent, phoneOf);
}

/** The builder's interface words: fetched, versioned and checked against their schema (src/lib/letters/words-file.ts). */
export { letterWords, letterWordsHref } from '../../lib/letters/words-file';

export interface GuideLetterBuilderProps {
  /** The guide's answers, from its machine's memory. */
  answers: Answers;
  /** Phone numbers by service id, from the services the guide shows. */
  phoneOf: PhoneOf;
  /** The builder's interface words, from the interface table. */
  words: LetterWordsFile;
  /** The guide's formatter, for the builder's messages with arguments (the same compiled messages). */
  format: Format;
  /** The words of the control that opens the builder (the result's letter action). */
  label: string;
}

/**
 * The builder for one result, behind a disclosure so the result stays short on a phone: opened,
 * it shows the letter that fits, with what the guide already knows.
 */
export default function GuideLetterBuilder({ answers, phoneOf, label, words, format }: GuideLetterBuilderProps) {
  const [content] = useState(() => contentFor(phoneOf));
  const start = letterStartFromGuide(answers);
  return (
    <details class="letters-disclosure">
      <summary class="letters-disclosure__summary" data-content>
        {label}
      </summary>
      <LetterBuilder content={content} words={words} format={format} {...(start.letter ? { initialLetter: start.letter } : {})} initial={start.answers} headingLevel={4} />
    </details>
  );
}
