/**
 * The letter builder's ids and answer types, with no runtime dependencies, so the island can
 * import them without pulling in zod (which the strict schema in src/schemas/letters.ts uses
 * at build time only).
 */

/** The three letters, in the order the builder offers them. */
export const letterIds = ['ask-for-order', 'report-breach', 'review-or-complain'] as const;
export type LetterId = (typeof letterIds)[number];

/** Questions answered with typed words (one line or several). */
export const textFieldIds = [
  'yourName',
  'safeContact',
  'force',
  'crimeRef',
  'officer',
  'personName',
  'whatHappened',
  'dates',
  'whyAfraid',
  'whyNeeded',
  'othersAffected',
  'forbidOther',
  'orderDate',
  'court',
  'breachWhen',
  'breachPlace',
  'breachWhat',
  'witnesses',
  'evidence',
  'decisionDate',
  'decision',
  'whyReview',
  'outcomeWanted',
] as const;
/** Questions answered by choosing one option. */
export const choiceFieldIds = ['interim', 'orderType', 'route'] as const;
/** Questions answered by ticking any number of options. */
export const listFieldIds = ['forbid'] as const;
/** Every question id. */
export const fieldIds = [...textFieldIds, ...choiceFieldIds, ...listFieldIds] as const;

export type TextFieldId = (typeof textFieldIds)[number];
export type ChoiceFieldId = (typeof choiceFieldIds)[number];
export type ListFieldId = (typeof listFieldIds)[number];
export type FieldId = (typeof fieldIds)[number];

/** Option ids for each choice and list question. */
export const optionIds = {
  interim: ['yes'],
  orderType: ['full', 'interim', 'not-sure'],
  route: ['no-order', 'no-charge', 'complaint'],
  forbid: ['contact', 'third-parties', 'places', 'approach', 'social-media', 'images', 'surveillance'],
} as const satisfies Record<ChoiceFieldId | ListFieldId, readonly string[]>;

/**
 * A number or phone written into the words when they are loaded: {phone:<service id>} or
 * {figure:<name>} (see src/lib/letters/fill.ts). Nothing else may use braces.
 */
export const TOKEN = /\{(phone|figure):([A-Za-z-]+)\}/g;

/** A {placeholder} naming a question in a letter paragraph. */
export const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The ids named as {placeholders} in a paragraph. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * What a visitor has answered. Every answer is optional; empty or blank text counts as
 * unanswered. The step-by-step guide may pass a partial set to start the builder filled.
 */
export type LetterAnswers = { [K in TextFieldId]?: string } & {
  interim?: (typeof optionIds.interim)[number];
  orderType?: (typeof optionIds.orderType)[number];
  route?: (typeof optionIds.route)[number];
  forbid?: (typeof optionIds.forbid)[number][];
};
