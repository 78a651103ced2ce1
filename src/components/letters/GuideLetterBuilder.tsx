/**
 * The letter builder inside the step-by-step guide's result, started from the guide's answers
 * (src/lib/letters/from-guide.ts). The guide loads this module with a dynamic import only when a
 * result shows it, so its words, code and styles are not part of the guide's first load.
 *
 * The words are the same file the make-a-letter page validates against the strict schema at
 * build time (src/lib/letters/content.ts); here they only have their numbers filled in, so zod
 * stays out of the browser.
 */
import LetterBuilder from './LetterBuilder';
import rawContent from '../../content/letters/letters.json';
import { deepFill } from '../../lib/letters/fill';
import { letterStartFromGuide } from '../../lib/letters/from-guide';
import type { LettersContent } from '../../schemas/letters';
import type { Answers } from '../../machines/spo-guide';
import './letters.css';

const content = deepFill(rawContent as unknown as LettersContent);

/** The builder for one result: it opens on the letter that fits, with what the guide already knows. */
export default function GuideLetterBuilder({ answers }: { answers: Answers }) {
  const start = letterStartFromGuide(answers);
  return <LetterBuilder content={content} {...(start.letter ? { initialLetter: start.letter } : {})} initial={start.answers} headingLevel={4} />;
}
