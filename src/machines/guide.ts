/**
 * The "Check your situation" flow as an XState v5 machine: routing only.
 * State ids are the question ids; every word shown for them lives in
 * src/content/guide/ keyed by these ids and option values. No copy, no DOM,
 * no invoke/after: every transition is a pure function of the answers.
 */
import { and, assertEvent, assign, setup } from 'xstate';
import { isMultiChoice, optionsOf, questionIds, type Answers, type QuestionId } from '../lib/guide/ids';

// The id lists live in src/lib/guide/ids.ts; the machine's users may take them from here too.
export {
  behaviourOptions,
  isMultiChoice,
  multiChoiceOptions,
  optionsOf,
  placeOptions,
  questionIds,
  screenIds,
  singleChoiceOptions,
  stepIds,
  type AnswerValue,
  type Answers,
  type Behaviour,
  type MultiQuestionId,
  type Place,
  type QuestionId,
  type ScreenId,
  type SingleQuestionId,
  type StepId,
} from '../lib/guide/ids';

/** The machine's context: the answers, and whether the person came from "Check your answers". */
export interface GuideContext {
  answers: Answers;
  /** True while changing an answer from "Check your answers"; routing then returns there. */
  changing: boolean;
}

/** Events the flow understands (all dot-namespaced). */
export type GuideEvent =
  | { type: 'guide.answer'; value: string | readonly string[] }
  | { type: 'guide.continue' }
  | { type: 'guide.back' }
  | { type: 'guide.change'; step: QuestionId }
  | { type: 'guide.restart' };

/** A fresh context: nothing answered. */
export function initialContext(): GuideContext {
  return { answers: {}, changing: false };
}

const outOfScopePlaces: readonly string[] = ['scotland', 'northern-ireland', 'elsewhere'];
const ordersThatNeedBreachQuestion: readonly string[] = ['interim-spo', 'spo', 'other', 'not-sure'];

/** True when a value is one of the options of a question (one value; a non-empty list without repeats where any that apply are ticked). */
export function isValidAnswer(question: QuestionId, value: unknown): boolean {
  const allowed = optionsOf(question);
  if (isMultiChoice(question)) {
    if (!Array.isArray(value) || value.length === 0) return false;
    return value.every((v) => typeof v === 'string' && allowed.includes(v)) && new Set(value).size === value.length;
  }
  return typeof value === 'string' && allowed.includes(value);
}

/** True when the police were told, so the question of what they did applies. */
export function needsPoliceResponseQuestion(answers: Answers): boolean {
  return answers.police === 'yes';
}

/** True when the breach question applies: an order exists or might. */
export function needsBreachQuestion(answers: Answers): boolean {
  return answers.order !== undefined && ordersThatNeedBreachQuestion.includes(answers.order);
}

/** True when the person lives outside England and Wales (the guide then ends with what applies there). */
export function isOutOfScope(answers: Answers): boolean {
  return answers.where !== undefined && outOfScopePlaces.includes(answers.where);
}

/**
 * Questions asked only for some answers, with the rule that says when. Every other question is
 * always asked. Adding a conditional question means one line here.
 */
const askedOnlyWhen: Partial<Record<QuestionId, (answers: Answers) => boolean>> = {
  'police-response': needsPoliceResponseQuestion,
  breach: needsBreachQuestion,
};

/** True when this question is asked for these answers. */
export function questionApplies(question: QuestionId, answers: Answers): boolean {
  return askedOnlyWhen[question]?.(answers) ?? true;
}

/** The questions that apply to these answers and have no answer yet, in the order they are asked. */
export function unansweredQuestions(answers: Answers): QuestionId[] {
  return questionIds.filter((q) => questionApplies(q, answers) && answers[q] === undefined);
}

/** True when every question that applies has an answer and the place is in scope. */
export function answersComplete(answers: Answers): boolean {
  return !isOutOfScope(answers) && unansweredQuestions(answers).length === 0;
}

/**
 * Where a change of answer leads: the first question still to answer, or the place question when
 * the place is outside England and Wales (the guide cannot go on from there), or "Check your answers".
 */
export function stepAfterChange(answers: Answers): QuestionId | 'check-answers' {
  return unansweredQuestions(answers)[0] ?? (isOutOfScope(answers) ? 'where' : 'check-answers');
}

/** The answers with a new answer recorded, dropping answers to questions that no longer apply. */
export function withAnswer(answers: Answers, question: QuestionId, value: string | readonly string[]): Answers {
  const next: Answers = { ...answers, [question]: isMultiChoice(question) ? [...(value as readonly string[])] : value };
  for (const q of questionIds) if (!questionApplies(q, next)) delete next[q];
  return next;
}

/**
 * Where the visitor is, for "Question 3 of 8": the question's place among the questions on the path
 * so far, and how many that path has: every question that applies to the answers held, and this one.
 * The total is exact for that path, never "about": a later answer that adds a question (an order,
 * which adds the breach question) adds one to it then.
 */
export function progressAt(question: QuestionId, answers: Answers): { number: number; total: number } {
  const asked = questionIds.filter((q) => q === question || questionApplies(q, answers));
  return { number: asked.indexOf(question) + 1, total: asked.length };
}

type AnswerEvent = Extract<GuideEvent, { type: 'guide.answer' }>;

/** The answers as they would be once the answer in the event is recorded for this question. */
const answersAfter = (context: GuideContext, event: AnswerEvent, question: QuestionId): Answers =>
  withAnswer(context.answers, question, event.value);

/** The validAnswer guard for one question, typed so it composes inside and([...]). */
const valid = (question: QuestionId) => ({ type: 'validAnswer', params: { question } }) as const;
const record = (question: QuestionId) => ({ type: 'recordAnswer', params: { question } }) as const;

/** The flow's named guards and actions. */
const flow = setup({
  types: {
    context: {} as GuideContext,
    events: {} as GuideEvent,
  },
  guards: {
    /** The answer in the event is one of the question's options. */
    validAnswer: ({ event }, params: { question: QuestionId }) => {
      assertEvent(event, 'guide.answer');
      return isValidAnswer(params.question, event.value);
    },
    /** The answer in the event is exactly this value. */
    answerIs: ({ event }, params: { value: string }) => {
      assertEvent(event, 'guide.answer');
      return event.value === params.value;
    },
    /** The answer in the event is a place outside England and Wales. */
    answerIsOutOfScope: ({ event }) => {
      assertEvent(event, 'guide.answer');
      return outOfScopePlaces.includes(String(event.value));
    },
    /**
     * While changing an answer: once this answer is recorded, the first question still to be
     * answered is `next` ("check-answers" when none is left).
     */
    changingLeadsTo: ({ context, event }, params: { question: QuestionId; next: QuestionId | 'check-answers' }) => {
      assertEvent(event, 'guide.answer');
      return context.changing && stepAfterChange(answersAfter(context, event, params.question)) === params.next;
    },
    /** Once the answer in the event is recorded for `question`, the question `next` is asked. */
    appliesAfter: ({ context, event }, params: { question: QuestionId; next: QuestionId }) => {
      assertEvent(event, 'guide.answer');
      return questionApplies(params.next, answersAfter(context, event, params.question));
    },
    /** The person came here from "Check your answers". */
    isChanging: ({ context }) => context.changing,
    /** The person said they were in danger. */
    saidInDanger: ({ context }) => context.answers.danger === 'yes',
    /** This question is asked for the answers held. */
    applies: ({ context }, params: { question: QuestionId }) => questionApplies(params.question, context.answers),
    /** Every question that applies is answered. */
    complete: ({ context }) => answersComplete(context.answers),
    /** A "Change" request names this question, every answer is given, and the question applies. */
    changeTargetIs: ({ context, event }, params: { step: QuestionId }) => {
      assertEvent(event, 'guide.change');
      return event.step === params.step && answersComplete(context.answers) && questionApplies(params.step, context.answers);
    },
  },
  actions: {
    /** Stores the answer in the event under the question id. */
    recordAnswer: assign(({ context, event }, params: { question: QuestionId }) => {
      assertEvent(event, 'guide.answer');
      return { answers: answersAfter(context, event, params.question) };
    }),
    startChanging: assign({ changing: true }),
    stopChanging: assign({ changing: false }),
    /** Forgets everything. */
    reset: assign(() => initialContext()),
  },
});

/** How one question routes before the rules every question shares. */
interface QuestionRoutes {
  /** Answers that go somewhere of their own first (danger yes, a place out of scope). */
  answer?: readonly object[];
  /** Where Back goes before the question before (the emergency screen after "yes" to danger). */
  back?: readonly object[];
}

/**
 * One question's state, generated from its place in `questionIds`. A valid answer, while changing
 * an answer from "Check your answers", leads where {@link stepAfterChange} says (only the questions
 * the new answer makes necessary, then back there); otherwise to the next question that applies.
 * Back while changing returns to "Check your answers" when every answer is there; otherwise it goes
 * to the question before.
 */
function questionState(question: QuestionId, routes: QuestionRoutes = {}) {
  const index = questionIds.indexOf(question);
  const changeTargets = [...questionIds.filter((q) => q !== question), 'check-answers'] as const;
  // Straight through: later questions asked only for some answers are tried in turn, up to the
  // first one that is always asked; with none left, "Check your answers".
  const forward: object[] = [];
  let reachesEnd = true;
  for (const next of questionIds.slice(index + 1)) {
    if (!askedOnlyWhen[next]) {
      forward.push({ guard: valid(question), target: next, actions: record(question) });
      reachesEnd = false;
      break;
    }
    forward.push({
      guard: and([valid(question), { type: 'appliesAfter', params: { question, next } }]),
      target: next,
      actions: record(question),
    });
  }
  if (reachesEnd) forward.push({ guard: valid(question), target: 'check-answers', actions: [record(question), 'stopChanging'] });
  return {
    on: {
      'guide.answer': [
        ...(routes.answer ?? []),
        ...changeTargets.map((next) => ({
          guard: and([valid(question), { type: 'changingLeadsTo', params: { question, next } }]),
          target: next,
          actions: next === 'check-answers' ? [record(question), 'stopChanging'] : record(question),
        })),
        ...forward,
      ],
      'guide.back': [
        { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
        ...(routes.back ?? []),
        ...lastAskedBefore(index),
      ],
    },
  };
}

/** Routes of their own, for the questions that have them. */
const ownRoutes: Partial<Record<QuestionId, QuestionRoutes>> = {
  danger: {
    answer: [{ guard: and([valid('danger'), { type: 'answerIs', params: { value: 'yes' } }]), target: 'emergency', actions: record('danger') }],
  },
  who: { back: [{ guard: 'saidInDanger', target: 'emergency' }] },
  where: {
    answer: [{ guard: and([valid('where'), 'answerIsOutOfScope']), target: 'out-of-scope', actions: record('where') }],
  },
};

/**
 * Back to the last question asked before the one at `index` (all of them, for "Check your answers"):
 * the questions before it in turn, each asked only for some answers tried with its rule, up to the
 * last one always asked.
 */
function lastAskedBefore(index: number = questionIds.length) {
  const backs: object[] = [];
  for (const q of questionIds.slice(0, index).reverse()) {
    if (!askedOnlyWhen[q]) return [...backs, { target: q }];
    backs.push({ guard: { type: 'applies', params: { question: q } }, target: q });
  }
  return backs;
}

/** The question states, one per id, generated. */
const questionStates = Object.fromEntries(questionIds.map((q) => [q, questionState(q, ownRoutes[q])]));

/** The flow. */
export const guideMachine = flow.createMachine({
  id: 'guide',
  context: initialContext,
  initial: 'danger',
  on: {
    'guide.restart': { target: '.danger', reenter: true, actions: 'reset' },
  },
  states: {
    ...(questionStates as Record<QuestionId, ReturnType<typeof questionState>>),
    emergency: {
      on: {
        'guide.continue': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { target: 'who' },
        ],
        'guide.back': { target: 'danger' },
      },
    },
    'out-of-scope': {
      on: {
        'guide.back': { target: 'where' },
      },
    },
    'check-answers': {
      on: {
        'guide.continue': { guard: 'complete', target: 'result' },
        // Back to the last question asked.
        'guide.back': lastAskedBefore(),
        'guide.change': questionIds.map((step) => ({
          guard: { type: 'changeTargetIs' as const, params: { step } },
          target: step,
          actions: 'startChanging' as const,
        })),
      },
    },
    result: {
      on: {
        'guide.back': { target: 'check-answers' },
      },
    },
  },
});
