/**
 * Alphabetical order and initial letters for the A to Z, by language. In Welsh, Ch, Dd, Ff, Ng,
 * Ll, Ph, Rh and Th are letters of their own, each after its first character (C, Ch, D, Dd, …;
 * Ng after G). The order comes from the browser's and Node's collation (Intl.Collator with the
 * page's locale: ICU carries CLDR's Welsh rules, so "lon" < "lyn" < "llong"); what it cannot give
 * is the letter a title is filed under, so that is worked out here from each language's letters
 * of more than one character.
 *
 * One limit, as in Welsh dictionaries: "ng" is sometimes n + g (Bangor, dangos). Read greedily
 * here, a title starting "Ng" is filed under Ng; an A to Z of page titles does not need the exceptions.
 */

/** Letters of more than one character, by language, lower case. */
export const multiCharacterLetters: Readonly<Record<string, readonly string[]>> = {
  cy: ['ch', 'dd', 'ff', 'ng', 'll', 'ph', 'rh', 'th'],
};

/** The language part of a locale tag: "cy-GB" → "cy". */
const languageOf = (locale: string) => locale.toLowerCase().split('-')[0]!;

/** A comparer for titles in the locale's alphabetical order (accents and case second). */
export function titleOrder(locale: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { numeric: true });
  return (a, b) => collator.compare(a, b);
}

/**
 * The letter a title is filed under in the A to Z: its first letter in the language, written as a
 * heading ("Ch", "Ll"; "Ŵyr" → "W", "Éclair" → "E"); a title that starts with anything else
 * (a digit, a quotation mark) is filed under its first character.
 */
export function initialLetter(title: string, locale: string): string {
  const lower = title.trim().normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
  const letter = (multiCharacterLetters[languageOf(locale)] ?? []).find((l) => lower.startsWith(l)) ?? lower.charAt(0);
  return letter.charAt(0).toLocaleUpperCase(locale) + letter.slice(1);
}

/** Titled things grouped by initial letter, the groups and their members in the locale's order. */
export function groupByInitial<T extends { title: string }>(items: readonly T[], locale: string): [letter: string, items: T[]][] {
  const order = titleOrder(locale);
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => order(a.title, b.title))) {
    const letter = initialLetter(item.title, locale);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups];
}
