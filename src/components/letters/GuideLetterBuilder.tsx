/**
 * The letter builder inside the step-by-step guide's result, started from the guide's answers
 * (src/lib/letters/from-guide.ts). The guide loads this module with a dynamic import only when a
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
import './letters.css';

/** The words with numbers filled from the services the guide shows (the same services record). */
function contentFor(phones: Readonly<Record<string, string>>): LettersContent {
  return deepFill(rawContent as unknown as LettersContent, (id) => phones[id]);
}

/** The builder for one result: it opens on the letter that fits, with what the guide already knows. */
export default function GuideLetterBuilder({ answers, phones }: { answers: Answers; phones: Readonly<Record<string, string>> }) {
  const [content] = useState(() => contentFor(phones));
  const start = letterStartFromGuide(answers);
  return <LetterBuilder content={content} {...(start.letter ? { initialLetter: start.letter } : {})} initial={start.answers} headingLevel={4} />;
}
