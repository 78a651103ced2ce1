/**
 * Finds times written relative to the day they were written ("last night", "yesterday", "this
 * morning"): a letter read days later by a police officer needs the date instead. The phrases are
 * the letters' words (src/content/letters/letters.json, `relativeTime.phrases`), so a reviewer can
 * add one without touching code. Pure: no DOM, no clock.
 *
 * A phrase matches as whole words only, whatever its case, with any spaces between its words, so
 * "last nightclub" or "yesterdays'" spelt into another word do not count, and "Last  Night" does.
 */

/** Letters and digits in any script: what a phrase may not be glued to on either side. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Escapes a phrase's own characters for a regular expression. */
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One phrase as a whole-word, any-case pattern; spaces inside it match any run of white space. */
export function phrasePattern(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map(escaped).join('\\s+');
  return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'iu');
}

/**
 * The phrases of the list found in the text, each once, in the list's order. Longer phrases are
 * looked for first and taken out of the text, so "earlier today" is reported alone, not with "today".
 */
export function relativeTimesIn(text: string, phrases: readonly string[]): string[] {
  let rest = text;
  const found = new Set<string>();
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const pattern = phrasePattern(phrase);
    if (!pattern.test(rest)) continue;
    found.add(phrase);
    rest = rest.replace(new RegExp(pattern.source, 'giu'), ' ');
  }
  return phrases.filter((p) => found.has(p));
}
