/**
 * Graph tests with xstate/graph: every state is reachable, every reachable state has a
 * way forward, every event tried in every reachable state lands in a known state, and
 * every state id has words (option labels and their placeholders are the schema's and
 * test/unit/guide-content.test.ts's business).
 *
 * Snapshots are grouped by what the guards can see (the step, the changing flag, which
 * answers are held, and the three answer classes that route: danger yes, out of scope,
 * breach question applies). Two snapshots in the same group take the same transitions for
 * every event, so exploring one of each covers them all, while every answer value is still
 * tried as an event from every group.
 */
import { describe, expect, it } from 'vitest';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { transition } from 'xstate';
import {
  behaviourOptions,
  isOutOfScope,
  optionsOf,
  needsBreachQuestion,
  questionIds,
  singleChoiceOptions,
  guideMachine,
  stepIds,
  type GuideEvent,
  type StepId,
} from '../../src/machines/guide';
import rawSteps from '../../src/content/guide/guide.json';
import rawResult from '../../src/content/guide/guide-result.json';
import { guideContentSchema } from '../../src/schemas/guide';
import { loadGuideContent } from '../../src/lib/guide/content';
import { fillText } from '../../src/lib/guide/text';
import type { GuideSnapshot } from './helpers';

/** Both content files as one object, as the schema of all the guide's words takes them. */
const rawContent = { ...rawSteps, result: rawResult };

const singleValues = [...new Set(Object.values(singleChoiceOptions).flat())];
/** Every event the flow could be sent, including wrong ones. */
const allEvents: GuideEvent[] = [
  ...singleValues.map((value) => ({ type: 'guide.answer' as const, value })),
  ...behaviourOptions.map((b) => ({ type: 'guide.answer' as const, value: [b] })),
  { type: 'guide.answer', value: ['following', 'tracking', 'something-else'] },
  // Where it happens: one place and two (every place alone would multiply the graph for nothing new).
  { type: 'guide.answer', value: ['work'] },
  { type: 'guide.answer', value: ['home', 'study'] },
  { type: 'guide.answer', value: [] },
  { type: 'guide.answer', value: '' },
  { type: 'guide.answer', value: 'bogus' },
  { type: 'guide.continue' },
  { type: 'guide.back' },
  { type: 'guide.restart' },
  ...questionIds.map((step) => ({ type: 'guide.change' as const, step })),
];

const serializeState = (s: GuideSnapshot): string => {
  const a = s.context.answers;
  const held = questionIds.map((q) => (a[q] === undefined ? '-' : '+')).join('');
  return [s.value, s.context.changing, held, a.danger === 'yes', isOutOfScope(a), needsBreachQuestion(a)].join('|');
};

const options = {
  events: allEvents,
  serializeState: serializeState as (s: unknown) => string,
  serializeEvent: (e: GuideEvent) => JSON.stringify(e),
};
const adjacency = getAdjacencyMap(guideMachine, options as never) as unknown as Record<
  string,
  { state: GuideSnapshot; transitions: Record<string, { event: GuideEvent; state: GuideSnapshot }> }
>;
const reachable = Object.entries(adjacency);

describe('guide as a graph', () => {
  it('explores a meaningful number of states and events', () => {
    expect(reachable.length).toBeGreaterThan(50);
    expect(allEvents.length).toBeGreaterThan(40);
  });

  it('reaches every state of the machine', () => {
    const machineStates = Object.keys(guideMachine.root.states).sort();
    expect(machineStates).toEqual([...stepIds].sort());
    const reached = new Set(reachable.map(([, v]) => v.state.value as string));
    expect([...reached].sort()).toEqual(machineStates);
  });

  // A whole search of the state space: seconds on a loaded machine (Stryker's first run at load 16 took over the 5 s default).
  it('finds a shortest path to every state', { timeout: 30_000 }, () => {
    const paths = getShortestPaths(guideMachine, options as never) as unknown as { state: GuideSnapshot; steps: unknown[] }[];
    const byStep = new Map<StepId, number>();
    for (const p of paths) {
      const step = p.state.value as StepId;
      // The first step of every path is xstate.init; count the events after it.
      byStep.set(step, Math.min(byStep.get(step) ?? Infinity, p.steps.length - 1));
    }
    expect(byStep.get('danger')).toBe(0);
    expect(byStep.get('emergency')).toBe(1);
    expect(byStep.get('out-of-scope')).toBe(3);
    expect(byStep.get('check-answers')).toBe(9);
    expect(byStep.get('breach')).toBe(9);
    expect(byStep.get('police-response')).toBe(8);
    expect(byStep.get('result')).toBe(10);
  });

  it('tries every event in every reachable state and always lands in a known state', () => {
    let tried = 0;
    const known = new Set<string>(stepIds);
    for (const [, { transitions }] of reachable) {
      // getAdjacencyMap has already sent every event to this state; check each outcome.
      expect(Object.keys(transitions).length).toBe(allEvents.length);
      for (const { state: next } of Object.values(transitions)) {
        if (!known.has(next.value as string)) expect.fail(`unknown state ${String(next.value)}`);
        // Never an answer the question does not allow.
        for (const q of questionIds) {
          const v = next.context.answers[q];
          if (v === undefined) continue;
          const allowed: readonly string[] = optionsOf(q);
          for (const item of Array.isArray(v) ? v : [v]) if (!allowed.includes(item)) expect.fail(`${q} holds ${item}`);
        }
        tried += 1;
      }
    }
    expect(tried).toBe(reachable.length * allEvents.length);
  }, 60_000);

  it('has a way forward from every reachable state: a result can always be reached', () => {
    const ends = new Set(reachable.filter(([, v]) => ['result', 'out-of-scope'].includes(v.state.value as string)).map(([k]) => k));
    expect(ends.size).toBeGreaterThan(0);
    // Walk the graph backwards from the results.
    const canFinish = new Set(ends);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, { transitions }] of reachable) {
        if (canFinish.has(key)) continue;
        if (Object.values(transitions).some((t) => canFinish.has(serializeState(t.state)))) {
          canFinish.add(key);
          grew = true;
        }
      }
    }
    const stuck = reachable.filter(([key]) => !canFinish.has(key)).map(([key]) => key);
    expect(stuck).toEqual([]);
  });

  it('lets every result start again', () => {
    for (const [, { state }] of reachable.filter(([, v]) => ['result', 'out-of-scope'].includes(v.state.value as string))) {
      const [next] = transition(guideMachine, state, { type: 'guide.restart' });
      expect(next.value).toBe('danger');
      expect(next.context.answers).toEqual({});
    }
  });
});

describe('every state and option has words', () => {
  const content = loadGuideContent(rawSteps, rawResult);

  it.each(stepIds)('%s has content', (step) => {
    const entry = (questionIds as readonly string[]).includes(step)
      ? content.questions[step as (typeof questionIds)[number]]
      : content.screens[step as keyof typeof content.screens];
    expect(entry && fillText(entry.title, 'you').length).toBeGreaterThan(3);
    expect(entry && fillText(entry.title, 'they').length).toBeGreaterThan(3);
  });

  it('the schema rejects content with a missing state, a missing option label or an extra option', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately breaking the shape
    const copy = (): any => JSON.parse(JSON.stringify(rawContent));
    const noState = copy();
    delete noState.questions.police;
    expect(guideContentSchema.safeParse(noState).success).toBe(false);
    const noScreen = copy();
    delete noScreen.screens['out-of-scope'];
    expect(guideContentSchema.safeParse(noScreen).success).toBe(false);
    const noLabel = copy();
    delete noLabel.questions.behaviours.options.tracking;
    expect(guideContentSchema.safeParse(noLabel).success).toBe(false);
    const emptyLabel = copy();
    emptyLabel.questions.order.options.spo.label = ' ';
    expect(guideContentSchema.safeParse(emptyLabel).success).toBe(false);
    const extra = copy();
    extra.questions.danger.options.maybe = { label: 'Maybe' };
    expect(guideContentSchema.safeParse(extra).success).toBe(false);
  });
});
