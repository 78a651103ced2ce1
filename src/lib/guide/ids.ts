/**
 * The guide's id lists for its questions, in one module: the questions and their options (the
 * machine's states and answers) and the screens. The keys of the result (next steps, sections,
 * paragraphs, list items, link groups, tools) are in ./result-ids.ts: a module of their own because
 * the bundler keeps a module whole, so while they were here the page's first load carried them for
 * the result's lazily loaded code (about 0.7 KB gzip). The machine (src/machines/guide.ts), the
 * decisions (./decide.ts), the words' schemas (src/schemas/guide.ts) and the records
 * (src/data/protective-orders.ts) all read the lists from these two modules, and none of them
 * imports another to get them. Adding a question: its id and options here, its
 * words in src/content/guide/guide.json (the schema then asks for them), and a routing rule in the
 * machine only if it is asked for some answers only.
 */

/** Allowed values for each single-choice question, in display order. */
export const singleChoiceOptions = {
  danger: ['yes', 'no'],
  who: ['me', 'supporter', 'professional'],
  where: ['england', 'wales', 'scotland', 'northern-ireland', 'elsewhere'],
  repeated: ['yes', 'no', 'not-sure'],
  relationship: ['stranger', 'known', 'partner', 'family', 'online-unknown', 'prefer-not-to-say'],
  police: ['yes', 'no', 'not-sure'],
  'police-response': ['dealing', 'said-no', 'no-news'],
  order: ['none', 'interim-spo', 'spo', 'other', 'not-sure'],
  breach: ['yes', 'no', 'not-sure'],
} as const;

/**
 * What the person has done: a few broad options (each covering several things), so the question
 * and its Continue fit the first screen of a phone.
 */
export const behaviourOptions = [
  'following',
  'turning-up',
  'contact',
  'proxy',
  'tracking',
  'online',
  'threats',
  'worse',
  'something-else',
] as const;

/** Where it happens (any that apply). */
export const placeOptions = ['home', 'work', 'study', 'online', 'elsewhere'] as const;

/** Allowed values for each question answered by ticking any that apply, in display order. */
export const multiChoiceOptions = {
  behaviours: behaviourOptions,
  places: placeOptions,
} as const;

/** A question answered by one choice. */
export type SingleQuestionId = keyof typeof singleChoiceOptions;
/** A question answered by ticking any that apply (at least one). */
export type MultiQuestionId = keyof typeof multiChoiceOptions;
/** Every question, in the order they are asked. */
export const questionIds = [
  'danger',
  'who',
  'where',
  'behaviours',
  'places',
  'repeated',
  'relationship',
  'police',
  'police-response',
  'order',
  'breach',
] as const;
/** A question id (also its state id). */
export type QuestionId = (typeof questionIds)[number];
/** A behaviour someone can tick. */
export type Behaviour = (typeof behaviourOptions)[number];
/** A place where it happens. */
export type Place = (typeof placeOptions)[number];
/** Value of a single-choice answer. */
export type AnswerValue<Q extends SingleQuestionId> = (typeof singleChoiceOptions)[Q][number];

/** True when the question is answered by ticking any that apply. */
export const isMultiChoice = (q: QuestionId): q is MultiQuestionId => Object.hasOwn(multiChoiceOptions, q);

/** The options of any question, in display order. */
export const optionsOf = (q: QuestionId): readonly string[] => (isMultiChoice(q) ? multiChoiceOptions[q] : singleChoiceOptions[q]);

/** Everything the person has answered so far. Lives only in memory. */
export type Answers = { [Q in SingleQuestionId]?: AnswerValue<Q> } & { [Q in MultiQuestionId]?: readonly (typeof multiChoiceOptions)[Q][number][] };

/** Screens that are not questions. */
export const screenIds = ['emergency', 'check-answers', 'result', 'out-of-scope'] as const;
/** A screen id (also its state id). */
export type ScreenId = (typeof screenIds)[number];
/** Every state of the machine. */
export type StepId = QuestionId | ScreenId;
/** Every state id, questions first. */
export const stepIds: readonly StepId[] = [...questionIds, ...screenIds];
