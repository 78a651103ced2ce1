/**
 * The one fixture every test that walks the guide takes its walk from. A situation is a set of
 * answers; its walk (which screens come, in which order, and what is done on each) is derived by
 * running the guide machine itself, so a new question, a new screen or a changed route changes
 * every walk at once, and no test keeps its own copy of the question order.
 */
import { initialTransition, transition } from 'xstate';
import { guideMachine, type Answers, type GuideEvent, type QuestionId, type StepId } from '../../src/machines/guide';
import { questionIds } from '../../src/lib/guide/ids';

/** One move of a walk: answer a question, or press the screen's one button (the danger screen's, Check your answers'). */
export type WalkMove =
  | { step: QuestionId; kind: 'answer'; value: string | string[] }
  | { step: 'emergency' | 'check-answers'; kind: 'continue' };

/** A walk: the moves, and the screen it ends on. */
export interface Walk {
  moves: WalkMove[];
  end: StepId;
}

/** Situations the tests walk, by name: the answers a visitor gives (a question the route skips is left out). */
export const situations = {
  /** England, the person themself, no order: the machine tests' typical answers. */
  typical: {
    danger: 'no',
    who: 'me',
    where: 'england',
    behaviours: ['following'],
    places: ['home'],
    repeated: 'yes',
    relationship: 'stranger',
    police: 'yes',
    'police-response': 'dealing',
    order: 'none',
  },
  'danger yes': {
    danger: 'yes',
    who: 'me',
    where: 'england',
    behaviours: ['following', 'contact'],
    places: ['home'],
    repeated: 'yes',
    relationship: 'known',
    police: 'yes',
    'police-response': 'dealing',
    order: 'none',
  },
  'supporter, Wales, ex-partner, no order': {
    danger: 'no',
    who: 'supporter',
    where: 'wales',
    behaviours: ['following', 'contact'],
    places: ['home'],
    repeated: 'yes',
    relationship: 'partner',
    police: 'no',
    order: 'none',
  },
  'England, interim order, broken': {
    danger: 'no',
    who: 'me',
    where: 'england',
    behaviours: ['following', 'contact'],
    places: ['home'],
    repeated: 'yes',
    relationship: 'known',
    police: 'yes',
    'police-response': 'dealing',
    order: 'interim-spo',
    breach: 'yes',
  },
  professional: {
    danger: 'no',
    who: 'professional',
    where: 'england',
    behaviours: ['following', 'contact'],
    places: ['home'],
    repeated: 'yes',
    relationship: 'known',
    police: 'yes',
    'police-response': 'dealing',
    order: 'none',
  },
  'police said no': {
    danger: 'no',
    who: 'me',
    where: 'england',
    behaviours: ['following', 'contact'],
    places: ['home'],
    repeated: 'yes',
    relationship: 'known',
    police: 'yes',
    'police-response': 'said-no',
    order: 'none',
  },
  'unknown person online': {
    danger: 'no',
    who: 'me',
    where: 'england',
    behaviours: ['online', 'contact'],
    places: ['online'],
    repeated: 'yes',
    relationship: 'online-unknown',
    police: 'no',
    order: 'none',
  },
  'at work': {
    danger: 'no',
    who: 'me',
    where: 'england',
    behaviours: ['following', 'contact'],
    places: ['work'],
    repeated: 'yes',
    relationship: 'known',
    police: 'yes',
    'police-response': 'no-news',
    order: 'none',
  },
  'parent supporting a student': {
    danger: 'no',
    who: 'supporter',
    where: 'england',
    behaviours: ['following', 'contact'],
    places: ['study', 'online'],
    repeated: 'yes',
    relationship: 'known',
    police: 'no',
    order: 'none',
  },
  Scotland: { danger: 'no', who: 'me', where: 'scotland' },
  'Northern Ireland': { danger: 'no', who: 'me', where: 'northern-ireland' },
  elsewhere: { danger: 'no', who: 'me', where: 'elsewhere' },
} as const satisfies Record<string, Answers>;

export type SituationName = keyof typeof situations;

/**
 * The walk for a set of answers, by running the machine: at each question the answer given for it,
 * on the danger screen and on Check your answers their button, until the result or the page for
 * people outside England and Wales. Fails, naming the question, when the answers leave one the
 * route asks unanswered, so a situation cannot silently stop short.
 */
export function walkFor(answers: Answers): Walk {
  let snapshot = initialTransition(guideMachine)[0];
  const moves: WalkMove[] = [];
  for (let i = 0; i < 40; i += 1) {
    const step = snapshot.value as StepId;
    let event: GuideEvent;
    if ((questionIds as readonly string[]).includes(step)) {
      const question = step as QuestionId;
      const value = answers[question];
      if (value === undefined) throw new Error(`The walk reaches the question "${question}", which these answers leave unanswered`);
      const copy = typeof value === 'string' ? value : [...value];
      moves.push({ step: question, kind: 'answer', value: copy });
      event = { type: 'guide.answer', value: copy };
    } else if (step === 'emergency' || step === 'check-answers') {
      moves.push({ step, kind: 'continue' });
      event = { type: 'guide.continue' };
    } else {
      return { moves, end: step };
    }
    const next = transition(guideMachine, snapshot, event)[0];
    if (next.value === snapshot.value) throw new Error(`The machine did not move from "${step}" (answer ${JSON.stringify(answers[step as QuestionId])})`);
    snapshot = next;
  }
  throw new Error('The walk did not end within 40 moves');
}

/** The walk of a named situation. */
export const walkOf = (name: SituationName): Walk => walkFor(situations[name]);

/** The questions of a walk with their answers, in the order asked (for tests that answer by hand). */
export const answersOf = (walk: Walk): [QuestionId, string | string[]][] =>
  walk.moves.flatMap((m) => (m.kind === 'answer' ? [[m.step, m.value] as [QuestionId, string | string[]]] : []));
