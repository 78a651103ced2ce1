import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  densestStart,
  ellipsis,
  endsSentence,
  maxBacktrack,
  readableSnippet,
  snippetWords,
  splitWords,
  startsSentence,
  questionBlocks,
  outOfQuestions,
} from '../../src/lib/search/snippet';
import { searchStringKeys, searchStringsJson } from '../../src/lib/search/strings';
import { questionsMark } from '../../src/lib/search/section-questions';
import { useStrings } from '../../src/i18n';

const at = (...locations: number[]) => locations.map((location) => ({ weight: 1, balanced_score: 1, location }));
/** `n` words "w0 w1 …", none ending a sentence. */
const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');

describe('splitWords, endsSentence and startsSentence', () => {
  it('splits on any white space, as Pagefind counts word positions', () => {
    expect(splitWords(' one  two\nthree\tfour ')).toEqual(['one', 'two', 'three', 'four']);
  });

  it.each(['end.', 'end?', 'end!', 'end.”', 'end.)', 'end."'])('%s ends a sentence', (w) => expect(endsSentence(w)).toBe(true));
  it.each(['end', 'end:', 'end,', 'e.g'])('%s does not', (w) => expect(endsSentence(w)).toBe(false));

  it('starts a sentence after a full stop or a colon, with a capital, a digit or an opening quote', () => {
    expect(startsSentence('end.', 'Next')).toBe(true);
    expect(startsSentence('example:', 'They')).toBe(true);
    expect(startsSentence('since', '2020')).toBe(false);
    expect(startsSentence('end.', '2020')).toBe(true);
    expect(startsSentence('end.', '“Right')).toBe(true);
    expect(startsSentence(undefined, 'First')).toBe(true);
    expect(startsSentence('if they:', 'start')).toBe(false);
    expect(startsSentence('word', 'Capital')).toBe(false);
  });
});

describe('densestStart', () => {
  it('starts at the matched word with the most score in the window after it', () => {
    expect(densestStart(at(2, 40, 41, 42), 5, 0, 100)).toBe(40);
    expect(densestStart([{ weight: 1, balanced_score: 5, location: 2 }, ...at(40, 41)], 5, 0, 100)).toBe(2);
  });

  it('keeps to the range, and starts at its beginning when nothing matched there', () => {
    expect(densestStart(at(2, 40, 41), 5, 10, 100)).toBe(40);
    expect(densestStart(at(2), 5, 10, 100)).toBe(10);
    expect(densestStart(at(5, 20), 5, 0, 20)).toBe(5);
  });

  it('prefers the earlier of two equal windows', () => {
    expect(densestStart(at(10, 30), 5, 0, 100)).toBe(10);
  });
});

describe('readableSnippet', () => {
  it('starts at the sentence holding the match when it begins close enough before it', () => {
    const content = `First sentence here. Second sentence has the ${words(3)} match in it. Third.`;
    const match = splitWords(content).indexOf('match');
    expect(readableSnippet(content, at(match))).toBe('Second sentence has the w0 w1 w2 match in it. Third.');
  });

  it(`starts at the matched word with a leading "${ellipsis}" when the sentence began more than ${maxBacktrack} words before`, () => {
    const content = `Start ${words(maxBacktrack + 5)} match and more words.`;
    const match = splitWords(content).indexOf('match');
    expect(readableSnippet(content, at(match))).toBe('…match and more words.');
  });

  it(`reaches back exactly ${maxBacktrack} words, no further`, () => {
    const near = `Start. Go ${words(maxBacktrack - 1)} match end.`;
    expect(readableSnippet(near, at(splitWords(near).indexOf('match')))).toMatch(/^Go w0/);
    const far = `Start. Go ${words(maxBacktrack)} match end.`;
    expect(readableSnippet(far, at(splitWords(far).indexOf('match')))).toBe('…match end.');
  });

  it('does not start at a lower-case list item that carries on a sentence', () => {
    const content = 'They must tell the police if they: start using a new name. change address.';
    const match = splitWords(content).indexOf('start');
    expect(readableSnippet(content, at(match))).toBe('They must tell the police if they: start using a new name. change address.');
  });

  it(`ends at a sentence end within the last words, else with a trailing "${ellipsis}"`, () => {
    const long = `Alpha ${words(60)}`;
    const cut = readableSnippet(long, at(0));
    expect(cut).toBe(`Alpha ${words(snippetWords - 1)}…`);
    const withStop = `Alpha ${words(22)} stop. ${words(30, 100)}`;
    expect(readableSnippet(withStop, at(0))).toBe(`Alpha ${words(22)} stop.`);
    const earlyStop = `Alpha ${words(5)} stop. ${words(40, 100)}`;
    expect(readableSnippet(earlyStop, at(0))).toBe(`Alpha ${words(5)} stop. ${words(snippetWords - 7, 100)}…`);
  });

  it('keeps within the range given, and marks a cut at its start', () => {
    const content = `Before words here. ${words(10)} Heading. Inside the section. After it.`;
    const all = splitWords(content);
    const from = all.indexOf('Heading.');
    const to = all.indexOf('After');
    expect(readableSnippet(content, at(from), { from, to })).toBe('Heading. Inside the section.');
    expect(readableSnippet(content, at(from + 1), { from, to })).toBe('Inside the section.');
    expect(readableSnippet(content, at(to), { from, to })).toBe('Heading. Inside the section.');
    expect(readableSnippet(content, at(3), { from: 4, to })).toBe(`…${words(9, 1)} Heading. Inside the section.`);
  });

  it('is empty for an empty range or empty text', () => {
    expect(readableSnippet('', at(0))).toBe('');
    expect(readableSnippet('Some text.', at(0), { from: 5 })).toBe('');
    expect(readableSnippet('Some text.', at(0), { from: 1, to: 1 })).toBe('');
  });

  it('with no matches, starts at the start of the range', () => {
    expect(readableSnippet('Title. Body text here.', [], { from: 1 })).toBe('Body text here.');
  });

  it('always starts with a capital, a digit, a quote or "…", and is never longer than the window plus marks', () => {
    const word = fc.oneof(fc.constantFrom('The', 'police.', 'can', 'help:', 'you', 'Order', '2020.', 'a', 'if?'), fc.stringMatching(/^[a-z]{1,6}$/));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 80 }), fc.array(fc.nat(79), { maxLength: 5 }), (list, locs) => {
        const content = list.join(' ');
        const snippet = readableSnippet(content, at(...locs.filter((l) => l < list.length)));
        expect(snippet).toMatch(/^(…|["“‘(]?[\p{Lu}\p{N}])/u);
        expect(splitWords(snippet.replaceAll(ellipsis, '')).length).toBeLessThanOrEqual(snippetWords);
      }),
    );
  });
});

describe('section questions in the indexed text', () => {
  const m = questionsMark;
  it('finds the blocks between pairs of marks, a mark with a full stop included, an unpaired one left out', () => {
    expect(questionBlocks(['a', m, 'q', `${m}.`, 'b', m, 'r', m, 'c', m])).toEqual([
      [1, 3],
      [5, 7],
    ]);
    expect(questionBlocks(['a', 'b'])).toEqual([]);
    expect(questionBlocks([m])).toEqual([]);
    expect(questionBlocks([`${m}!?`, 'x', `x${m}`, m])).toEqual([[0, 3]]);
  });

  it('moves matches inside a block to the first word after it, and leaves the others', () => {
    expect(outOfQuestions(at(0, 2, 3, 4, 5, 6), [[2, 4]]).map((l) => l.location)).toEqual([0, 5, 5, 5, 5, 6]);
    expect(outOfQuestions(at(1), [])).toEqual(at(1));
  });

  it('never shows the questions: a match in them gives the section text after them', () => {
    const content = `Title. Heading one. ${m} he wont stop texting. police say civil ${m}. The section text starts here. More text.`;
    const texting = splitWords(content).indexOf('texting.');
    expect(readableSnippet(content, at(texting))).toBe('The section text starts here. More text.');
    // A window that would run into a later block leaves it out.
    const two = `Intro words here. ${m} q1 q2 ${m}. Body one. ${m} q3 ${m}. Body two.`;
    expect(readableSnippet(two, at(0))).toBe('Intro words here. Body one. Body two.');
    // Ranges given in the text's word positions still hold.
    const from = splitWords(two).indexOf('Body');
    expect(readableSnippet(two, at(from), { from })).toBe('Body one. Body two.');
    expect(readableSnippet(two, at(from), { from, to: from + 2 })).toBe('Body one.');
  });
});

describe('searchStringsJson', () => {
  it('holds the words of every key search-ui.ts uses', () => {
    const words = JSON.parse(searchStringsJson(useStrings('en-GB'))) as Record<string, unknown>;
    expect(Object.keys(words).sort()).toEqual([...searchStringKeys].sort());
  });
});
