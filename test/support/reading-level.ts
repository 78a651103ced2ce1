import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Reading level of every guidance page, as a Flesch–Kincaid grade:
 *   0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *
 * What is measured: everything a reader reads inside the page's <article>: the title, the
 * summary, headings, paragraphs, list items and definition lists. Legal terms count like any
 * other word (the issue asks for that). Left out, because they are not prose:
 * - tables (cells are short labels and would flatter the score),
 * - the "Applies to England and Wales" tag,
 * - anything marked `data-reading-level="skip"` (for example a printable blank form).
 * The page footer (not-legal-advice line, review dates, sources) is outside <article>, so it is
 * not measured either.
 *
 * Sentences: each block (heading, paragraph, list item, term, definition) ends a sentence, and
 * inside a block a sentence ends at ".", "!" or "?" followed by a space or the end of the block.
 */

const blockTags = 'p|li|h1|h2|h3|h4|h5|h6|dt|dd|div|section|blockquote|figcaption|caption|ul|ol|dl|details|summary|br';
const blockBoundary = new RegExp(`<\\/?(?:${blockTags})\\b[^>]*>`, 'gi');

/** The text of a page's article, one block per line. */
export function articleText(article: HTMLElement): string {
  const copy = parse(article.outerHTML, { comment: false });
  for (const el of copy.querySelectorAll('table, .scope-tag, [data-reading-level="skip"], script, style, svg')) {
    el.remove();
  }
  const withBreaks = copy.innerHTML.replace(blockBoundary, '\n');
  return parse(`<div>${withBreaks}</div>`).text;
}

/** Syllables in one word, by counting vowel groups with the usual English corrections. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return word.replace(/[^0-9]/g, '').length > 0 ? numberSyllables(word) : 0;
  if (w.length <= 3) return 1;
  let stem = w
    .replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (m) => m[0]!) // silent final e, -es, -ed (not -ted, -ded)
    .replace(/^y/, ''); // a leading y is a consonant
  if (stem.length === 0) stem = w;
  const groups = stem.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups);
}

/** Numbers are read aloud: "2022" is "twenty twenty-two". Count one syllable per digit, at most four. */
function numberSyllables(token: string): number {
  return Math.min(4, Math.max(1, token.replace(/[^0-9]/g, '').length));
}

export interface ReadingStats {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Flesch–Kincaid statistics for plain text with one block per line. */
export function readingStats(text: string): ReadingStats {
  let words = 0;
  let sentences = 0;
  let syllableCount = 0;
  for (const block of text.split('\n')) {
    const tokens = block.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
    if (tokens.length === 0) continue;
    words += tokens.length;
    for (const token of tokens) syllableCount += token.split('-').reduce((sum, part) => sum + syllables(part), 0);
    const inner = block.trim().split(/[.!?]+(?:["'”’)]*)(?=\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s));
    sentences += Math.max(1, inner.length);
  }
  const grade = words === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
  return { words, sentences, syllables: syllableCount, grade };
}
