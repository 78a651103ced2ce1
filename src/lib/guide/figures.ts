/**
 * The legal figures the guide's words name, in words, worked out at build time: amounts through the
 * interface table's plural entries (Intl.PluralRules), dates in the locale's long form. The page hands
 * the result to the island, so the island's JavaScript carries neither the figures record nor the table.
 */
import { amount, legalFigures, longDate, type LegalFigure } from '../../data/legal-figures';
import type { FigureWords } from './text';

/** How each kind of figure placeholder is written. */
const figureKinds: Readonly<Record<string, (value: string | number) => string>> = {
  years: (v) => amount(Number(v), 'year'),
  months: (v) => amount(Number(v), 'month'),
  days: (v) => amount(Number(v), 'day'),
  date: (v) => longDate(String(v)),
};

/** One legal figure in words, e.g. ("years", "minimumOrderYears") → "two years". Throws on an unknown kind or figure. */
export function figureText(kind: string, name: string): string {
  const write = figureKinds[kind];
  if (!write) throw new Error(`Unknown placeholder kind "${kind}" in the guide's words`);
  if (!Object.hasOwn(legalFigures, name)) throw new Error(`Unknown legal figure "${name}" in the guide's words`);
  const value = legalFigures[name as LegalFigure];
  if (kind === 'date' ? typeof value !== 'string' : typeof value !== 'number') {
    throw new Error(`Legal figure "${name}" is not a ${kind === 'date' ? 'date' : 'number'}, so {${kind}:${name}} cannot be written`);
  }
  return write(value);
}

const FIGURE = /\{([A-Za-z]+):([A-Za-z]+)\}/g;

/**
 * Every {kind:figure} placeholder in any string inside `value`, in words, keyed "kind:figure".
 * (Read from the value as JSON: a placeholder holds no quote, so none is split or made up.)
 */
export function figureWordsIn(value: unknown): FigureWords {
  const words: Record<string, string> = {};
  for (const [, kind, name] of JSON.stringify(value).matchAll(FIGURE)) if (kind !== 'phone') words[`${kind}:${name}`] = figureText(kind!, name!);
  return words;
}
