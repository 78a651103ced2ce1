/**
 * Times written relative to the day of writing (src/lib/letters/relative-time.ts), over the
 * letters' reviewed list of phrases (src/content/letters/letters.json, relativeTime.phrases): what
 * must be found and what must not, whole words only, any case, longer phrases first.
 */
import { describe, expect, it } from 'vitest';
import rawContent from '../../src/content/letters/letters.json';
import { loadLettersContent } from '../../src/lib/letters/content';
import { phrasePattern, relativeTimesIn } from '../../src/lib/letters/relative-time';

const phrases = loadLettersContent(rawContent).relativeTime.phrases;

describe('the letters’ relative-time phrases', () => {
  it.each([
    ['He was outside my house last night.', ['last night']],
    ['Yesterday he sent 40 messages.', ['yesterday']],
    ['He followed me to work this morning and again this evening', ['this morning', 'this evening']],
    ['He said he would come back tonight', ['tonight']],
    ['It happened earlier today', ['earlier today']],
    ['today he rang twice', ['today']],
    ['The day before yesterday he was at the gate', ['the day before yesterday']],
    ['He turned up at my work last week, and the other day at the shop', ['last week', 'the other day']],
    ['A few days ago, and a couple of days ago', ['a few days ago', 'a couple of days ago']],
    ['LAST  NIGHT\nhe called', ['last night']],
    ['Last night, yesterday: and again last night', ['last night', 'yesterday']],
  ])('must find the relative time in %j', (text, expected) => {
    expect(relativeTimesIn(text, phrases)).toEqual(expected);
  });

  it.each([
    'On 5 December at about 10pm he was outside my house.',
    'Every night since 1 November.',
    'The last time was on Monday 1 December.',
    'He is lasting nightmares to me', // "last night" inside other words
    'Todays', // glued to a letter
    'yesterdays', // glued to a letter
    'tonightly',
    'Weekday mornings in November',
    'The other person at the door',
    '',
  ])('must not find a relative time in %j', (text) => {
    expect(relativeTimesIn(text, phrases)).toEqual([]);
  });

  it('takes a longer phrase out before a shorter one it holds, and keeps the list’s order', () => {
    expect(relativeTimesIn('earlier today', ['today', 'earlier today'])).toEqual(['earlier today']);
    expect(relativeTimesIn('earlier today and today', ['today', 'earlier today'])).toEqual(['today', 'earlier today']);
    expect(relativeTimesIn('b a', ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('matches whole words in any script, with any white space between words, and reads a phrase’s characters literally', () => {
    expect(phrasePattern('last night').test('élast night')).toBe(false);
    expect(phrasePattern('last night').test('last night2')).toBe(false);
    expect(phrasePattern('last night').test('(last\tnight)')).toBe(true);
    expect(phrasePattern(' last night ').test('last night')).toBe(true);
    expect(phrasePattern('last  night').test('last night')).toBe(true);
    expect(phrasePattern('a.b').test('axb')).toBe(false);
    expect(phrasePattern('a.b').test('a.b')).toBe(true);
  });
});
