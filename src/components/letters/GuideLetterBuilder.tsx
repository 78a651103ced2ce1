/**
 * The letter builder inside the step-by-step guide's result, started from the guide's answers
 * (src/lib/letters/from-guide.ts), folded away until the visitor opens it. The guide loads this module with a dynamic import only when a
 * result shows it, so its words, code and styles are not part of the guide's first load.
 *
 * The words are the same file the make-a-letter page validates against the strict schema at
 * build time (src/lib/letters/content.ts); here they only have their numbers filled in, phone
 * numbers from the services the guide was given, so neither zod nor the whole services record
 * comes into the browser.
 */
import { useState } from 'preact/hooks';
import LetterBuilder from './LetterBuilder';
import rawContent from '../../content/letters/letters.json';
import { deepFill } from '../../lib/letters/fill';
import { letterStartFromGuide } from '../../lib/letters/from-guide';
import type { LettersContent } from '../../schemas/letters';
import type { Answers } from '../../machines/spo-guide';

/** The words with numbers filled from the services the guide shows (the same services record). */
function contentFor(phones: Readonly<Record<string, string>>): LettersContent {
  return deepFill(rawContent as unknown as LettersContent, (id) => phones[id]);
}

export interface GuideLetterBuilderProps {
  /** The guide's answers, from its machine's memory. */
  answers: Answers;
  /** Phone numbers by service id, from the services the guide shows. */
  phones: Readonly<Record<string, string>>;
  /** The words of the control that opens the builder (the result's letter action). */
  label: string;
}

/**
 * The builder for one result, behind a disclosure so the result stays short on a phone: opened,
 * it shows the letter that fits, with what the guide already knows.
 */
export default function GuideLetterBuilder({ answers, phones, label }: GuideLetterBuilderProps) {
  const [content] = useState(() => contentFor(phones));
  const start = letterStartFromGuide(answers);
  return (
    <details class="letters-disclosure">
      <summary class="letters-disclosure__summary">{label}</summary>
      <LetterBuilder content={content} {...(start.letter ? { initialLetter: start.letter } : {})} initial={start.answers} headingLevel={4} />
    </details>
  );
}
