import { describe, expect, it } from 'vitest';
import synonyms from '../../src/data/search-synonyms.json';
import { synonymsFileSchema } from '../../src/lib/search/synonyms';
import intents from '../../src/data/search-intents.json';
import { matchSynonyms } from '../../src/lib/search/expand';
import { matchIntents } from '../../src/lib/search/intents';

const entry = {
  phrases: ['restraining order', 'restraning order'],
  searchFor: ['stalking protection order'],
  why: 'People know the name of the other order.',
};
const file = (entries: unknown[]) => ({ reviewed: '2026-11-28', entries });

/** Paths zod complains about, e.g. "entries.0.phrases.1". */
function problems(data: unknown): string[] {
  const result = synonymsFileSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the reviewed synonyms file', () => {
  it('passes its schema', () => {
    expect(problems(synonyms)).toEqual([]);
  });

  // A phrase an intent answers is not repeated as a synonym (one mechanism is enough): either counts.
  it('covers the everyday phrases the issue names, with the intents', () => {
    for (const phrase of [
      'restraining order',
      'injunction',
      'non mol',
      'harassment order',
      'spo',
      'stalker keeps',
      'broke the order',
      'breach',
      'how long',
      'police wont help',
      'can i apply myself',
      'he keeps turning up',
    ]) {
      expect(matchSynonyms(phrase, synonyms.entries).length + matchIntents(phrase, intents.intents).length, phrase).toBeGreaterThan(0);
    }
  });

  it('repeats no phrase of the intents file that calls on an intent alone (an intent already leads to its page)', () => {
    // A phrase of an intent with alsoOneOf needs another phrase too ("broke" and "the order"), so a synonym may have it.
    const intentPhrases = new Set(intents.intents.filter((intent) => !('alsoOneOf' in intent)).flatMap((intent) => intent.phrases));
    expect(synonyms.entries.flatMap((e) => e.phrases).filter((phrase) => intentPhrases.has(phrase))).toEqual([]);
  });

  it('finds every phrase it lists, typed with capitals and punctuation', () => {
    for (const { phrases } of synonyms.entries) {
      for (const phrase of phrases) {
        const typed = `${phrase.toUpperCase()}?!`;
        expect(matchSynonyms(typed, synonyms.entries).some((m) => m.entry.phrases.includes(phrase)), phrase).toBe(true);
      }
    }
  });
});

describe('synonyms schema', () => {
  it('accepts a good entry', () => {
    expect(problems(file([entry]))).toEqual([]);
  });

  it('rejects a phrase that is not written normalised, and says how to write it', () => {
    const result = synonymsFileSchema.safeParse(file([{ ...entry, phrases: ["Won't Help"] }]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('entries.0.phrases.0');
    expect(result.error?.issues[0]?.message).toContain('"wont help"');
  });

  it('rejects the same phrase in two entries (one phrase, one meaning)', () => {
    expect(problems(file([entry, { ...entry, phrases: ['restraning order'] }]))).toEqual(['entries.1.phrases.0']);
  });

  it('rejects a phrase listed twice in one entry', () => {
    expect(problems(file([{ ...entry, phrases: ['spo', 'spo'] }]))).toContain('entries.0.phrases');
  });

  it.each([
    ['no phrases', { ...entry, phrases: [] }, 'entries.0.phrases'],
    ['no search terms', { ...entry, searchFor: [] }, 'entries.0.searchFor'],
    ['a search term with no words', { ...entry, searchFor: ['?!'] }, 'entries.0.searchFor.0'],
    ['no reason for the reviewer', { phrases: entry.phrases, searchFor: entry.searchFor }, 'entries.0.why'],
    ['an unknown field', { ...entry, weight: 2 }, 'entries.0'],
  ])('rejects an entry with %s', (_name, bad, path) => {
    expect(problems(file([bad]))).toContain(path);
  });

  it('rejects a file with no review date or no entries', () => {
    expect(problems({ entries: [entry] })).toContain('reviewed');
    expect(problems(file([]))).toContain('entries');
  });

  it('says what is wrong in words, with zod\'s custom code', () => {
    const issues = (data: unknown) => synonymsFileSchema.safeParse(data).error?.issues.map((i) => [i.code, i.path.join('.'), i.message]) ?? [];
    expect(issues(file([{ ...entry, phrases: ['spo', 'spo'] }]))).toContainEqual(['custom', 'entries.0.phrases', 'a phrase is listed twice']);
    expect(issues(file([{ ...entry, searchFor: ['?!'] }]))).toContainEqual(['custom', 'entries.0.searchFor.0', 'search term has no words']);
    expect(issues(file([{ ...entry, phrases: ['Spo'] }]))).toContainEqual(['custom', 'entries.0.phrases.0', 'phrase "Spo" must be written normalised, as "spo"']);
    expect(issues(file([entry, { ...entry, phrases: [entry.phrases[0]!] }]))).toContainEqual([
      'custom',
      'entries.1.phrases.0',
      `phrase "${entry.phrases[0]}" is already in entry 0; one phrase belongs to one entry`,
    ]);
  });
});
