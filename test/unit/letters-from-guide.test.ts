/**
 * Where the letter builder starts inside the step-by-step guide's result
 * (src/lib/letters/from-guide.ts): one row per mapping, then a property test over random guide
 * answers built from the machine's own option lists.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawContent from '../../src/content/letters/letters.json';
import { loadLettersContent } from '../../src/lib/letters/content';
import { composeLetter, missingAnswers } from '../../src/lib/letters/compose';
import { forbidForBehaviour, letterStartFromGuide } from '../../src/lib/letters/from-guide';
import { letterIds, optionIds } from '../../src/lib/letters/ids';
import { isMultiChoice, multiChoiceOptions, questionIds, singleChoiceOptions, type Answers } from '../../src/machines/guide';

const content = loadLettersContent(rawContent);

describe('the letter the guide opens', () => {
  it.each<[string, Answers, string | undefined]>([
    ['no order: ask for an order', { order: 'none' }, 'ask-for-order'],
    ['not sure about an order: ask for an order', { order: 'not-sure', breach: 'no' }, 'ask-for-order'],
    ['an order that was broken: report the breach', { order: 'spo', breach: 'yes' }, 'report-breach'],
    ['not sure about an order, but it was broken: report the breach', { order: 'not-sure', breach: 'yes' }, 'report-breach'],
    ['an order not broken: no letter chosen', { order: 'spo', breach: 'no' }, undefined],
    ['an order, not sure if broken: no letter chosen', { order: 'interim-spo', breach: 'not-sure' }, undefined],
    ['no answer about an order: no letter chosen', {}, undefined],
    ['the police said no, no order: the review letter, never one asking them to apply', { police: 'yes', 'police-response': 'said-no', order: 'none' }, 'review-or-complain'],
    ['the police said no, not sure about an order: the review letter', { police: 'yes', 'police-response': 'said-no', order: 'not-sure', breach: 'no' }, 'review-or-complain'],
    ['the police are dealing with it: ask for an order', { police: 'yes', 'police-response': 'dealing', order: 'none' }, 'ask-for-order'],
    ['"said no" left over from an answer no longer given: ask for an order', { police: 'no', 'police-response': 'said-no', order: 'none' }, 'ask-for-order'],
    ['the police said no, but an order was broken: report the breach', { police: 'yes', 'police-response': 'said-no', order: 'spo', breach: 'yes' }, 'report-breach'],
  ])('%s', (_name, guide, letter) => {
    expect(letterStartFromGuide(guide).letter).toBe(letter);
  });
});

describe('the review letter after the police said no', () => {
  it('starts on the route for a decision not to apply for an order', () => {
    expect(letterStartFromGuide({ police: 'yes', 'police-response': 'said-no', order: 'none' }).answers.route).toBe('no-order');
    expect(letterStartFromGuide({ police: 'yes', 'police-response': 'dealing', order: 'none' }).answers).not.toHaveProperty('route');
  });
});

describe('the places the order could keep the person away from', () => {
  it.each<[Answers['places'] & object, boolean]>([
    [['work'], true],
    [['study'], true],
    [['home', 'work'], true],
    [['home'], false],
    [['online', 'elsewhere'], false],
  ])('%j: "places" ticked is %s', (places, ticked) => {
    expect(letterStartFromGuide({ order: 'none', places }).answers.forbid?.includes('places') ?? false).toBe(ticked);
  });
  it('is not ticked twice when turning up also gives it', () => {
    expect(letterStartFromGuide({ order: 'none', places: ['work'], behaviours: ['turning-up'] }).answers.forbid).toEqual(['places', 'approach']);
  });
});

describe('the kind of order in the breach report', () => {
  it.each<[NonNullable<Answers['order']>, string | undefined]>([
    ['spo', 'full'],
    ['interim-spo', 'interim'],
    ['other', 'not-sure'],
    ['not-sure', 'not-sure'],
    ['none', undefined],
  ])('guide order "%s" gives order type %s', (order, orderType) => {
    expect(letterStartFromGuide({ order, breach: 'yes' }).answers.orderType).toBe(orderType);
  });
});

describe('what the order could forbid, from the behaviours ticked', () => {
  it.each<[Answers['behaviours'] & object, string[] | undefined]>([
    [['following'], ['surveillance']],
    [['tracking'], ['surveillance']],
    [['turning-up'], ['places', 'approach']],
    [['contact'], ['contact']],
    [['proxy'], ['third-parties']],
    [['online'], ['social-media']],
    [['threats', 'worse', 'something-else'], undefined],
    // Several behaviours giving the same term give it once, in the builder's own order.
    [['online', 'contact', 'following', 'tracking'], ['contact', 'social-media', 'surveillance']],
  ])('%j gives %j', (behaviours, forbid) => {
    expect(letterStartFromGuide({ order: 'none', behaviours }).answers.forbid).toEqual(forbid);
  });

  it('a breach report carries the terms too, so they are there if the visitor switches letter', () => {
    expect(letterStartFromGuide({ order: 'spo', breach: 'yes', behaviours: ['contact'] }).answers).toEqual({ orderType: 'full', forbid: ['contact'] });
  });
});

/** Any set of guide answers the machine's option lists allow, complete or not. */
const guideAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    questionIds.map((q) => [
      q,
      isMultiChoice(q) ? fc.uniqueArray(fc.constantFrom(...multiChoiceOptions[q])) : fc.constantFrom(...singleChoiceOptions[q as keyof typeof singleChoiceOptions]),
    ]),
  ) as unknown as { [K in keyof Answers]-?: fc.Arbitrary<NonNullable<Answers[K]>> },
  { requiredKeys: [] },
);

describe('every guide answer set gives a valid start', () => {
  it('a known letter, only known options in order without repeats, and a letter that composes cleanly', () => {
    fc.assert(
      fc.property(guideAnswers, (guide) => {
        const start = letterStartFromGuide(guide);
        if (start.letter !== undefined) expect(letterIds).toContain(start.letter);
        const { forbid, orderType, route, ...rest } = start.answers;
        expect(rest).toEqual({});
        // A route only for the review letter, and only the one for a decision not to apply.
        if (route !== undefined) expect([start.letter, route]).toEqual(['review-or-complain', 'no-order']);
        if (orderType !== undefined) expect(optionIds.orderType).toContain(orderType);
        if (forbid !== undefined) {
          expect(forbid.length).toBeGreaterThan(0);
          expect(forbid).toEqual(optionIds.forbid.filter((id) => forbid.includes(id)));
          const expected = new Set((guide.behaviours ?? []).flatMap((b) => forbidForBehaviour[b]));
          if (guide.places?.some((p) => p === 'work' || p === 'study')) expected.add('places');
          expect(new Set(forbid)).toEqual(expected);
        }
        for (const letter of letterIds) {
          const answers = { ...start.answers, yourName: 'N', whatHappened: 'W', whyAfraid: 'A', breachWhen: 'B', breachWhat: 'C', route: 'no-order' as const, decision: 'D', orderType: start.answers.orderType ?? 'full' };
          expect(missingAnswers(content, letter, answers)).toEqual([]);
          expect(composeLetter(content, letter, answers)).not.toMatch(/undefined|NaN|null|\[object|[{}]/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a start with nothing to carry over', () => {
  it('has no kind of order and nothing to forbid when the guide has no such answers', () => {
    const start = letterStartFromGuide({ order: 'none' });
    expect(start.answers).not.toHaveProperty('orderType');
    expect(start.answers).not.toHaveProperty('forbid');
  });
});
