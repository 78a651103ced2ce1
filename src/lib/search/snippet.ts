import type { PagefindWordLocation } from './pagefind-api';
import { questionsMark } from './section-questions';

/** Most words in a snippet. */
export const snippetWords = 28;
/** How far back (in words) a snippet may reach to start at the beginning of a sentence. */
export const maxBacktrack = 14;
/** A snippet that would end within this many words of a sentence's end stops there instead. */
const endSlack = 10;
/** Marks a snippet cut before a sentence ends, or after a sentence began. */
export const ellipsis = '…';

/** The words of a page's text, split as Pagefind counts them for its word positions. */
export function splitWords(content: string): string[] {
  return content.split(/[\r\n\s]+/g).filter(Boolean);
}

/** Whether a word ends a sentence (Pagefind ends headings, paragraphs, cells and list items with a full stop). */
export function endsSentence(word: string): boolean {
  return /[.!?]["'”’)]*$/.test(word);
}

/**
 * Whether `word` starts a sentence, given the word before it: that one ends a sentence or a lead-in
 * ("For example:"), and this one starts with a capital letter, a digit or an opening quote. A list
 * item that carries on a sentence ("…if they: start using a new name.") does not.
 */
export function startsSentence(before: string | undefined, word: string): boolean {
  return (before === undefined || /[.!?:]["'”’)]*$/.test(before)) && /^["“‘(]?[\p{Lu}\p{N}]/u.test(word);
}

/**
 * The word ranges [first, last] of the section questions in a page's indexed text: each block runs
 * from one `questionsMark` word to the next (see section-questions.ts). An unpaired mark is ignored.
 */
export function questionBlocks(words: readonly string[]): [number, number][] {
  const marks = words.flatMap((w, i) => (w.replace(/[.!?]+$/, '') === questionsMark ? [i] : []));
  const blocks: [number, number][] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) blocks.push([marks[i]!, marks[i + 1]!]);
  return blocks;
}

/** Matches inside a block of questions count as matches of the first word after it: the section's own text. */
export function outOfQuestions(locations: readonly PagefindWordLocation[], blocks: readonly [number, number][]): PagefindWordLocation[] {
  return locations.map((l) => {
    const block = blocks.find(([first, last]) => l.location >= first && l.location <= last);
    return block ? { ...l, location: block[1] + 1 } : l;
  });
}

/**
 * Where the snippet's window starts: the window of `length` words holding the most matched
 * score (the same idea as Pagefind's own excerpt), kept within [from, to).
 */
export function densestStart(locations: readonly PagefindWordLocation[], length: number, from: number, to: number): number {
  const inRange = locations.filter((l) => l.location >= from && l.location < to);
  if (!inRange.length) return from;
  let best = from;
  let bestSum = -1;
  for (const candidate of inRange) {
    const start = candidate.location;
    const sum = inRange.filter((l) => l.location >= start && l.location < start + length).reduce((s, l) => s + l.balanced_score, 0);
    if (sum > bestSum) {
      bestSum = sum;
      best = start;
    }
  }
  return best;
}

/**
 * A readable snippet of a page's text around where the words matched: it starts at the beginning
 * of a sentence when one begins at most `maxBacktrack` words before the matched words, otherwise
 * at a word with a leading "…"; it stops at the end of a sentence when one is near, otherwise
 * with a trailing "…". `from` and `to` keep it within one section (word positions in the page).
 * With no matched words (a search by filters alone) it starts at `from`.
 */
export function readableSnippet(
  content: string,
  locations: readonly PagefindWordLocation[],
  range: { from?: number | undefined; to?: number | undefined } = {},
): string {
  // The section questions are for finding a page, never shown: their words are left out of the text.
  const all = splitWords(content);
  const blocks = questionBlocks(all);
  const kept = all.map((_, i) => !blocks.some(([first, last]) => i >= first && i <= last));
  const moved = outOfQuestions(locations, blocks);
  // Word positions in the text without the questions.
  const index: number[] = [];
  let count = 0;
  for (const keep of kept) {
    index.push(count);
    if (keep) count += 1;
  }
  const words = all.filter((_, i) => kept[i]);
  const at = (position: number) => (position >= all.length ? words.length : index[position]!);
  const from = at(Math.max(0, range.from ?? 0));
  const to = Math.min(words.length, at(Math.min(all.length, range.to ?? all.length)));
  if (from >= to) return '';
  const anchor = densestStart(
    moved.map((l) => ({ ...l, location: at(l.location) })),
    snippetWords,
    from,
    to,
  );
  const isStart = (i: number) => startsSentence(i > from ? words[i - 1] : undefined, words[i]!);
  let start = anchor;
  while (start > from && anchor - start < maxBacktrack && !isStart(start)) start -= 1;
  const cutBefore = !isStart(start);
  if (cutBefore) start = anchor;
  let end = Math.min(to, start + snippetWords);
  for (let i = end; i > end - endSlack && i > start; i -= 1) {
    if (endsSentence(words[i - 1]!)) {
      end = i;
      break;
    }
  }
  const cutAfter = end < to && !endsSentence(words[end - 1]!);
  const text = words.slice(start, end).join(' ');
  return `${cutBefore ? ellipsis : ''}${text}${cutAfter ? ellipsis : ''}`;
}
