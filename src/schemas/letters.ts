/**
 * The words of the letter builder (src/content/letters/letters.json): the questions and the three
 * letters' paragraphs. The builder's buttons and messages are interface words: they live in the
 * interface table (src/i18n, keys `letters.`), so a `ui` block here is an unknown key and fails. Strict zod objects built from the
 * id lists below, so a misspelt key, a missing question or a paragraph that names a question the
 * letter does not ask is a build error naming it. Nothing falls back to an id.
 */
import { z } from 'astro/zod';
import {
  choiceFieldIds,
  fieldIds,
  letterIds,
  optionIds,
  PLACEHOLDER,
  placeholdersIn,
  textFieldIds,
  TOKEN,
  type ChoiceFieldId,
  type ListFieldId,
  type TextFieldId,
} from '../lib/letters/ids';

export * from '../lib/letters/ids';


/** Plain words a person reads: no braces except the tokens above. */
const words = z
  .string()
  .min(1)
  .refine((s) => !/[{}]/.test(s.replace(TOKEN, '')), 'must not contain { or } (except {phone:…} and {figure:…})');

/** One option of a choice or list question. */
const optionSchema = z
  .object({
    /** What the visitor sees next to the radio button or tick box. */
    label: words,
    /** Optional explanation under the label. */
    hint: words.optional(),
    /** The words the letter uses for this option. */
    text: words,
  })
  .strict();

/** Builds a strict object with exactly the given keys, each validated by `value`. */
function exactKeys<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, S>).strict();
}

const textFieldSchema = z
  .object({
    /** The question, shown as the field's label. */
    label: words,
    /** Help under the label. */
    hint: words.optional(),
    /** One line (`line`) or a box for several lines (`box`). */
    size: z.enum(['line', 'box']),
    /** Error shown when the question is required and left empty. */
    missing: words,
  })
  .strict();

/**
 * The police force the letter is for: chosen from the police forces record (src/data/police-forces.ts)
 * where the builder is given the forces' names, else typed on one line. Unchosen, the letter is
 * addressed by a fallback paragraph (`unless: ["force"]`, "To: The officer in the case").
 */
const forceFieldSchema = textFieldSchema
  .extend({
    size: z.literal('line'),
    /** The list's first choice, for a visitor who does not know the force (or cannot find it). */
    notKnown: words,
  })
  .strict();

/**
 * Times written relative to the day of writing ("last night"): the builder asks for the date when
 * its letter holds one (src/lib/letters/relative-time.ts).
 */
const relativeTimeSchema = z
  .object({
    /** The prompt's heading. */
    title: words,
    /** What to do, said before the list of phrases found. */
    prompt: words,
    /**
     * The phrases, lower case, each once: whole words, any case, are matched. Lower-case letters of any
     * alphabet and the ’ inside a word, for Welsh ("yn ôl", "y diwrnod o’r blaen").
     */
    phrases: z
      .array(z.string().regex(/^[\p{Ll}’]+(?: [\p{Ll}’]+)*$/u, 'must be lower-case words separated by single spaces'))
      .min(1)
      .refine((list) => new Set(list).size === list.length, 'a phrase is listed twice'),
  })
  .strict();

const choiceFieldSchema = <K extends string>(ids: readonly K[]) =>
  z
    .object({
      label: words,
      hint: words.optional(),
      missing: words,
      /** One entry per option id, in the order shown. */
      options: exactKeys(ids, optionSchema),
    })
    .strict();

/** Every question's words. */
const fieldsSchema = z
  .object({
    ...(Object.fromEntries(textFieldIds.map((id) => [id, textFieldSchema])) as Record<TextFieldId, typeof textFieldSchema>),
    force: forceFieldSchema,
    interim: choiceFieldSchema(optionIds.interim),
    orderType: choiceFieldSchema(optionIds.orderType),
    route: choiceFieldSchema(optionIds.route),
    forbid: choiceFieldSchema(optionIds.forbid),
  } satisfies Record<ChoiceFieldId | ListFieldId, unknown> & Record<TextFieldId, unknown>)
  .strict();

/**
 * One paragraph of a letter. It is included only when every question it names as a
 * {placeholder} has an answer, none of the `unless` questions has one, and each `when`
 * question has the given option chosen.
 */
const blockSchema = z
  .object({
    /** The words; {id} is replaced by the answer. "\n" starts a new line. */
    text: z
      .string()
      .min(1)
      .refine((s) => !/[{}]/.test(s.replace(PLACEHOLDER, '').replace(TOKEN, '')), 'a { or } that is not a {placeholder}'),
    /** Include this paragraph only when these questions are unanswered (a fallback). */
    unless: z.array(z.enum(fieldIds)).min(1).optional(),
    /** Include this paragraph only when this choice question has one of these options chosen. */
    when: z.object({ field: z.enum(choiceFieldIds), options: z.array(z.string()).min(1) }).strict().optional(),
  })
  .strict();

const questionSchema = z
  .object({
    /** Which question. */
    field: z.enum(fieldIds),
    /** Whether the letter cannot be made without it. */
    required: z.boolean(),
  })
  .strict();

const letterSchema = z
  .object({
    /** Name of the letter, shown on its choice and as the heading of its questions. */
    title: words,
    /** One sentence under the title on the choice. */
    hint: words,
    /** Paragraphs shown above the questions (for example, which route fits). */
    intro: z.array(words).min(1),
    /** The questions, in the order asked. */
    questions: z.array(questionSchema).min(1),
    /** The letter's paragraphs, in order. */
    blocks: z.array(blockSchema).min(1),
  })
  .strict();

/** The whole content file. */
export const lettersContentSchema = z
  .object({
    fields: fieldsSchema,
    letters: exactKeys(letterIds, letterSchema),
    relativeTime: relativeTimeSchema,
  })
  .strict()
  .superRefine((content, ctx) => {
    for (const id of letterIds) {
      const letter = content.letters[id];
      const asked = new Set<string>();
      letter.questions.forEach((q, i) => {
        if (asked.has(q.field)) ctx.addIssue({ code: 'custom', path: ['letters', id, 'questions', i], message: `${q.field} is asked twice` });
        asked.add(q.field);
      });
      letter.blocks.forEach((b, i) => {
        const named = [...placeholdersIn(b.text), ...(b.unless ?? []), ...(b.when ? [b.when.field] : [])];
        for (const field of named) {
          if (!asked.has(field)) {
            ctx.addIssue({ code: 'custom', path: ['letters', id, 'blocks', i], message: `"${field}" is not a question this letter asks` });
          }
        }
        for (const option of b.when?.options ?? []) {
          if (!(optionIds[b.when!.field] as readonly string[]).includes(option)) {
            ctx.addIssue({ code: 'custom', path: ['letters', id, 'blocks', i, 'when'], message: `"${option}" is not an option of ${b.when!.field}` });
          }
        }
      });
      for (const q of letter.questions) {
        const used = letter.blocks.some((b) => placeholdersIn(b.text).includes(q.field) || b.when?.field === q.field);
        if (!used) ctx.addIssue({ code: 'custom', path: ['letters', id, 'questions'], message: `${q.field} is asked but never used in the letter` });
      }
    }
  });

export type LettersContent = z.infer<typeof lettersContentSchema>;

