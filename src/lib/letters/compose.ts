/**
 * Builds a letter's text from the visitor's answers. Pure: no DOM, no storage, no clock.
 *
 * A letter is a list of paragraphs ("blocks") in the content file. A block is used only when
 * every question it names as a {placeholder} is answered, none of its `unless` questions is,
 * and its `when` choice matches. So an unanswered optional question simply leaves its
 * paragraph out: the text never shows "undefined", an empty label or a bare {id}.
 * Answers are written in exactly as typed (trimmed), in one pass over the template, so a
 * visitor's own braces are never read as placeholders.
 */
import { choiceFieldIds, listFieldIds, optionIds, PLACEHOLDER, placeholdersIn, textFieldIds, type FieldId, type LetterAnswers, type LetterId } from './ids';
import type { LettersContent } from '../../schemas/letters';

/** The words a printable template adds to a choice ("circle one") and a list ("tick any that apply"). */
export interface BlankMarks {
  tickOne: string;
  tickAny: string;
}

/** What a blank on a printable template looks like. */
export const BLANK = '______________________';


const isText = (f: string): f is (typeof textFieldIds)[number] => (textFieldIds as readonly string[]).includes(f);
const isChoice = (f: string): f is (typeof choiceFieldIds)[number] => (choiceFieldIds as readonly string[]).includes(f);
const isList = (f: string): f is (typeof listFieldIds)[number] => (listFieldIds as readonly string[]).includes(f);

/** A typed answer with Windows line endings and outer spaces removed; '' when there is none. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
}

/** The options chosen for a list question, in the content's order, ignoring unknown ids. */
function chosenOptions(answers: LetterAnswers, field: (typeof listFieldIds)[number]): string[] {
  const picked = answers[field];
  if (!Array.isArray(picked)) return [];
  return optionIds[field].filter((id) => (picked as string[]).includes(id));
}

/** The chosen option of a choice question, or undefined when none (or an unknown one) is chosen. */
function chosenOption(answers: LetterAnswers, field: (typeof choiceFieldIds)[number]): string | undefined {
  const value = answers[field];
  return typeof value === 'string' && (optionIds[field] as readonly string[]).includes(value) ? value : undefined;
}

/**
 * Whether typed text holds something a reader can see: a letter, a digit, a punctuation mark or a
 * symbol. Spaces alone, or invisible characters alone (a zero-width space, a joiner, a soft hyphen),
 * are not an answer.
 */
export function hasVisibleText(value: string): boolean {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(value);
}

/** Whether a question has an answer the letter can use. */
export function isAnswered(answers: LetterAnswers, field: FieldId): boolean {
  if (isText(field)) return hasVisibleText(cleanText(answers[field]));
  if (isChoice(field)) return chosenOption(answers, field) !== undefined;
  if (isList(field)) return chosenOptions(answers, field).length > 0;
  return false;
}

/** One required question left unanswered, with the message to show. */
export interface MissingAnswer {
  field: FieldId;
  message: string;
}

/** The letter's required questions that have no answer, in the order asked. */
export function missingAnswers(content: LettersContent, letter: LetterId, answers: LetterAnswers): MissingAnswer[] {
  return content.letters[letter].questions
    .filter((q) => q.required && !isAnswered(answers, q.field))
    .map((q) => ({ field: q.field, message: content.fields[q.field].missing }));
}

/** How a placeholder is written in. */
type Fill = (field: FieldId) => string;

function render(content: LettersContent, letter: LetterId, include: (block: LettersContent['letters'][LetterId]['blocks'][number]) => boolean, fill: Fill): string {
  return content.letters[letter].blocks
    .filter(include)
    .map((b) => b.text.replace(PLACEHOLDER, (_m, id: string) => fill(id as FieldId)))
    .join('\n\n');
}

/**
 * The letter, from the answers given, under its date line when a `date` is given (see letterDate).
 * Call it only once `missingAnswers` is empty; a missing required answer just leaves its paragraph
 * out here too, it never writes a gap.
 */
export function composeLetter(content: LettersContent, letter: LetterId, answers: LetterAnswers, date?: string): string {
  const asked = new Set(content.letters[letter].questions.map((q) => q.field));
  const has = (f: FieldId) => asked.has(f) && isAnswered(answers, f);
  const body = render(
    content,
    letter,
    (b) =>
      placeholdersIn(b.text).every((f) => has(f as FieldId)) &&
      !(b.unless ?? []).some(has) &&
      (!b.when || (has(b.when.field) && b.when.options.includes(chosenOption(answers, b.when.field)!))),
    (field) => {
      if (isText(field)) return cleanText(answers[field]);
      if (isChoice(field)) {
        const options = content.fields[field].options as Record<string, { text: string }>;
        return options[chosenOption(answers, field)!]!.text;
      }
      if (isList(field)) {
        const options = content.fields[field].options as Record<string, { text: string }>;
        return chosenOptions(answers, field)
          .map((id) => `- ${options[id]!.text}`)
          .join('\n');
      }
      throw new Error(`Unknown question "${field}"`);
    },
  );
  return date ? `${date}\n\n${body}` : body;
}

/**
 * A date written as a letter's date line: long form ("7 December 2026", "7 Rhagfyr 2026"), on the
 * visitor's own calendar day. The caller passes the clock's date, the page's date locale and the
 * interface table's month names (letters.months: twelve, comma-separated). With the names, the line is
 * day, month, year, as British and Welsh letters write it, whatever the browser's Intl knows: Chromium's
 * has no Welsh, and wrote "December 7, 2026" on a Welsh page. Without twelve names, the locale's own
 * long date from Intl.
 */
export function letterDate(now: Date, locale: string, months?: string): string {
  const names = (months ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 12) return `${now.getDate()} ${names[now.getMonth()]} ${now.getFullYear()}`;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(now);
}

/**
 * The printable template with blanks, for use without JavaScript: every paragraph that names a
 * question is shown with a line to write on, fallbacks are left out, choices show their options
 * to circle and lists their options to tick. A paragraph that depends on a choice is shown only
 * when it is true whichever option is circled. `fixed` picks one option of a choice question
 * (the review letter has one template per route). `marks` are the interface table's words for
 * "circle one" and "tick any that apply" (letters.page.blankTickOne, letters.page.blankTickAny).
 */
export function composeBlankLetter(
  content: LettersContent,
  letter: LetterId,
  marks: BlankMarks,
  fixed: Partial<Record<(typeof choiceFieldIds)[number], string>> = {},
): string {
  return render(
    content,
    letter,
    (b) => {
      if (b.unless) return false;
      if (!b.when) return true;
      const chosen = fixed[b.when.field];
      // Unfixed: show a conditional paragraph only when it holds whatever is circled.
      return chosen === undefined ? optionIds[b.when.field].every((o) => b.when!.options.includes(o)) : b.when.options.includes(chosen);
    },
    (field) => {
      if (isText(field)) return BLANK;
      const options = content.fields[field as (typeof choiceFieldIds)[number]].options as Record<string, { text: string }>;
      if (isChoice(field)) {
        const chosen = fixed[field];
        if (chosen) return options[chosen]!.text;
        return `${Object.values(options)
          .map((o) => o.text)
          .join(' / ')} (${marks.tickOne})`;
      }
      return [`(${marks.tickAny})`, ...Object.values(options).map((o) => `[ ] ${o.text}`)].join('\n');
    },
  );
}
