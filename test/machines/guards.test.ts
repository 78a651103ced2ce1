/**
 * Each named guard of the guide machine, called directly with a context and event,
 * plus the pure helpers the guards are built on.
 */
import { describe, expect, it } from 'vitest';
import {
  answersComplete,
  initialContext,
  isOutOfScope,
  isValidAnswer,
  needsBreachQuestion,
  needsPoliceResponseQuestion,
  progressAt,
  questionApplies,
  questionIds,
  guideMachine,
  stepAfterChange,
  unansweredQuestions,
  withAnswer,
  type GuideContext,
  type GuideEvent,
} from '../../src/machines/guide';
import { typicalAnswers } from './helpers';

type GuardFn = (args: { context: GuideContext; event: GuideEvent }, params?: unknown) => boolean;
const guards = guideMachine.implementations.guards as unknown as Record<string, GuardFn>;
const guard = (name: string): GuardFn => {
  const fn = guards[name];
  if (!fn) throw new Error(`No guard ${name}`);
  return fn;
};
const ctx = (answers: GuideContext['answers'] = {}, changing = false): GuideContext => ({ answers, changing });
const ans = (value: string | readonly string[]): GuideEvent => ({ type: 'guide.answer', value });

describe('guards', () => {
  it('has exactly the guards tested here', () => {
    expect(Object.keys(guards).sort()).toEqual(
      [
        'answerIs',
        'answerIsOutOfScope',
        'applies',
        'appliesAfter',
        'changeTargetIs',
        'changingLeadsTo',
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
    // Only an answer event carries an answer, whatever else an event holds: XState's assertEvent
    // stops any other event at the guard instead of reading a value it does not have.
    expect(() => g({ context: ctx(), event: { type: 'guide.back' } }, { question: 'danger' })).toThrow(/guide\.answer/);
    const notAnAnswer = { type: 'guide.continue', value: 'yes' } as unknown as GuideEvent;
    expect(() => g({ context: ctx(), event: notAnAnswer }, { question: 'danger' })).toThrow(/guide\.answer/);
  });

  it('answerIs: compares the event value', () => {
    const g = guard('answerIs');
    expect(g({ context: ctx(), event: ans('yes') }, { value: 'yes' })).toBe(true);
    expect(g({ context: ctx(), event: ans('no') }, { value: 'yes' })).toBe(false);
    expect(() => g({ context: ctx(), event: { type: 'guide.continue' } }, { value: 'yes' })).toThrow(/guide\.answer/);
  });

  it('every guard and action that reads an event narrows it with assertEvent, and refuses any other event', () => {
    const wrong = { type: 'guide.continue', value: 'scotland', step: 'who' } as unknown as GuideEvent;
    const args = { context: ctx(typicalAnswers, true), event: wrong };
    const params = { question: 'where', next: 'check-answers', value: 'scotland', step: 'who' };
    for (const name of ['validAnswer', 'answerIs', 'answerIsOutOfScope', 'changingLeadsTo', 'appliesAfter']) {
      expect(() => guard(name)(args, params), name).toThrow(/guide\.answer/);
    }
    expect(() => guard('changeTargetIs')(args, params)).toThrow(/guide\.change/);
    type AssignFn = { assignment: (args: { context: GuideContext; event: GuideEvent }, params: unknown) => unknown };
    const record = (guideMachine.implementations.actions as unknown as Record<string, AssignFn>).recordAnswer!;
    expect(() => record.assignment(args, params)).toThrow(/guide\.answer/);
    expect(record.assignment({ context: ctx(), event: ans('no') }, { question: 'danger' })).toEqual({ answers: { danger: 'no' } });
  });

  it('answerIsOutOfScope: Scotland, Northern Ireland and elsewhere only', () => {
    const g = guard('answerIsOutOfScope');
    for (const v of ['scotland', 'northern-ireland', 'elsewhere']) expect(g({ context: ctx(), event: ans(v) })).toBe(true);
    for (const v of ['england', 'wales', '']) expect(g({ context: ctx(), event: ans(v) })).toBe(false);
  });

  it('appliesAfter: whether a question is asked once the answer in the event is recorded', () => {
    const g = guard('appliesAfter');
    for (const v of ['interim-spo', 'spo', 'other', 'not-sure']) {
      expect(g({ context: ctx(), event: ans(v) }, { question: 'order', next: 'breach' })).toBe(true);
    }
    expect(g({ context: ctx(), event: ans('none') }, { question: 'order', next: 'breach' })).toBe(false);
    expect(g({ context: ctx({ order: 'spo' }), event: ans('yes') }, { question: 'police', next: 'breach' })).toBe(true);
    expect(g({ context: ctx(), event: ans('yes') }, { question: 'police', next: 'who' })).toBe(true);
  });

  it('changingLeadsTo: only while changing, to the first question the new answer leaves open', () => {
    const g = guard('changingLeadsTo');
    const done = { ...typicalAnswers };
    expect(g({ context: ctx(done, true), event: ans('yes') }, { question: 'police', next: 'check-answers' })).toBe(true);
    expect(g({ context: ctx(done, false), event: ans('yes') }, { question: 'police', next: 'check-answers' })).toBe(false);
    expect(g({ context: ctx(done, true), event: ans('spo') }, { question: 'order', next: 'breach' })).toBe(true);
    expect(g({ context: ctx(done, true), event: ans('spo') }, { question: 'order', next: 'check-answers' })).toBe(false);
    expect(g({ context: ctx({ ...done, order: 'spo', breach: 'no' }, true), event: ans('other') }, { question: 'order', next: 'check-answers' })).toBe(true);
  });

  it('applies: reads the answers held', () => {
    const e: GuideEvent = { type: 'guide.back' };
    expect(guard('applies')({ context: ctx({ order: 'spo' }), event: e }, { question: 'breach' })).toBe(true);
    expect(guard('applies')({ context: ctx({ order: 'none' }), event: e }, { question: 'breach' })).toBe(false);
    expect(guard('applies')({ context: ctx({}), event: e }, { question: 'police' })).toBe(true);
  });

  it('complete: every question that applies is answered', () => {
    const e: GuideEvent = { type: 'guide.continue' };
    expect(guard('complete')({ context: ctx(typicalAnswers), event: e })).toBe(true);
    expect(guard('complete')({ context: ctx({ ...typicalAnswers, order: 'spo' }), event: e })).toBe(false);
    expect(guard('complete')({ context: ctx({ ...typicalAnswers, order: 'spo', breach: 'no' }), event: e })).toBe(true);
    expect(guard('complete')({ context: ctx({ ...typicalAnswers, where: 'scotland' }), event: e })).toBe(false);
  });

  it('changeTargetIs: names the question, answers complete, breach only when it applies', () => {
    const g = guard('changeTargetIs');
    const change = (step: 'who' | 'breach'): GuideEvent => ({ type: 'guide.change', step });
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
    expect(isValidAnswer('places', ['work', 'work'])).toBe(false);
    expect(isValidAnswer('places', 'work')).toBe(false);
    expect(isValidAnswer('places', ['work', 'study'])).toBe(true);
    expect(isValidAnswer('police-response', 'said-no')).toBe(true);
    expect(isValidAnswer('police-response', ['said-no'])).toBe(false);
  });
  it('needsPoliceResponseQuestion: only when the police were told', () => {
    expect(needsPoliceResponseQuestion({ police: 'yes' })).toBe(true);
    expect(needsPoliceResponseQuestion({ police: 'no' })).toBe(false);
    expect(needsPoliceResponseQuestion({ police: 'not-sure' })).toBe(false);
    expect(needsPoliceResponseQuestion({})).toBe(false);
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
  it('questionApplies and unansweredQuestions follow the question list', () => {
    expect(questionIds.filter((q) => !questionApplies(q, {}))).toEqual(['police-response', 'breach']);
    expect(questionIds.filter((q) => !questionApplies(q, { order: 'other', police: 'yes' }))).toEqual([]);
    expect(unansweredQuestions({})).toEqual(questionIds.filter((q) => q !== 'breach' && q !== 'police-response'));
    expect(unansweredQuestions({ ...typicalAnswers, order: 'spo' })).toEqual(['breach']);
    const { behaviours: _dropped, ...noBehaviours } = typicalAnswers;
    expect(unansweredQuestions(noBehaviours)).toEqual(['behaviours']);
    expect(unansweredQuestions(typicalAnswers)).toEqual([]);
  });
  it('stepAfterChange: the first open question, the place when it is out of scope, or Check your answers', () => {
    expect(stepAfterChange(typicalAnswers)).toBe('check-answers');
    expect(stepAfterChange({ ...typicalAnswers, order: 'interim-spo' })).toBe('breach');
    expect(stepAfterChange({ ...typicalAnswers, where: 'scotland' })).toBe('where');
    expect(stepAfterChange({ danger: 'no' })).toBe('who');
  });
  it('progressAt: place and total, exact for the path the answers so far take', () => {
    expect(progressAt('danger', {})).toEqual({ number: 1, total: 9 });
    expect(progressAt('police', { where: 'england' })).toEqual({ number: 8, total: 9 });
    expect(progressAt('police', { where: 'england', order: 'none' })).toEqual({ number: 8, total: 9 });
    // Telling the police adds the question of what they did; an order adds the breach question.
    expect(progressAt('police-response', { police: 'yes' })).toEqual({ number: 9, total: 10 });
    expect(progressAt('order', { police: 'yes', order: 'none' })).toEqual({ number: 10, total: 10 });
    expect(progressAt('order', { where: 'wales', order: 'spo' })).toEqual({ number: 9, total: 10 });
    expect(progressAt('breach', { where: 'wales', order: 'spo' })).toEqual({ number: 10, total: 10 });
    expect(progressAt('breach', { police: 'yes', order: 'spo' })).toEqual({ number: 11, total: 11 });
    expect(progressAt('order', { where: 'wales', order: 'none' })).toEqual({ number: 9, total: 9 });
    // The question asked counts itself even before the answer that brings it is held.
    expect(progressAt('breach', { where: 'england' })).toEqual({ number: 10, total: 10 });
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
