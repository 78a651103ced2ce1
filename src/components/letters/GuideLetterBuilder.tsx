/**
 * The letter builder inside the step-by-step guide's result, started from the guide's answers
 * (src/lib/letters/from-guide.ts), folded away until the visitor opens it. The guide loads this
 * module with a dynamic import only when a result shows it, so its code and styles are not part of
 * the guide's first load.
 *
 * Its words come as two files in the page's language, fetched with this code and checked against
 * their schemas (src/lib/letters/words-file.ts): the builder's interface words (words.json, from the
 * interface table) and the letters' own words (letters.json, validated at build time with the services
 * record's numbers written in, as the builder's own page has them). So neither zod's build-time work
 * nor the services record, nor any language but the page's, comes into the browser.
 */
import LetterBuilder, { type LetterWords } from './LetterBuilder';
import type { Format } from '../../i18n/client-format';
import { letterStartFromGuide } from '../../lib/letters/from-guide';
import type { LettersContent } from '../../schemas/letters';
import type { Answers } from '../../machines/guide';

/** The builder's words and the letters' words: fetched, versioned and checked against their schemas (src/lib/letters/words-file.ts). */
export { letterContent, letterContentHref, letterWords, letterWordsHref } from '../../lib/letters/words-file';

export interface GuideLetterBuilderProps {
  /** The guide's answers, from its machine's memory. */
  answers: Answers;
  /** The letters' own words, in the page's language. */
  content: LettersContent;
  /** The builder's interface words, from the interface table. */
  words: LetterWords;
  /** The guide's compiled messages, for the result's headings ("Your letter: …"). */
  format: Format;
  /** The words of the control that opens the builder (the result's letter action). */
  label: string;
}

/**
 * The builder for one result, behind a disclosure so the result stays short on a phone: opened,
 * it shows the letter that fits, with what the guide already knows.
 */
export default function GuideLetterBuilder({ answers, content, label, words, format }: GuideLetterBuilderProps) {
  const start = letterStartFromGuide(answers);
  // The result's heading for each letter, from the guide's compiled messages (the same table message).
  const resultHeadings = Object.fromEntries(
    (Object.keys(content.letters) as (keyof LettersContent['letters'])[]).map((id) => [id, format('letters.resultHeading', { title: content.letters[id].title })]),
  ) as Record<keyof LettersContent['letters'], string>;
  return (
    <details class="letters-disclosure">
      <summary class="letters-disclosure__summary" data-content>
        {label}
      </summary>
      <LetterBuilder content={content} words={words} resultHeadings={resultHeadings} {...(start.letter ? { initialLetter: start.letter } : {})} initial={start.answers} headingLevel={4} />
    </details>
  );
}
