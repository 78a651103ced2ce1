/**
 * Fills the placeholders in the guide's words: the version of a question for who the guide is for,
 * legal figures in words (worked out at build time, see ./figures.ts) and named values. Pure, with
 * no imports, so the island carries neither the legal figures nor the interface table. Throws on a
 * placeholder it does not know, so a typo fails the tests and the build instead of reaching a reader.
 */
import type { Answers } from '../../machines/guide';
import type { Voice } from './result-ids';

/** Whether a question speaks to the reader ("you") or about the person they help ("they"). */
export const personIds = ['you', 'they'] as const;
export type Person = (typeof personIds)[number];

/** "you" when asking for yourself (or not said yet), "they" when supporting someone or asking as a professional. */
export function personFor(answers: Answers): Person {
  return answers.who === 'supporter' || answers.who === 'professional' ? 'they' : 'you';
}

/**
 * A question or screen text: the same for everyone, or written once for each person. Whole
 * sentences per person, not swapped pronouns: in Welsh, for one, the words around a pronoun change
 * with it (mutations, inflected verbs and prepositions), so only a whole sentence can be translated.
 */
export type QuestionText = string | Readonly<Record<Person, string>>;

/** A result text: the same for everyone, or one version per voice. */
export type ResultText = string | Readonly<Record<Voice, string>>;

/**
 * Legal figures in words for the {kind:figure} placeholders ({years:minimumOrderYears} → "two
 * years"), keyed "kind:figure". Made at build time from the figures record and the interface table.
 */
export type FigureWords = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{([A-Za-z-]+)(?::([A-Za-z]+))?\}/g;

/** Replaces {years:figure}-style figures from `figures` and named values from `extra`; throws on anything else in braces. */
function fill(template: string, figures: FigureWords, extra: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (match, key: string, arg: string | undefined) => {
    if (arg !== undefined) {
      const words = figures[`${key}:${arg}`];
      if (words === undefined) throw new Error(`Unknown legal figure ${match} in the guide's words`);
      return words;
    }
    const value = extra[key];
    if (value !== undefined) return value;
    throw new Error(`Unknown placeholder {${key}} in the guide's words`);
  });
}

const none: FigureWords = {};

/** Fills a question or screen text for `person`: its version for them, and named values. */
export function fillText(text: QuestionText, person: Person, extra: Record<string, string> = {}): string {
  return fill(typeof text === 'string' ? text : text[person], none, extra);
}

/** Fills a result text for a voice: its version for the voice, figures and named values. */
export function resultText(text: ResultText, voice: Voice, figures: FigureWords, extra: Record<string, string> = {}): string {
  return fill(typeof text === 'string' ? text : text[voice], figures, extra);
}
