/**
 * Property test: any sequence of answers (right or wrong), backs, continues, changes and
 * restarts never throws, always lands in a known state, never holds an answer a question
 * does not allow, only shows "Check your answers" or the result with every answer given,
 * and restart always returns to the initial context.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  answersComplete,
  behaviourOptions,
  initialContext,
  isValidAnswer,
  multiChoiceOptions,
  questionIds,
  singleChoiceOptions,
  guideMachine,
  stepIds,
  type GuideEvent,
} from '../../src/machines/guide';

const singleValues = [...new Set(Object.values(singleChoiceOptions).flat())];

/** "Answer whatever is asked with its n-th option": turned into a real event at run time. */
interface ValidAnswer {
  type: 'valid';
  index: number;
}

const eventArb: fc.Arbitrary<GuideEvent | ValidAnswer> = fc.oneof(
  { weight: 80, arbitrary: fc.nat({ max: 10 }).map((index) => ({ type: 'valid' as const, index })) },
  { weight: 6, arbitrary: fc.constantFrom(...singleValues).map((value) => ({ type: 'guide.answer' as const, value })) },
  {
    weight: 3,
    arbitrary: fc
      .subarray([...behaviourOptions], { minLength: 0 })
      .map((value) => ({ type: 'guide.answer' as const, value })),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((value) => ({ type: 'guide.answer' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ type: 'guide.back' as const }) },
  { weight: 2, arbitrary: fc.constant({ type: 'guide.continue' as const }) },
  { weight: 2, arbitrary: fc.constantFrom(...questionIds).map((step) => ({ type: 'guide.change' as const, step })) },
  { weight: 1, arbitrary: fc.constant({ type: 'guide.restart' as const }) },
);

const seen = new Set<string>();
const known = new Set<string>(stepIds);

function toEvent(command: GuideEvent | ValidAnswer, step: string): GuideEvent {
  if (command.type !== 'valid') return command;
  if (step === 'behaviours' || step === 'places') {
    const options = multiChoiceOptions[step];
    const n = (command.index % 3) + 1;
    const from = command.index % Math.max(1, options.length - n);
    return { type: 'guide.answer', value: options.slice(from, from + n) };
  }
  if (step in singleChoiceOptions) {
    const options: readonly string[] = singleChoiceOptions[step as keyof typeof singleChoiceOptions];
    return { type: 'guide.answer', value: options[command.index % options.length]! };
  }
  return { type: 'guide.continue' };
}

describe('guide under random use', () => {
  it('never throws, stays in known states, and keeps its promises', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 10, maxLength: 100 }), (commands) => {
        const actor = createActor(guideMachine).start();
        let errored: unknown;
        actor.subscribe({ error: (e) => (errored = e) });
        for (const command of commands) {
          const event = toEvent(command, actor.getSnapshot().value as string);
          actor.send(event);
          const snapshot = actor.getSnapshot();
          const step = snapshot.value as string;
          // Plain checks (not expect) keep thousands of steps fast; any failure throws and fails the property.
          if (errored !== undefined) throw new Error(`actor error: ${String(errored)}`);
          if (snapshot.status !== 'active') throw new Error(`actor ${snapshot.status}`);
          if (!known.has(step)) throw new Error(`unknown state ${step}`);
          const answers = snapshot.context.answers;
          for (const q of questionIds) {
            if (answers[q] !== undefined && !isValidAnswer(q, answers[q])) throw new Error(`${q} holds ${String(answers[q])}`);
          }
          if ((step === 'check-answers' || step === 'result') && !answersComplete(answers)) {
            throw new Error(`${step} shown with answers missing`);
          }
          seen.add(step);
          if (event.type === 'guide.restart') {
            expect(step).toBe('danger');
            expect(snapshot.context).toEqual(initialContext());
          }
        }
        actor.stop();
      }),
      { numRuns: 300 },
    );
    // The runs went everywhere, results included (so the checks above were really exercised).
    expect([...seen].sort()).toEqual([...stepIds].sort());
  }, 60_000);
});
