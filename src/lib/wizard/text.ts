/**
 * Fills the placeholders in the guide's words: pronouns in the questions by who the guide is for,
 * legal figures from the one record of them, and named values. Pure. Throws on a placeholder it
 * does not know, so a typo fails the tests and the build instead of reaching a reader.
 */
import { amount, legalFigures, longDate, type LegalFigure } from '../../data/legal-figures';
import type { Answers } from '../../machines/spo-guide';
import type { Voice } from './decide';

/** Whether a question speaks to the reader ("you") or about the person they help ("they"). */
export type Person = 'you' | 'they';

/** "you" when asking for yourself (or not said yet), "they" when supporting someone or asking as a professional. */
export function personFor(answers: Answers): Person {
  return answers.who === 'supporter' || answers.who === 'professional' ? 'they' : 'you';
}

const pronouns: Record<Person, Record<string, string>> = {
  you: { you: 'you', You: 'You', 'you-obj': 'you', your: 'your', Your: 'Your', yourself: 'yourself' },
  they: { you: 'they', You: 'They', 'you-obj': 'them', your: 'their', Your: 'Their', yourself: 'themselves' },
};

/** How each kind of figure placeholder is written. */
const figureKinds: Record<string, (value: string | number) => string> = {
  years: (v) => amount(Number(v), 'year'),
  months: (v) => amount(Number(v), 'month'),
  days: (v) => amount(Number(v), 'day'),
  date: (v) => longDate(String(v)),
};

/** One legal figure in words, e.g. {years:minimumOrderYears} → "two years". */
export function figureText(kind: string, name: string): string {
  const write = figureKinds[kind];
  if (!write) throw new Error(`Unknown placeholder kind "${kind}" in the guide's words`);
  if (!(name in legalFigures)) throw new Error(`Unknown legal figure "${name}" in the guide's words`);
  return write(legalFigures[name as LegalFigure]);
}

const PLACEHOLDER = /\{([A-Za-z-]+)(?::([A-Za-z]+))?\}/g;

/**
 * Replaces {years:figure}-style figures, named values from `extra` and, when `person` is given,
 * {you}-style pronouns. Throws on anything else in braces.
 */
function fill(template: string, person: Person | undefined, extra: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (_match, key: string, arg: string | undefined) => {
    if (arg !== undefined) return figureText(key, arg);
    const pronoun = person === undefined ? undefined : pronouns[person][key];
    if (pronoun !== undefined) return pronoun;
    const value = extra[key];
    if (value !== undefined) return value;
    throw new Error(`Unknown placeholder {${key}} in the guide's words`);
  });
}

/** Fills a question or screen text: pronouns for `person`, figures, and named values. */
export function fillText(template: string, person: Person, extra: Record<string, string> = {}): string {
  return fill(template, person, extra);
}

/** A result text: the same for everyone, or one version per voice. */
export type ResultText = string | Readonly<Record<Voice, string>>;

/** Fills a result text for a voice: figures and named values only (the result never swaps pronouns). */
export function resultText(text: ResultText, voice: Voice, extra: Record<string, string> = {}): string {
  return fill(typeof text === 'string' ? text : text[voice], undefined, extra);
}
