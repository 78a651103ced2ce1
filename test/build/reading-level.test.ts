import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { guidancePages, loadPage, urlPathOf } from '../support/dist';

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe('the reading-level tools', () => {
  it('count syllables in everyday words', () => {
    const cases: [string, number][] = [
      ['the', 1], ['cat', 1], ['make', 1], ['police', 2], ['order', 2], ['stalking', 2], ['protection', 3],
      ['magistrates', 3], ['interim', 3], ['harassment', 3], ['notification', 5], ['table', 2], ['court', 1],
      ['asked', 1], ['wanted', 2], ['you', 1], ['yellow', 2],
    ];
    for (const [word, expected] of cases) expect(syllables(word), word).toBe(expected);
  });

  it('split sentences at full stops and at the end of each block', () => {
    const stats = readingStats('The cat sat. The dog ran!\nA heading\nIs it here? Yes.');
    expect(stats.sentences).toBe(5);
    expect(stats.words).toBe(12);
  });

  it('give a low grade to short plain sentences and a high grade to long formal ones', () => {
    const plain = readingStats('The police can ask a court for an order. It can stop him. You can call us.');
    const formal = readingStats(
      'Notwithstanding the aforementioned considerations, applications concerning interim prohibitions necessitate comprehensive evidential documentation demonstrating proportionality, necessity and administrative justification.',
    );
    expect(plain.grade).toBeLessThan(4);
    expect(formal.grade).toBeGreaterThan(20);
  });

  it('measure only the article text, without tables or the scope tag', () => {
    const page = parse(
      '<main><article><h1>Title here</h1><p class="scope-tag">Applies to England and Wales</p><p>One two. Three.</p><table><tr><td>Extraordinarily long table word</td></tr></table><div data-reading-level="skip"><p>Skipped words</p></div></article><footer>Not this</footer></main>',
    );
    const text = articleText(page.querySelector('article')!);
    expect(text).toContain('Title here');
    expect(text).toContain('One two.');
    expect(text).not.toContain('Applies');
    expect(text).not.toContain('Extraordinarily');
    expect(text).not.toContain('Skipped');
    expect(text).not.toContain('Not this');
    expect(readingStats(text).sentences).toBe(3);
  });
});

describe('reading level of the guidance pages', () => {
  const pages = guidancePages();
  const rows = pages.map((file) => {
    const article = loadPage(file).querySelector('article');
    if (!article) throw new Error(`${file} has no <article>`);
    return { page: urlPathOf(file), ...readingStats(articleText(article)) };
  });

  it('has pages to measure', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it('prints the table, has a median grade of at most 9 and no page above 11', () => {
    rows.sort((a, b) => b.grade - a.grade);
    console.log(
      [
        'Flesch–Kincaid grade of each guidance page (highest first):',
        ...rows.map(
          (r) =>
            `  ${r.grade.toFixed(1).padStart(5)}  ${r.page.padEnd(48)} ${String(r.words).padStart(5)} words, ${(r.words / r.sentences).toFixed(1)} words/sentence, ${(r.syllables / r.words).toFixed(2)} syllables/word`,
        ),
        `  median ${median(rows.map((r) => r.grade)).toFixed(1)} over ${rows.length} pages`,
      ].join('\n'),
    );
    const tooHard = rows.filter((r) => r.grade > 11).map((r) => `${r.page} (${r.grade.toFixed(1)})`);
    expect(tooHard, 'pages above grade 11').toEqual([]);
    expect(median(rows.map((r) => r.grade))).toBeLessThanOrEqual(9);
  });
});
