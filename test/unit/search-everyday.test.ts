import { describe, expect, it } from 'vitest';
import { inSiteWords } from '../../src/lib/search/everyday';
import everydayFile from '../../src/data/search-everyday-words.json';
import { normaliseQuery } from '../../src/lib/search/normalise';
import { search, type SearchData } from '../../src/lib/search/pipeline';
import { siteSearchData } from '../../src/lib/search/site-data';
import { fakePagefind } from './search-fake-pagefind';

const words = { cops: 'police', mate: 'friend', 'locked up': 'prison', lock: 'key' };

describe('inSiteWords', () => {
  it('puts every everyday word in the site word, keeping the other words and their order', () => {
    expect(inSiteWords('The COPS refused, my mate said', words)).toBe('the police refused my friend said');
    expect(inSiteWords('cops', words)).toBe('police');
    expect(inSiteWords('cops cops', words)).toBe('police police');
  });

  it('matches whole words only, and phrases before the words inside them', () => {
    expect(inSiteWords('copse matey', words)).toBeUndefined();
    expect(inSiteWords('will he get locked up', words)).toBe('will he get prison');
    expect(inSiteWords('lock the door', words)).toBe('key the door');
    expect(inSiteWords('locked up now', { locked: 'shut', 'locked up': 'prison' })).toBe('prison now');
    expect(inSiteWords('locked out', { 'locked up': 'prison' })).toBeUndefined();
  });

  it('returns undefined when there is nothing to change or nothing typed', () => {
    expect(inSiteWords('police refused', words)).toBeUndefined();
    expect(inSiteWords('  ', words)).toBeUndefined();
    expect(inSiteWords('cops', {})).toBeUndefined();
  });
});

describe('the everyday words file', () => {
  it('has normalised words and site words, none mapped to itself, reviewed with a reason', () => {
    const entries = Object.entries(everydayFile.words);
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.filter(([k, v]) => k !== normaliseQuery(k) || v !== normaliseQuery(v) || k === v || !v)).toEqual([]);
    expect(everydayFile.why.length).toBeGreaterThan(20);
    expect(everydayFile.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(siteSearchData.everyday).toEqual(everydayFile.words);
  });
});

describe('search with everyday words', () => {
  const pages = [
    { url: '/if-the-police-say-no/', title: 'If the police say no', intro: 'What to do when the police decide not to apply.' },
    { url: '/what-is-stalking/', title: 'What stalking is', intro: 'Stalking is a pattern of behaviour.' },
  ];
  const data: SearchData = {
    ...siteSearchData,
    synonyms: [],
    intents: [{ phrases: ['police said no'], except: [], page: '/if-the-police-say-no/', searchFor: 'decide not to apply' }],
    danger: [],
    crisis: [],
    vocabulary: { words: ['police', 'stalking'] },
    everyday: { cops: 'police', refused: 'said no' },
  };

  it('searches the words in the site words too, and calls on the intents they match, without "Showing results for"', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'cops refused', undefined, data);
    expect(pf.calls.map((c) => c.term)).toEqual(expect.arrayContaining(['cops refused', 'police said no', 'decide not to apply']));
    expect(outcome.results[0]?.url).toBe('/if-the-police-say-no/');
    expect(outcome.correctedTo).toBeUndefined();
  });

  it('never "corrects" an everyday word to a vocabulary word', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'coppers', undefined, { ...data, vocabulary: { words: ['copier', 'police'] }, everyday: { coppers: 'police' } });
    expect(outcome.correctedTo).toBeUndefined();
    expect(pf.calls.map((c) => c.term)).not.toContain('copier');
    expect(pf.calls.map((c) => c.term)).toContain('police');
  });
});

describe('the vocabulary, loaded only when a word may be misspelt', () => {
  const pages = [{ url: '/what-is-stalking/', title: 'What stalking is', intro: 'Stalking online and offline.' }];
  const base: SearchData = { ...siteSearchData, synonyms: [], intents: [], danger: [], crisis: [], everyday: {} };

  it('is not loaded for short or known words, and is loaded and used for a possible misspelling', async () => {
    let loads = 0;
    const vocabulary = async () => {
      loads += 1;
      return { words: ['stalking', 'online'] };
    };
    await search(fakePagefind(pages), 'is it ok', undefined, { ...base, vocabulary });
    expect(loads).toBe(0);
    const outcome = await search(fakePagefind(pages), 'stalkign', undefined, { ...base, vocabulary });
    expect(loads).toBe(1);
    expect(outcome.correctedTo).toBe('stalking');
  });

  it('hands the common words to the corrector: a common word is not corrected, and no correction is searched', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'liking online', undefined, { ...base, vocabulary: async () => ({ words: ['living', 'online'], common: ['like'] }) });
    expect(outcome.correctedTo).toBeUndefined();
    expect(pf.calls.map((c) => c.term)).not.toContain('living online');
    const without = fakePagefind(pages);
    await search(without, 'liking online', undefined, { ...base, vocabulary: async () => ({ words: ['living', 'online'] }) });
    expect(without.calls.map((c) => c.term)).toContain('living online');
  });

  it('searches without corrections when the vocabulary cannot be loaded', async () => {
    const outcome = await search(fakePagefind(pages), 'stalking onlien', undefined, { ...base, vocabulary: () => Promise.reject(new Error('offline')) });
    expect(outcome.correctedTo).toBeUndefined();
  });

  it('searches without corrections when there is no vocabulary', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'stalkign', undefined, base);
    expect(outcome.correctedTo).toBeUndefined();
    expect(pf.calls.map((c) => c.term)).not.toContain('stalking');
  });
});
