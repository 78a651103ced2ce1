/** The reading-level tools (test/support/reading-level.ts) on made-up text; the build test measures the pages. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { articleText, readingStats, syllables } from '../support/reading-level';

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
