import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maxPartialQueries,
  maxPlannedQueries,
  matchSynonyms,
  needsLoosening,
  enoughPages,
  relaxedQueries,
  wordsNotFound,
  maxRelaxedQueries,
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
      // "won't" is a small word: left out of the typed words' rewording.
      { text: 'police help', kind: 'rewritten' },
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

  it('loosens the typed words only when the queries made of them found fewer than three pages', () => {
    const plan = planQueries('clear my history', synonyms);
    expect(needsLoosening(plan, plan.map(() => []))).toBe(true);
    expect(needsLoosening(plan, plan.map((_, i) => (i === 0 ? ['a', 'b'] : ['b'])))).toBe(true);
    expect(needsLoosening(plan, plan.map((_, i) => (i === 0 ? ['a', 'b'] : ['c'])))).toBe(false);
    expect(enoughPages).toBe(3);
    // Pages found by the reviewed terms do not count: they are not the person's words.
    const withSynonym = planQueries('restraining order', synonyms);
    expect(needsLoosening(withSynonym, withSynonym.map((p) => (p.kind === 'exact' ? [] : ['a', 'b', 'c'])))).toBe(true);
    expect(needsLoosening(withSynonym, withSynonym.map((p) => (p.kind === 'exact' ? ['a', 'b', 'c'] : [])))).toBe(false);
    // Nor do those found by an intent's words, but the relaxed and single-word queries do.
    const kinds = ['intent', 'relaxed', 'partial'] as const;
    const mixed = kinds.map((kind) => ({ text: kind, kind }));
    expect(needsLoosening(mixed, [['a', 'b', 'c'], [], []])).toBe(true);
    expect(needsLoosening(mixed, [[], ['a', 'b'], ['c']])).toBe(false);
    expect(needsLoosening(mixed, [['x'], ['a'], ['a', 'b']])).toBe(true);
    // A query with no answer (yet) found nothing.
    const typed = (['exact', 'rewritten', 'relaxed'] as const).map((kind) => ({ text: kind, kind }));
    expect(needsLoosening(typed, [['a', 'b']])).toBe(true);
    expect(needsLoosening(typed, [['a', 'b'], undefined!, ['c']])).toBe(false);
  });

  it('tries each meaningful typed word once, the longest first, skipping words already searched for', () => {
    const plan = planQueries('clear my history', synonyms);
    expect(partialQueries('clear my history', plan)).toEqual([
      { text: 'history', kind: 'partial' },
      { text: 'clear', kind: 'partial' },
    ]);
    expect(partialQueries('jail', planQueries('jail', synonyms))).toEqual([]);
    expect(partialQueries('one two three four five six seven eight', []).map((q) => q.text)).toEqual(['three', 'seven', 'eight', 'four', 'five', 'one']);
    expect(maxPartialQueries).toBe(6);
    expect(partialQueries('clear clear history', [])).toHaveLength(2);
  });

  it('names the single words that found no page', () => {
    const plan = [
      { text: 'smashed', kind: 'partial' },
      { text: 'window', kind: 'partial' },
      { text: 'smashed window', kind: 'rewritten' },
      { text: 'flat', kind: 'exact' },
    ] as const;
    expect([...wordsNotFound(plan, [0, 3, 0, 0])]).toEqual(['smashed']);
    expect([...wordsNotFound(plan, [1, 3])]).toEqual([]);
  });

  it('then sends the words some page has, together and with one left out at a time', () => {
    expect(relaxedQueries('the police wont take my report seriously', [], new Set(['seriously']))).toEqual([
      { text: 'police take report', kind: 'relaxed' },
      { text: 'take report', kind: 'relaxed' },
      { text: 'police report', kind: 'relaxed' },
      { text: 'police take', kind: 'relaxed' },
    ]);
    // Two words: only together; one word or none: nothing.
    expect(relaxedQueries('report seriously', [], new Set())).toEqual([{ text: 'report seriously', kind: 'relaxed' }]);
    expect(relaxedQueries('report seriously', [], new Set(['seriously']))).toEqual([]);
    expect(relaxedQueries('is it', [], new Set())).toEqual([]);
    // Never a query already sent, never the same one twice, at most six.
    expect(relaxedQueries('report seriously police', [{ text: 'Report seriously police', kind: 'rewritten' }], new Set()).map((q) => q.text)).toEqual([
      'seriously police',
      'report police',
      'report seriously',
    ]);
    expect(relaxedQueries('one two three four five six seven', [], new Set())).toHaveLength(maxRelaxedQueries);
    expect(maxRelaxedQueries).toBe(6);
    expect(relaxedQueries('stalker stalker texts', [], new Set())).toEqual([{ text: 'stalker texts', kind: 'relaxed' }]);
  });
});
