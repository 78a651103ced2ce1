import { z } from 'astro/zod';
import { optionsOf, questionIds, type QuestionId } from '../lib/guide/ids';
import {
  blankIds,
  itemIds,
  linkGroupIds,
  nextStepIds,
  sectionParagraphs,
  toolIds,
  voiceIds,
  type ItemCollection,
  type ParagraphKey,
  type SectionId,
} from '../lib/guide/result-ids';
import { personIds, type FigureWords } from '../lib/guide/text';

/**
 * Schemas for the step-by-step guide's words: src/content/guide/guide.json (questions and screens)
 * and src/content/guide/guide-result.json (the result).
 * Keys are the machine's state ids and option values, and the result's keys are the id lists of
 * src/lib/guide/ids.ts and result-ids.ts: every object is strict, so a missing, extra or misspelt key fails the
 * build and the tests, naming the key. Text may use these placeholders, filled in by
 * src/lib/guide/text.ts: {years:<figure>} {months:<figure>} {days:<figure>} {date:<figure>} in the
 * result (from legal-figures.ts, in words at build time by src/lib/guide/figures.ts) and
 * {phone:<service id>} everywhere (from the services record). Nothing swaps pronouns: a question text
 * that differs by who is asked for is written for each person (`you`, `they`), a result text for
 * each voice (`me`, `supporter`, `professional`).
 */

/** Plain text shown to the reader; never empty. */
const text = z.string().trim().min(1);

/** Pronoun placeholders of an older version of these files; the words are now written for each person. */
const PRONOUN = /\{(you|You|you-obj|your|Your|yourself)\}/;

/** Question or screen text: the same for everyone, or written for each person (`you`, `they`). */
const personal = z.union([
  text.refine((t) => !PRONOUN.test(t), 'Nothing swaps pronouns: write the text for each person, as {"you": …, "they": …}'),
  z.object(Object.fromEntries(personIds.map((p) => [p, text])) as Record<(typeof personIds)[number], typeof text>).strict(),
]);

/** A link a result section points to. */
const linkSchema = z
  .object({
    /**
     * A page of the site by its key (src/i18n/routing.ts: "makeALetter", or a guidance page's slug),
     * which the result's words file turns into the address in the page's language
     * (src/lib/guide/result-file.ts), or that address as the file has it; or an https address.
     */
    href: z.string().regex(/^([a-z][a-zA-Z0-9-]*|(\/[a-z0-9-]+)+\/|https:\/\/\S+)$/),
    /** Link text, describing where it goes. */
    text,
  })
  .strict();

/** One option of a question. */
const optionSchema = z
  .object({
    /** Label next to the radio or checkbox. */
    label: personal,
    /** Extra words under the label. */
    hint: personal.optional(),
  })
  .strict();

/** Options for a question: exactly the values the machine allows, each with a label. */
const optionsFor = (values: readonly string[]) =>
  z.object(Object.fromEntries(values.map((v) => [v, optionSchema])) as Record<string, typeof optionSchema>).strict();

/** One question screen. */
const questionSchema = (values: readonly string[]) =>
  z.object({
    /** The question, shown as the page heading and the fieldset legend. */
    title: personal,
    /** Help under the question. */
    hint: personal.optional(),
    /** Label and hint for each option, keyed by the option value. */
    options: optionsFor(values),
    /** Error shown when nothing is chosen (GOV.UK style: says what to do). */
    error: personal,
    /** Short label for the "Check your answers" list. */
    checkLabel: personal,
  }).strict();


const questionsShape = Object.fromEntries(questionIds.map((q) => [q, questionSchema(optionsOf(q))])) as Record<
  QuestionId,
  ReturnType<typeof questionSchema>
>;

/** A screen that is not a question. */
const screenSchema = z.object({
  /** Heading of the screen. */
  title: personal,
  /** Paragraphs under the heading. */
  paragraphs: z.array(personal),
  /** Label for the main button, where the screen has one. */
  continueLabel: text.optional(),
  /** Words before the continue button. */
  continueHint: personal.optional(),
});

/** Result text: the same for everyone, or written for each voice (the person, a supporter, a professional). */
const voiced = z.union([
  text.refine((t) => !/\{(you|You|you-obj|your|Your|yourself)\}/.test(t), 'The result does not swap pronouns: write the text for each voice'),
  z.object(Object.fromEntries(voiceIds.map((v) => [v, text])) as Record<(typeof voiceIds)[number], typeof text>).strict(),
]);

/** A strict object with exactly these keys, each holding `value`. */
function keyed<K extends string, V extends z.ZodType>(ids: readonly K[], value: V) {
  return z.object(Object.fromEntries(ids.map((id) => [id, value])) as { [P in K]: V }).strict();
}

/** One result section: its heading and a text for every paragraph key decide.ts may use. */
const sectionSchema = <S extends SectionId>(id: S) =>
  z
    .object({ heading: voiced, ...(Object.fromEntries(sectionParagraphs[id].map((k) => [k, voiced])) as { [K in ParagraphKey<S>]: typeof voiced }) })
    .strict();

/** Every section of the result (computed here, so the island does not carry the list). */
const sectionIds = Object.keys(sectionParagraphs) as SectionId[];

const sectionsShape = Object.fromEntries(sectionIds.map((id) => [id, sectionSchema(id)])) as unknown as {
  [S in SectionId]: ReturnType<typeof sectionSchema<S>>;
};
const itemsShape = Object.fromEntries(Object.entries(itemIds).map(([c, ids]) => [c, keyed(ids, voiced)])) as unknown as {
  [C in ItemCollection]: ReturnType<typeof keyed<(typeof itemIds)[C][number], typeof voiced>>;
};

/**
 * The words of the questions and screens (src/content/guide/guide.json): what the island needs
 * to draw any step, so it ships in the island's props. The guide's buttons, labels and messages are
 * interface words: they live in the interface table (src/i18n, keys `guide.`), so a `ui` block
 * here is an unknown key and fails.
 */
export const guideStepsSchema = z
  .object({
    /** One entry per question state. */
    questions: z.object(questionsShape).strict(),
    /** One entry per screen state. */
    screens: z
      .object({
        emergency: screenSchema.extend({ callLabel: text }).strict(),
        'check-answers': screenSchema.strict(),
        result: screenSchema.strict(),
        'out-of-scope': screenSchema.strict(),
      })
      .strict(),
  })
  .strict();

/**
 * The parts the result is built from (src/content/guide/guide-result.json), keyed by the id lists
 * of src/lib/guide/decide.ts. The island loads them once the visitor has answered a question.
 */
export const guideResultSchema = z
  .object({
    /** The short list at the top, most urgent first. */
    nextSteps: z.object({ heading: voiced, items: keyed(nextStepIds, voiced) }).strict(),
    /** Each section's heading and paragraphs. */
    sections: z.object(sectionsShape).strict(),
    /** List items, by collection. */
    items: z.object(itemsShape).strict(),
    /** Labels of the blank lines printed under the police questions. */
    blanks: keyed(blankIds, text),
    /** The one button on the result's first screen, for each tool: where it goes and its words (the letter's also open the builder in place). */
    tools: keyed(
      toolIds,
      z
        .object({
          /** A page's key, or its address as the words file has it: never a fragment or query, so nothing about the answers enters an address. */
          href: z.string().regex(/^([a-z][a-zA-Z0-9-]*|(\/[a-z0-9-]+)+\/)$/),
          /** The button's words. */
          text: voiced,
        })
        .strict(),
    ),
    /** "Read more" links, by group. */
    links: keyed(linkGroupIds, z.array(linkSchema).min(1)),
  })
  .strict();

/** The words of the questions and screens, as their file holds them. */
export type GuideStepsWords = z.infer<typeof guideStepsSchema>;
/**
 * The words of the questions and screens as the island takes them, with the result's legal figures
 * in words (`figures`, worked out at build time, so the island carries neither the figures nor the table).
 */
export type GuideSteps = GuideStepsWords & { figures: FigureWords };
/** The words of the result. */
export type GuideResult = z.infer<typeof guideResultSchema>;
/** Everything the step-by-step guide says: the steps' words and, under `result`, the result's. */
export const guideContentSchema = guideStepsSchema.extend({ result: guideResultSchema }).strict();
/** Everything the step-by-step guide says, with the result's legal figures in words. */
export type GuideContent = z.infer<typeof guideContentSchema> & { figures: FigureWords };
