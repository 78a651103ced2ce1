import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { situations } from '../support/guide-walks';
import { questionIds, guideMachine, type GuideEvent, type QuestionId, type StepId } from '../../src/machines/guide';

export type GuideSnapshot = SnapshotFrom<typeof guideMachine>;

/** The machine's first snapshot. */
export function start(): GuideSnapshot {
  return initialTransition(guideMachine)[0];
}

/** Applies events in order with the pure transition function (no actor). */
export function run(events: readonly GuideEvent[], from: GuideSnapshot = start()): GuideSnapshot {
  return events.reduce((snapshot, event) => transition(guideMachine, snapshot, event)[0], from);
}

/** The step a snapshot is at. */
export const stepOf = (snapshot: GuideSnapshot): StepId => snapshot.value as StepId;

/** An answer event. */
export const answer = (value: string | readonly string[]): GuideEvent => ({ type: 'guide.answer', value });
export const back: GuideEvent = { type: 'guide.back' };
export const cont: GuideEvent = { type: 'guide.continue' };
export const restart: GuideEvent = { type: 'guide.restart' };
export const change = (step: QuestionId): GuideEvent => ({ type: 'guide.change', step });

/** A complete set of answers for England with no order (no breach question): the walk fixture's typical situation. */
export const typicalAnswers = situations.typical;

/**
 * The typical answers as [question, answer] pairs, in the order the guide asks them: the machine
 * tests walk them, and so do the browser tests (test/browser/guide.test.ts), so both take the
 * same path.
 */
export const typicalSteps: readonly (readonly [QuestionId, string | readonly string[]])[] = questionIds.flatMap((q) =>
  q in typicalAnswers ? [[q, typicalAnswers[q as keyof typeof typicalAnswers]] as const] : [],
);

/** Events that answer the questions up to (not including) the given one, from the start, the typical way. */
export function eventsUpTo(question: QuestionId | 'check-answers'): GuideEvent[] {
  const events: GuideEvent[] = [];
  for (const [q, value] of typicalSteps) {
    if (q === question) break;
    events.push(answer(value));
  }
  return events;
}

/** Snapshot at the given question, reached the typical way. */
export function at(question: QuestionId | 'check-answers'): GuideSnapshot {
  if (question === 'breach') return run([...eventsUpTo('order'), answer('spo')]);
  if (question === 'police-response') return run([...eventsUpTo('police'), answer('yes')]);
  return run(eventsUpTo(question));
}
