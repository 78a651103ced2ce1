/**
 * The legal figures the guide's words name, in words, worked out at build time: amounts through the
 * interface table's plural entries (Intl.PluralRules), dates in the locale's long form, both in the
 * language of the words they go into (Welsh words get "pum mlynedd" and "2 Mai 2022"). The page hands
 * the result to the island, so the island's JavaScript carries neither the figures record nor the table.
 */
import { figureWords, legalFigures, type LegalFigure } from '../../data/legal-figures';
import { useStrings, type Locale } from '../../i18n';
import type { FigureWords } from './text';

/** How each kind of figure placeholder is written, in one locale's words. */
const figureKindsIn = (locale: Locale): Readonly<Record<string, (value: string | number) => string>> => {
  const { amount, longDate } = figureWords(useStrings(locale));
  return {
    years: (v) => amount(Number(v), 'year'),
    months: (v) => amount(Number(v), 'month'),
    days: (v) => amount(Number(v), 'day'),
    date: (v) => longDate(String(v)),
  };
};

/**
 * One legal figure in words in `locale` (the language of the words it goes into), e.g. ("years",
 * "minimumOrderYears") → "two years", in Welsh "dwy flynedd". Throws on an unknown kind or figure.
 */
export function figureText(kind: string, name: string, locale: Locale = 'en-GB'): string {
  return writeFigure(figureKindsIn(locale), kind, name);
}

/** One figure in words with `kinds`, one locale's writers; throws on an unknown kind or figure, or a figure of the wrong type. */
function writeFigure(kinds: ReturnType<typeof figureKindsIn>, kind: string, name: string): string {
  const write = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
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
 * Every {kind:figure} placeholder in any string inside `value`, in words in `locale` (the language
 * `value` is written in), keyed "kind:figure".
 * (Read from the value as JSON: a placeholder holds no quote, so none is split or made up.)
 */
export function figureWordsIn(value: unknown, locale: Locale = 'en-GB'): FigureWords {
  const kinds = figureKindsIn(locale);
  const words: Record<string, string> = {};
  for (const [, kind, name] of JSON.stringify(value).matchAll(FIGURE)) if (kind !== 'phone') words[`${kind}:${name}`] = writeFigure(kinds, kind!, name!);
  return words;
}
