/**
 * The "Check your situation" flow as an XState v5 machine: routing only.
 * State ids are the question ids; every word shown for them lives in
 * src/content/wizard/ keyed by these ids and option values. No copy, no DOM,
 * no invoke/after: every transition is a pure function of the answers.
 */
import { and, assign, not, setup } from 'xstate';

/** Allowed values for each single-choice question, in display order. */
export const singleChoiceOptions = {
  danger: ['yes', 'no'],
  who: ['me', 'supporter', 'professional'],
  where: ['england', 'wales', 'scotland', 'northern-ireland', 'elsewhere'],
  repeated: ['yes', 'no', 'not-sure'],
  relationship: ['stranger', 'known', 'partner', 'family', 'online-unknown', 'prefer-not-to-say'],
  police: ['yes', 'no', 'not-sure'],
  order: ['none', 'interim-spo', 'spo', 'other', 'not-sure'],
  breach: ['yes', 'no', 'not-sure'],
} as const;

/** Allowed values for the one multiple-choice question, in display order. */
export const behaviourOptions = [
  'following',
  'turning-up',
  'contact',
  'proxy',
  'tracking',
  'online',
  'property',
  'watching',
  'threats',
  'something-else',
  'not-sure',
] as const;

/** A question answered by one choice. */
export type SingleQuestionId = keyof typeof singleChoiceOptions;
/** Every question, in the order they are asked. */
export const questionIds = [
  'danger',
  'who',
  'where',
  'behaviours',
  'repeated',
  'relationship',
  'police',
  'order',
  'breach',
] as const;
/** A question id (also its state id). */
export type QuestionId = (typeof questionIds)[number];
/** A behaviour someone can tick. */
export type Behaviour = (typeof behaviourOptions)[number];
/** Value of a single-choice answer. */
export type AnswerValue<Q extends SingleQuestionId> = (typeof singleChoiceOptions)[Q][number];

/** Everything the person has answered so far. Lives only in memory. */
export type Answers = { [Q in SingleQuestionId]?: AnswerValue<Q> } & { behaviours?: readonly Behaviour[] };

/** Screens that are not questions. */
export const screenIds = ['emergency', 'check-answers', 'result', 'out-of-scope'] as const;
/** A screen id (also its state id). */
export type ScreenId = (typeof screenIds)[number];
/** Every state of the machine. */
export type StepId = QuestionId | ScreenId;
/** Every state id, questions first. */
export const stepIds: readonly StepId[] = [...questionIds, ...screenIds];

/** The machine's context: the answers, and whether the person came from "Check your answers". */
export interface GuideContext {
  answers: Answers;
  /** True while changing an answer from "Check your answers"; routing then returns there. */
  changing: boolean;
}

/** Events the flow understands (all dot-namespaced). */
export type GuideEvent =
  | { type: 'wizard.answer'; value: string | readonly string[] }
  | { type: 'wizard.continue' }
  | { type: 'wizard.back' }
  | { type: 'wizard.change'; step: QuestionId }
  | { type: 'wizard.restart' };

/** Event types, for tests that try every event. */
export const eventTypes = ['wizard.answer', 'wizard.continue', 'wizard.back', 'wizard.change', 'wizard.restart'] as const;

/** A fresh context: nothing answered. */
export function initialContext(): GuideContext {
  return { answers: {}, changing: false };
}

const outOfScopePlaces: readonly string[] = ['scotland', 'northern-ireland', 'elsewhere'];
const ordersThatNeedBreachQuestion: readonly string[] = ['interim-spo', 'spo', 'other', 'not-sure'];

/** True when a value is one of the options of a question (one value; non-empty list for behaviours). */
export function isValidAnswer(question: QuestionId, value: unknown): boolean {
  if (question === 'behaviours') {
    if (!Array.isArray(value) || value.length === 0) return false;
    const allowed: readonly string[] = behaviourOptions;
    return value.every((v) => typeof v === 'string' && allowed.includes(v)) && new Set(value).size === value.length;
  }
  const allowed: readonly string[] = singleChoiceOptions[question];
  return typeof value === 'string' && allowed.includes(value);
}

/** True when the breach question applies: an order exists or might. */
export function needsBreachQuestion(answers: Answers): boolean {
  return answers.order !== undefined && ordersThatNeedBreachQuestion.includes(answers.order);
}

/** True when the person lives outside England and Wales (the guide then ends with what applies there). */
export function isOutOfScope(answers: Answers): boolean {
  return answers.where !== undefined && outOfScopePlaces.includes(answers.where);
}

/** True when every question that applies has an answer and the place is in scope. */
export function answersComplete(answers: Answers): boolean {
  const base =
    answers.danger !== undefined &&
    answers.who !== undefined &&
    answers.where !== undefined &&
    !isOutOfScope(answers) &&
    (answers.behaviours?.length ?? 0) > 0 &&
    answers.repeated !== undefined &&
    answers.relationship !== undefined &&
    answers.police !== undefined &&
    answers.order !== undefined;
  return base && (!needsBreachQuestion(answers) || answers.breach !== undefined);
}

/** The answers with a new answer recorded, dropping answers that no longer apply. */
export function withAnswer(answers: Answers, question: QuestionId, value: string | readonly string[]): Answers {
  const next: Answers = { ...answers, [question]: question === 'behaviours' ? [...(value as readonly string[])] : value };
  if (!needsBreachQuestion(next)) delete next.breach;
  return next;
}

type AnswerEvent = Extract<GuideEvent, { type: 'wizard.answer' }>;

/** The validAnswer guard for one question, typed so it composes inside and([...]). */
const valid = (question: QuestionId) => ({ type: 'validAnswer', params: { question } }) as const;
const answerValue = (event: GuideEvent): unknown => (event.type === 'wizard.answer' ? event.value : undefined);

/** The flow. */
export const spoGuideMachine = setup({
  types: {
    context: {} as GuideContext,
    events: {} as GuideEvent,
  },
  guards: {
    /** The answer in the event is one of the question's options. */
    validAnswer: ({ event }, params: { question: QuestionId }) => isValidAnswer(params.question, answerValue(event)),
    /** The answer in the event is exactly this value. */
    answerIs: ({ event }, params: { value: string }) => answerValue(event) === params.value,
    /** The answer in the event is a place outside England and Wales. */
    answerIsOutOfScope: ({ event }) => outOfScopePlaces.includes(String(answerValue(event))),
    /** The order answer in the event means the breach question applies. */
    answerNeedsBreachQuestion: ({ event }) => ordersThatNeedBreachQuestion.includes(String(answerValue(event))),
    /** The person came here from "Check your answers". */
    isChanging: ({ context }) => context.changing,
    /** The person said they were in danger. */
    saidInDanger: ({ context }) => context.answers.danger === 'yes',
    /** The breach question applies to the answers held. */
    breachQuestionApplies: ({ context }) => needsBreachQuestion(context.answers),
    /** The breach question has an answer. */
    breachAnswered: ({ context }) => context.answers.breach !== undefined,
    /** Every question that applies is answered. */
    complete: ({ context }) => answersComplete(context.answers),
    /** A "Change" request names this question, and it has been answered. */
    changeTargetIs: ({ context, event }, params: { step: QuestionId }) =>
      event.type === 'wizard.change' &&
      event.step === params.step &&
      answersComplete(context.answers) &&
      (params.step !== 'breach' || needsBreachQuestion(context.answers)),
  },
  actions: {
    /** Stores the answer in the event under the question id. */
    recordAnswer: assign(({ context, event }, params: { question: QuestionId }) => ({
      answers: withAnswer(context.answers, params.question, (event as AnswerEvent).value),
    })),
    startChanging: assign({ changing: true }),
    stopChanging: assign({ changing: false }),
    /** Forgets everything. */
    reset: assign(() => initialContext()),
  },
}).createMachine({
  id: 'spo-guide',
  context: initialContext,
  initial: 'danger',
  on: {
    'wizard.restart': { target: '.danger', reenter: true, actions: 'reset' },
  },
  states: {
    danger: {
      on: {
        'wizard.answer': [
          {
            guard: and([valid('danger'), { type: 'answerIs', params: { value: 'yes' } }]),
            target: 'emergency',
            actions: { type: 'recordAnswer', params: { question: 'danger' } },
          },
          {
            guard: and([valid('danger'), 'isChanging']),
            target: 'check-answers',
            actions: [{ type: 'recordAnswer', params: { question: 'danger' } }, 'stopChanging'],
          },
          {
            guard: valid('danger'),
            target: 'who',
            actions: { type: 'recordAnswer', params: { question: 'danger' } },
          },
        ],
        'wizard.back': { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
      },
    },
    emergency: {
      on: {
        'wizard.continue': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { target: 'who' },
        ],
        'wizard.back': { target: 'danger' },
      },
    },
    who: {
      on: {
        'wizard.answer': [
          {
            guard: and([valid('who'), 'isChanging']),
            target: 'check-answers',
            actions: [{ type: 'recordAnswer', params: { question: 'who' } }, 'stopChanging'],
          },
          {
            guard: valid('who'),
            target: 'where',
            actions: { type: 'recordAnswer', params: { question: 'who' } },
          },
        ],
        'wizard.back': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { guard: 'saidInDanger', target: 'emergency' },
          { target: 'danger' },
        ],
      },
    },
    where: {
      on: {
        'wizard.answer': [
          {
            guard: and([valid('where'), 'answerIsOutOfScope']),
            target: 'out-of-scope',
            actions: [{ type: 'recordAnswer', params: { question: 'where' } }, 'stopChanging'],
          },
          {
            guard: and([valid('where'), 'isChanging']),
            target: 'check-answers',
            actions: [{ type: 'recordAnswer', params: { question: 'where' } }, 'stopChanging'],
          },
          {
            guard: valid('where'),
            target: 'behaviours',
            actions: { type: 'recordAnswer', params: { question: 'where' } },
          },
        ],
        'wizard.back': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { target: 'who' },
        ],
      },
    },
    'out-of-scope': {
      on: {
        'wizard.back': { target: 'where' },
      },
    },
    behaviours: {
      on: {
        'wizard.answer': [
          {
            guard: and([valid('behaviours'), 'isChanging']),
            target: 'check-answers',
            actions: [{ type: 'recordAnswer', params: { question: 'behaviours' } }, 'stopChanging'],
          },
          {
            guard: valid('behaviours'),
            target: 'repeated',
            actions: { type: 'recordAnswer', params: { question: 'behaviours' } },
          },
        ],
        'wizard.back': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { target: 'where' },
        ],
      },
    },
    repeated: {
      on: {
        'wizard.answer': [
          {
            guard: and([valid('repeated'), 'isChanging']),
            target: 'check-answers',
            actions: [{ type: 'recordAnswer', params: { question: 'repeated' } }, 'stopChanging'],
          },
          {
            guard: valid('repeated'),
            target: 'relationship',
            actions: { type: 'recordAnswer', params: { question: 'repeated' } },
          },
        ],
        'wizard.back': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { target: 'behaviours' },
        ],
      },
    },
    relationship: {
      on: {
        'wizard.answer': [
          {
            guard: and([valid('relationship'), 'isChanging']),
            target: 'check-answers',
            actions: [{ type: 'recordAnswer', params: { question: 'relationship' } }, 'stopChanging'],
          },
          {
            guard: valid('relationship'),
            target: 'police',
            actions: { type: 'recordAnswer', params: { question: 'relationship' } },
          },
        ],
        'wizard.back': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { target: 'repeated' },
        ],
      },
    },
    police: {
      on: {
        'wizard.answer': [
          {
            guard: and([valid('police'), 'isChanging']),
            target: 'check-answers',
            actions: [{ type: 'recordAnswer', params: { question: 'police' } }, 'stopChanging'],
          },
          {
            guard: valid('police'),
            target: 'order',
            actions: { type: 'recordAnswer', params: { question: 'police' } },
          },
        ],
        'wizard.back': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { target: 'relationship' },
        ],
      },
    },
    order: {
      on: {
        'wizard.answer': [
          {
            // Changing to an order that needs the breach question, not yet answered: ask it next.
            guard: and([
              valid('order'),
              'answerNeedsBreachQuestion',
              not(and(['isChanging', 'breachAnswered'])),
            ]),
            target: 'breach',
            actions: { type: 'recordAnswer', params: { question: 'order' } },
          },
          {
            guard: valid('order'),
            target: 'check-answers',
            actions: [{ type: 'recordAnswer', params: { question: 'order' } }, 'stopChanging'],
          },
        ],
        'wizard.back': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { target: 'police' },
        ],
      },
    },
    breach: {
      on: {
        'wizard.answer': {
          guard: valid('breach'),
          target: 'check-answers',
          actions: [{ type: 'recordAnswer', params: { question: 'breach' } }, 'stopChanging'],
        },
        'wizard.back': [
          { guard: and(['isChanging', 'complete']), target: 'check-answers', actions: 'stopChanging' },
          { target: 'order' },
        ],
      },
    },
    'check-answers': {
      on: {
        'wizard.continue': { guard: 'complete', target: 'result' },
        'wizard.back': [{ guard: 'breachQuestionApplies', target: 'breach' }, { target: 'order' }],
        'wizard.change': [
          ...questionIds.map((step) => ({
            guard: { type: 'changeTargetIs' as const, params: { step } },
            target: step,
            actions: 'startChanging' as const,
          })),
        ],
      },
    },
    result: {
      on: {
        'wizard.back': { target: 'check-answers' },
      },
    },
  },
});

/** The machine's type, for the island and tests. */
export type SpoGuideMachine = typeof spoGuideMachine;
