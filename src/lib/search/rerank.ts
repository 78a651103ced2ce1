import { contentWords } from './normalise';

export { contentWords, stopWords } from './normalise';

/** Whether two normalised words are the same word, allowing endings ("order" / "orders", "stalked" / "stalking"). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '');
  return stem(a) === stem(b);
}

/** Share of `words` that appear in `text` (0 to 1). */
export function coverage(words: readonly string[], text: string): number {
  if (!words.length) return 0;
  const textWords = contentWords(text);
  return words.filter((w) => textWords.some((t) => sameWord(w, t))).length / words.length;
}

/** How much a page title, and the best matching heading, that contains the typed words lifts a result. */
export const titleBoost = 0.6;
export const headingBoost = 0.4;

/** A merged result with what re-ranking needs to know about its page. */
export interface RerankCandidate<T> {
  item: T;
  score: number;
  title: string;
  headings: readonly string[];
  /** Kept first whatever its words (a best bet). */
  pinned?: boolean;
}

/**
 * Lifts results whose title or a heading uses the words the person typed: a page called
 * "Stalking log" should lead for "stalking log" even when a longer page mentions both words
 * more often. Scores are multiplied, so a result nobody's words matched keeps its place
 * relative to others like it. Stable for equal scores.
 */
export function rerank<T>(candidates: readonly RerankCandidate<T>[], typed: string): T[] {
  const words = contentWords(typed);
  return candidates
    .map((c, index) => {
      const heading = Math.max(0, ...c.headings.map((h) => coverage(words, h)));
      return { c, index, score: c.score * (1 + titleBoost * coverage(words, c.title) + headingBoost * heading) };
    })
    .sort((a, b) => Number(!!b.c.pinned) - Number(!!a.c.pinned) || b.score - a.score || a.index - b.index)
    .map(({ c }) => c.item);
}
