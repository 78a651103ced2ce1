/**
 * Each named guard of the spo-guide machine, called directly with a context and event,
 * plus the pure helpers the guards are built on.
 */
import { describe, expect, it } from 'vitest';
import {
  answersComplete,
  initialContext,
  isOutOfScope,
  isValidAnswer,
  needsBreachQuestion,
  spoGuideMachine,
  withAnswer,
  type GuideContext,
  type GuideEvent,
} from '../../src/machines/spo-guide';
import { typicalAnswers } from './helpers';

type GuardFn = (args: { context: GuideContext; event: GuideEvent }, params?: unknown) => boolean;
const guards = spoGuideMachine.implementations.guards as unknown as Record<string, GuardFn>;
const guard = (name: string): GuardFn => {
  const fn = guards[name];
  if (!fn) throw new Error(`No guard ${name}`);
  return fn;
};
const ctx = (answers: GuideContext['answers'] = {}, changing = false): GuideContext => ({ answers, changing });
const ans = (value: string | readonly string[]): GuideEvent => ({ type: 'wizard.answer', value });

describe('guards', () => {
  it('has exactly the guards tested here', () => {
    expect(Object.keys(guards).sort()).toEqual(
      [
        'answerIs',
        'answerIsOutOfScope',
        'answerNeedsBreachQuestion',
        'breachAnswered',
        'breachQuestionApplies',
        'changeTargetIs',
        'complete',
        'isChanging',
        'saidInDanger',
        'validAnswer',
      ].sort(),
    );
  });

  it('validAnswer: accepts options of the question only', () => {
    const g = guard('validAnswer');
    expect(g({ context: ctx(), event: ans('yes') }, { question: 'danger' })).toBe(true);
    expect(g({ context: ctx(), event: ans('me') }, { question: 'danger' })).toBe(false);
    expect(g({ context: ctx(), event: ans(['following']) }, { question: 'behaviours' })).toBe(true);
    expect(g({ context: ctx(), event: ans([]) }, { question: 'behaviours' })).toBe(false);
    expect(g({ context: ctx(), event: { type: 'wizard.back' } }, { question: 'danger' })).toBe(false);
  });

  it('answerIs: compares the event value', () => {
    const g = guard('answerIs');
    expect(g({ context: ctx(), event: ans('yes') }, { value: 'yes' })).toBe(true);
    expect(g({ context: ctx(), event: ans('no') }, { value: 'yes' })).toBe(false);
    expect(g({ context: ctx(), event: { type: 'wizard.continue' } }, { value: 'yes' })).toBe(false);
  });

  it('answerIsOutOfScope: Scotland, Northern Ireland and elsewhere only', () => {
    const g = guard('answerIsOutOfScope');
    for (const v of ['scotland', 'northern-ireland', 'elsewhere']) expect(g({ context: ctx(), event: ans(v) })).toBe(true);
    for (const v of ['england', 'wales', '']) expect(g({ context: ctx(), event: ans(v) })).toBe(false);
  });

  it('answerNeedsBreachQuestion: any order that exists or might', () => {
    const g = guard('answerNeedsBreachQuestion');
    for (const v of ['interim-spo', 'spo', 'other', 'not-sure']) expect(g({ context: ctx(), event: ans(v) })).toBe(true);
    expect(g({ context: ctx(), event: ans('none') })).toBe(false);
  });

  it('isChanging: reads the changing flag', () => {
    expect(guard('isChanging')({ context: ctx({}, true), event: { type: 'wizard.back' } })).toBe(true);
    expect(guard('isChanging')({ context: ctx({}, false), event: { type: 'wizard.back' } })).toBe(false);
  });

  it('saidInDanger: only when danger is yes', () => {
    expect(guard('saidInDanger')({ context: ctx({ danger: 'yes' }), event: { type: 'wizard.back' } })).toBe(true);
    expect(guard('saidInDanger')({ context: ctx({ danger: 'no' }), event: { type: 'wizard.back' } })).toBe(false);
    expect(guard('saidInDanger')({ context: ctx(), event: { type: 'wizard.back' } })).toBe(false);
  });

  it('breachQuestionApplies and breachAnswered: read the answers held', () => {
    const e: GuideEvent = { type: 'wizard.back' };
    expect(guard('breachQuestionApplies')({ context: ctx({ order: 'spo' }), event: e })).toBe(true);
    expect(guard('breachQuestionApplies')({ context: ctx({ order: 'none' }), event: e })).toBe(false);
    expect(guard('breachAnswered')({ context: ctx({ breach: 'no' }), event: e })).toBe(true);
    expect(guard('breachAnswered')({ context: ctx({}), event: e })).toBe(false);
  });

  it('complete: every question that applies is answered', () => {
    const e: GuideEvent = { type: 'wizard.continue' };
    expect(guard('complete')({ context: ctx(typicalAnswers), event: e })).toBe(true);
    expect(guard('complete')({ context: ctx({ ...typicalAnswers, order: 'spo' }), event: e })).toBe(false);
    expect(guard('complete')({ context: ctx({ ...typicalAnswers, order: 'spo', breach: 'no' }), event: e })).toBe(true);
    expect(guard('complete')({ context: ctx({ ...typicalAnswers, where: 'scotland' }), event: e })).toBe(false);
  });

  it('changeTargetIs: names the question, answers complete, breach only when it applies', () => {
    const g = guard('changeTargetIs');
    const change = (step: 'who' | 'breach'): GuideEvent => ({ type: 'wizard.change', step });
    expect(g({ context: ctx(typicalAnswers), event: change('who') }, { step: 'who' })).toBe(true);
    expect(g({ context: ctx(typicalAnswers), event: change('who') }, { step: 'where' })).toBe(false);
    expect(g({ context: ctx({ danger: 'no' }), event: change('who') }, { step: 'who' })).toBe(false);
    expect(g({ context: ctx(typicalAnswers), event: change('breach') }, { step: 'breach' })).toBe(false);
    const withOrder = { ...typicalAnswers, order: 'spo', breach: 'yes' } as const;
    expect(g({ context: ctx(withOrder), event: change('breach') }, { step: 'breach' })).toBe(true);
  });
});

describe('helpers under the guards', () => {
  it('isValidAnswer rejects non-strings and repeats', () => {
    expect(isValidAnswer('who', 3)).toBe(false);
    expect(isValidAnswer('who', undefined)).toBe(false);
    expect(isValidAnswer('behaviours', ['threats', 'threats'])).toBe(false);
    expect(isValidAnswer('behaviours', ['threats', 7])).toBe(false);
  });
  it('needsBreachQuestion and isOutOfScope', () => {
    expect(needsBreachQuestion({})).toBe(false);
    expect(needsBreachQuestion({ order: 'other' })).toBe(true);
    expect(isOutOfScope({ where: 'wales' })).toBe(false);
    expect(isOutOfScope({ where: 'northern-ireland' })).toBe(true);
  });
  it('answersComplete is false for a fresh start', () => {
    expect(answersComplete(initialContext().answers)).toBe(false);
  });
  it('withAnswer copies behaviours and drops a breach answer that no longer applies', () => {
    const list = ['threats'] as const;
    const next = withAnswer({ order: 'spo', breach: 'yes' }, 'behaviours', list);
    expect(next.behaviours).toEqual(['threats']);
    expect(next.behaviours).not.toBe(list);
    expect(next.breach).toBe('yes');
    expect(withAnswer({ order: 'spo', breach: 'yes' }, 'order', 'none').breach).toBeUndefined();
  });
});
