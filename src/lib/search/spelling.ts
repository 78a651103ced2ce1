/**
 * Corrects misspelt words ("harrasment", "injuction", "protecton") to the nearest of the site's own
 * key words (src/data/search-vocabulary.json, made from the pages, headings and section questions by
 * scripts/search-vocabulary.mjs). Only words of at least `minLength` letters that the vocabulary and
 * the reviewed phrases do not know are changed, and only to a word at most one edit away (two for
 * words of `twoEditsFrom` letters or more) that starts with the same letter. Ordinary English is
 * left alone: a common word (src/data/search-common-words.json: "liking", "snapchat", "class"), a
 * form of a common or site word ("liked", "teams", "parents"), and a word as near to a common word
 * as to any site word ("dispite": despite or dispute?) are never changed into another site word.
 */
import { normaliseQuery, stopWords } from './normalise';

/** Shorter words are left alone: too many real words are one letter from each other. */
export const minLength = 5;
/** Words this long may be two edits from the word meant. */
export const twoEditsFrom = 8;

/**
 * The edit distance between two words, counting a swap of two neighbouring letters as one edit
 * (optimal string alignment), or `limit + 1` as soon as it must be more than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The vocabulary word nearest to `word`, most frequent first on a tie; undefined when none is near enough. */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = word.length >= twoEditsFrom ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (candidate[0] !== word[0]) continue;
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** What spelling works from: the site's words, most frequent first, and common words never corrected. */
export interface SpellingWords {
  words: readonly string[];
  common?: readonly string[];
}

/** Endings of word forms, each with what stands in its place in the plain word ("liking" → "like"). */
const endings = 'ies:y ied:y ing: ing:e ed: ed:e es: s: ly: er: ers:'.split(' ').map((e) => e.split(':') as [string, string]);

/**
 * The words `word` may be a form of, by its ending: "liking" → "lik", "like"; "stopped" → "stopp",
 * "stoppe", "stop"; "stories" → "story". Not a dictionary: only what can be checked against one.
 */
export function plainForms(word: string): string[] {
  const forms: string[] = [];
  for (const [ending, replacement] of endings) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    forms.push(base + replacement);
    if (/(.)\1$/.test(base)) forms.push(base.slice(0, -1));
  }
  return forms;
}

/** Whether a word could be corrected at all: long enough, not a small word, not known, no digits. */
function mayBeMisspelt(word: string, known: ReadonlySet<string>): boolean {
  return word.length >= minLength && !stopWords.has(word) && !known.has(word) && !/\d/.test(word);
}

/**
 * Whether any word of a query could need correcting, before the vocabulary is at hand: the
 * vocabulary is loaded only when this says so.
 */
export function mayNeedCorrection(typed: string, known: ReadonlySet<string>): boolean {
  return normaliseQuery(typed)
    .split(' ')
    .some((word) => mayBeMisspelt(word, known));
}

/**
 * The query with its misspelt words corrected, or undefined when nothing was changed. `known` are
 * words that must never be changed though the vocabulary lacks them (the words of the reviewed
 * synonym and intent phrases); `common` are ordinary English words, never changed either, nor their
 * forms, nor a word as near to one of them as to the nearest site word.
 */
export function correctSpelling(typed: string, vocabulary: readonly string[], known: ReadonlySet<string>, common: readonly string[] = []): string | undefined {
  const words = normaliseQuery(typed).split(' ');
  const real = new Set([...vocabulary, ...common]);
  let changed = false;
  const corrected = words.map((word) => {
    if (!mayBeMisspelt(word, known) || real.has(word) || plainForms(word).some((form) => real.has(form))) return word;
    const nearest = nearestWord(word, vocabulary);
    if (nearest === undefined) return word;
    const plain = nearestWord(word, common);
    if (plain !== undefined && editDistance(word, plain, 2) <= editDistance(word, nearest, 2)) return word;
    changed = true;
    return nearest;
  });
  return changed ? corrected.join(' ') : undefined;
}
