/**
 * Fills the placeholders in the guide's words: pronouns by who the guide is for,
 * and legal figures from the one record of them. Pure.
 */
import { amount, legalFigures, longDate, type LegalFigure } from '../../data/legal-figures';
import type { Answers } from '../../machines/spo-guide';

/** Whether the text speaks to the reader ("you") or about the person they help ("they"). */
export type Voice = 'you' | 'they';

/** "you" when asking for yourself (or not said yet), "they" when supporting someone or asking as a professional. */
export function voiceFor(answers: Answers): Voice {
  return answers.who === 'supporter' || answers.who === 'professional' ? 'they' : 'you';
}

const pronouns: Record<Voice, Record<string, string>> = {
  you: { you: 'you', You: 'You', 'you-obj': 'you', your: 'your', Your: 'Your', yourself: 'yourself' },
  they: { you: 'they', You: 'They', 'you-obj': 'them', your: 'their', Your: 'Their', yourself: 'themselves' },
};

function figure(name: string): string | number {
  if (!(name in legalFigures)) throw new Error(`Unknown legal figure "${name}" in the guide's words`);
  return legalFigures[name as LegalFigure];
}

function figureText(kind: string, name: string): string {
  const value = figure(name);
  switch (kind) {
    case 'years':
      return amount(Number(value), 'year');
    case 'months':
      return amount(Number(value), 'month');
    case 'days':
      return amount(Number(value), 'day');
    case 'date':
      return longDate(String(value));
    default:
      throw new Error(`Unknown placeholder kind "${kind}"`);
  }
}

/**
 * Replaces {you}-style pronoun placeholders, {years:figure}-style figures and any
 * extra named values. Throws on a placeholder it does not know, so a typo fails the tests.
 */
export function fillText(template: string, voice: Voice, extra: Record<string, string> = {}): string {
  return template.replace(/\{([A-Za-z-]+)(?::([A-Za-z]+))?\}/g, (_match, key: string, arg: string | undefined) => {
    if (arg !== undefined) return figureText(key, arg);
    const pronoun = pronouns[voice][key];
    if (pronoun !== undefined) return pronoun;
    const value = extra[key];
    if (value !== undefined) return value;
    throw new Error(`Unknown placeholder {${key}} in the guide's words`);
  });
}
