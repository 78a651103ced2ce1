import { describe, expect, it } from 'vitest';
import { guidancePages, loadPage, urlPathOf } from '../support/dist';
import { articleText, readingStats } from '../support/reading-level';

/** Reading level of every guidance page: how it is measured is in test/support/reading-level.ts. */

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

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
