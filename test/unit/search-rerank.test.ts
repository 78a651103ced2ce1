import { describe, expect, it } from 'vitest';
import { contentWords, coverage, rerank, sameWord } from '../../src/lib/search/rerank';

describe('contentWords', () => {
  it('drops stop words and punctuation', () => {
    expect(contentWords('Is stalking a crime?')).toEqual(['stalking', 'crime']);
    expect(contentWords('can I do it')).toEqual([]);
  });
});

describe('sameWord', () => {
  it.each([
    ['order', 'orders', true],
    ['stalked', 'stalking', true],
    ['log', 'logs', false],
    ['order', 'border', false],
    ['breach', 'breach', true],
  ])('%s / %s → %s', (a, b, same) => {
    expect(sameWord(a, b)).toBe(same);
  });
});

describe('coverage', () => {
  it('is the share of the words found in the text', () => {
    expect(coverage(['stalking', 'log'], 'Stalking log')).toBe(1);
    expect(coverage(['stalking', 'crime'], 'What is stalking?')).toBe(0.5);
    expect(coverage([], 'anything')).toBe(0);
  });
});

describe('rerank', () => {
  const candidate = (item: string, score: number, title: string, headings: string[] = []) => ({ item, score, title, headings });

  it('lifts a page whose title uses the typed words above a slightly higher-scoring one', () => {
    const order = rerank(
      [candidate('keeping-a-record', 1, 'Keeping a record'), candidate('stalking-log', 0.8, 'Stalking log')],
      'stalking log',
    );
    expect(order).toEqual(['stalking-log', 'keeping-a-record']);
  });

  it('counts a matching heading, less than a matching title', () => {
    const order = rerank(
      [
        candidate('other', 1, 'Getting help'),
        candidate('heading', 0.8, 'Support', ['Is stalking a crime?']),
        candidate('title', 0.8, 'Is stalking a crime?'),
      ],
      'is stalking a crime',
    );
    expect(order).toEqual(['title', 'heading', 'other']);
  });

  it('keeps the merged order when no title or heading uses the words', () => {
    const order = rerank([candidate('a', 1, 'Alpha'), candidate('b', 0.5, 'Beta'), candidate('c', 0.5, 'Gamma')], 'jail');
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('cannot lift a far weaker result above a much stronger one', () => {
    expect(rerank([candidate('strong', 1, 'Other'), candidate('weak', 0.3, 'Jail')], 'jail')).toEqual(['strong', 'weak']);
  });
});

describe('rerank and best bets', () => {
  it('keeps a pinned result first whatever the titles say', () => {
    expect(
      rerank(
        [
          { item: 'pinned', score: 0.1, title: 'About this site', headings: [], pinned: true },
          { item: 'title-match', score: 1, title: 'Who runs things', headings: [] },
        ],
        'who runs this site',
      ),
    ).toEqual(['pinned', 'title-match']);
  });
});
