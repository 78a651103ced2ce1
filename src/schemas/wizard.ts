import { z } from 'astro/zod';
import { behaviourOptions, questionIds, singleChoiceOptions, type QuestionId } from '../machines/spo-guide';

/**
 * Schema for the step-by-step guide's words (src/content/wizard/wizard.json).
 * Keys are the machine's state ids and option values, so a missing question,
 * option label or screen fails the build and the tests. Text may use these
 * placeholders, filled in by src/lib/wizard/text.ts:
 * {you} {You} {you-obj} {your} {Your} {yourself} (by who is asked for),
 * {years:<figure>} {months:<figure>} {days:<figure>} {date:<figure>} (from legal-figures.ts).
 */

/** Plain text shown to the reader; never empty. */
const text = z.string().trim().min(1);

/** A link a result section points to. */
const linkSchema = z.object({
  /** Site path ("/slug/") or an https address. */
  href: z.string().regex(/^(\/[a-z0-9-]+\/|https:\/\/\S+)$/),
  /** Link text, describing where it goes. */
  text,
});

/** One option of a question. */
const optionSchema = z.object({
  /** Label next to the radio or checkbox. */
  label: text,
  /** Extra words under the label. */
  hint: text.optional(),
});

/** Options for a question: exactly the values the machine allows, each with a label. */
const optionsFor = (values: readonly string[]) =>
  z.object(Object.fromEntries(values.map((v) => [v, optionSchema])) as Record<string, typeof optionSchema>).strict();

/** One question screen. */
const questionSchema = (values: readonly string[]) =>
  z.object({
    /** The question, shown as the page heading and the fieldset legend. */
    title: text,
    /** Help under the question. */
    hint: text.optional(),
    /** Label and hint for each option, keyed by the option value. */
    options: optionsFor(values),
    /** Error shown when nothing is chosen (GOV.UK style: says what to do). */
    error: text,
    /** Short label for the "Check your answers" list. */
    checkLabel: text,
  });

const optionValues = (q: QuestionId): readonly string[] =>
  q === 'behaviours' ? behaviourOptions : singleChoiceOptions[q];

const questionsShape = Object.fromEntries(questionIds.map((q) => [q, questionSchema(optionValues(q))])) as Record<
  QuestionId,
  ReturnType<typeof questionSchema>
>;

/** A screen that is not a question. */
const screenSchema = z.object({
  /** Heading of the screen. */
  title: text,
  /** Paragraphs under the heading. */
  paragraphs: z.array(text).default([]),
  /** Label for the main button, where the screen has one. */
  continueLabel: text.optional(),
  /** Words before the continue button. */
  continueHint: text.optional(),
});

/** A result section with a heading and paragraphs. */
const paragraphsSection = z.object({ heading: text, paragraphs: z.array(text).min(1) });

/** Everything the step-by-step guide says. */
export const wizardContentSchema = z
  .object({
    /** Buttons, labels and announcements. */
    ui: z.object({
      continue: text,
      back: text,
      change: text,
      changeHidden: text,
      startAgain: text,
      startAgainHint: text,
      print: text,
      printWarning: text,
      errorSummaryTitle: text,
      announceStep: text,
      safeToContinue: text,
      notAnswered: text,
      callNote: text,
      call: text,
      website: text,
      readMore: text,
      privacy: text,
    }),
    /** One entry per question state. */
    questions: z.object(questionsShape).strict(),
    /** One entry per screen state. */
    screens: z
      .object({
        emergency: screenSchema,
        'check-answers': screenSchema,
        result: screenSchema,
        'out-of-scope': screenSchema,
      })
      .strict(),
    /** The parts the result is built from. */
    result: z.object({
      emergency: z.object({ heading: text, paragraphs: z.array(text).min(1), breach: text }),
      couldHelp: z.object({
        heading: text,
        what: text,
        policeOnly: text,
        threeIntro: text,
        three: z.array(text).length(3),
        behavioursKnown: text,
        behavioursNotSure: text,
        repeatedYes: text,
        repeatedNo: text,
        repeatedNotSure: text,
        policeYes: text,
        policeNo: text,
        policeNotSure: text,
        noPromise: text,
      }),
      forbid: z.object({
        heading: text,
        intro: text,
        behaviourLead: text,
        generalLead: text,
        prohibitions: z.record(z.string(), text),
        requirementsIntro: text,
        requirements: z.record(z.string(), text),
        wholeUk: text,
        proxy: text,
      }),
      interim: z.object({
        heading: text,
        none: z.array(text).min(1),
        interim: z.array(text).min(1),
        notSure: z.array(text).min(1),
      }),
      spo: paragraphsSection,
      otherOrder: paragraphsSection,
      breach: z.object({
        heading: text,
        whatCounts: text,
        whatToDoIntro: text,
        whatToDo: z.array(text).min(1),
        recordIntro: text,
        record: z.array(text).min(1),
        penaltySpo: text,
        notSure: text,
      }),
      policeQuestions: z.object({ heading: text, intro: text, questions: z.record(z.string(), text) }),
      otherRoutes: z.object({ heading: text, items: z.record(z.string(), text) }),
      record: paragraphsSection,
      help: z.object({ heading: text, intro: text }),
      outside: z.object({
        heading: text,
        scotland: z.array(text).min(1),
        'northern-ireland': z.array(text).min(1),
        elsewhere: z.array(text).min(1),
        orderReach: text,
      }),
      links: z.record(z.string(), z.array(linkSchema).min(1)),
    }),
  })
  .strict();

/** The validated content. */
export type WizardContent = z.infer<typeof wizardContentSchema>;
