import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maxPartialQueries,
  maxPlannedQueries,
  matchSynonyms,
  needsPartialQueries,
  partialQueries,
  planQueries,
  type SynonymMapping,
} from '../../src/lib/search/expand';
import { clampQuery, maxQueryLength, normaliseQuery } from '../../src/lib/search/normalise';

const synonyms: SynonymMapping[] = [
  { phrases: ['restraining order', 'restraning order'], searchFor: ['stalking protection order', 'other orders'] },
  { phrases: ['broke', 'broke the order'], searchFor: ['order is broken', 'breach'] },
  { phrases: ['police wont help'], searchFor: ['police do not apply'] },
  { phrases: ['spo'], searchFor: ['stalking protection order'] },
];

describe('normaliseQuery', () => {
  it.each([
    ['  Restraining   ORDER ', 'restraining order'],
    ["Police won't help!", 'police wont help'],
    ['Police won’t help', 'police wont help'],
    ['non-mol', 'non mol'],
    ['café', 'cafe'],
    ['?!  ', ''],
  ])('%j becomes %j', (typed, expected) => {
    expect(normaliseQuery(typed)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normaliseQuery(normaliseQuery(s)) === normaliseQuery(s)));
  });
});

describe('clampQuery', () => {
  it('keeps short queries and cuts long ones at a word boundary', () => {
    expect(clampQuery('  how   long ')).toBe('how long');
    const long = 'word '.repeat(60);
    const cut = clampQuery(long);
    expect(cut.length).toBeLessThanOrEqual(maxQueryLength);
    expect(cut.endsWith('word')).toBe(true);
  });
});

describe('matchSynonyms', () => {
  it('matches whole words only', () => {
    expect(matchSynonyms('spoken word', synonyms)).toEqual([]);
    expect(matchSynonyms('what is an SPO?', synonyms).map((m) => m.phrase)).toEqual(['spo']);
  });

  it('uses the longest phrase of an entry that matches', () => {
    expect(matchSynonyms('he broke the order again', synonyms).map((m) => m.phrase)).toEqual(['broke the order']);
  });

  it('finds several entries in one query, in the order of the file', () => {
    expect(matchSynonyms('restraning order broke', synonyms).map((m) => m.phrase)).toEqual(['restraning order', 'broke']);
  });
});

describe('planQueries', () => {
  it('sends the typed words first, then without small words, then with the phrase swapped, then the site terms', () => {
    expect(planQueries('How long does a restraining order last', synonyms)).toEqual([
      { text: 'How long does a restraining order last', kind: 'exact' },
      { text: 'long restraining order last', kind: 'rewritten' },
      { text: 'how long does a stalking protection order last', kind: 'rewritten' },
      { text: 'stalking protection order', kind: 'synonym' },
      { text: 'other orders', kind: 'synonym' },
    ]);
  });

  it('does not send a rewritten query that is only the site term again', () => {
    expect(planQueries("Police won't help", synonyms)).toEqual([
      { text: "Police won't help", kind: 'exact' },
      { text: 'police do not apply', kind: 'bestBet' },
    ]);
  });

  it('sends only the typed words when no synonym matches', () => {
    expect(planQueries('notification', synonyms)).toEqual([{ text: 'notification', kind: 'exact' }]);
  });

  it('sends nothing for an empty or punctuation-only query', () => {
    expect(planQueries('   ', synonyms)).toEqual([]);
    expect(planQueries('?!', synonyms)).toEqual([]);
  });

  it('never sends the same query twice (an SPO query is not searched again as its synonym)', () => {
    const plan = planQueries('spo restraining order', synonyms);
    const keys = plan.map((p) => normaliseQuery(p.text));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k === 'stalking protection order')).toHaveLength(1);
  });

  it('holds for any text: typed words first, no duplicates, at most the limit', () => {
    const words = fc.constantFrom('restraining', 'order', 'broke', 'the', 'spo', 'police', 'wont', 'help', 'how', 'long', 'Æ', '!');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), (parts) => {
        const typed = parts.join(' ');
        const plan = planQueries(typed, synonyms);
        if (!normaliseQuery(typed)) return plan.length === 0;
        const keys = plan.map((p) => normaliseQuery(p.text));
        return (
          plan[0]?.kind === 'exact' &&
          plan[0].text === typed.trim().replace(/\s+/g, ' ') &&
          plan.slice(1).every((p) => p.kind !== 'exact') &&
          new Set(keys).size === keys.length &&
          plan.length <= maxPlannedQueries
        );
      }),
    );
  });
});

describe('best bets and the single-word fallback', () => {
  it('marks the first site term as a best bet when a phrase is the whole query', () => {
    expect(planQueries('Restraining order?', synonyms).map((p) => p.kind)).toEqual(['exact', 'bestBet', 'synonym']);
    expect(planQueries('a restraining order', synonyms).map((p) => p.kind)).toEqual(['exact', 'rewritten', 'rewritten', 'synonym', 'synonym']);
  });

  it('falls back to single words only when nothing built from the typed words found a page', () => {
    const plan = planQueries('clear my history', synonyms);
    expect(needsPartialQueries(plan, plan.map(() => 0))).toBe(true);
    expect(needsPartialQueries(plan, plan.map((_, i) => (i === 0 ? 2 : 0)))).toBe(false);
    const withSynonym = planQueries('restraining order', synonyms);
    expect(needsPartialQueries(withSynonym, withSynonym.map((p) => (p.kind === 'exact' ? 0 : 5)))).toBe(true);
  });

  it('tries each meaningful typed word once, skipping words already searched for', () => {
    const plan = planQueries('clear my history', synonyms);
    expect(partialQueries('clear my history', plan)).toEqual([
      { text: 'clear', kind: 'partial' },
      { text: 'history', kind: 'partial' },
    ]);
    expect(partialQueries('jail', planQueries('jail', synonyms))).toEqual([]);
    expect(partialQueries('one two three four five six', []).length).toBe(maxPartialQueries);
  });
});
