/**
 * Where the letter builder starts when it opens inside the step-by-step guide's result: which
 * letter, and the answers it can take from what the visitor already told the guide. Pure, and
 * only ever fed from memory (the guide's machine), so nothing new is stored anywhere.
 *
 * The guide asks no typed questions, so only choices carry over: the letter, the kind of order
 * for a breach report, what the order could forbid (from the behaviours ticked, and the places of
 * work or study where it happens), and, after the police said no, the review letter's route.
 */
import type { Answers, Behaviour } from '../../machines/guide';
import { optionIds, type LetterAnswers, type LetterId } from './ids';

type Forbid = (typeof optionIds.forbid)[number];
type OrderType = (typeof optionIds.orderType)[number];

/** What each behaviour ticked in the guide suggests the order could forbid. */
export const forbidForBehaviour: Readonly<Record<Behaviour, readonly Forbid[]>> = {
  following: ['surveillance'],
  tracking: ['surveillance'],
  'turning-up': ['places', 'approach'],
  contact: ['contact'],
  proxy: ['third-parties'],
  online: ['social-media'],
  threats: [],
  worse: [],
  'something-else': [],
};

/** Places where it happens that an order's "places" term fits (work, school, college or university). */
const placesForbidden: readonly string[] = ['work', 'study'];

/** The breach report's kind of order, from the guide's answer about an order ("none" has none). */
const orderTypeForOrder: Readonly<Partial<Record<NonNullable<Answers['order']>, OrderType>>> = {
  spo: 'full',
  'interim-spo': 'interim',
  other: 'not-sure',
  'not-sure': 'not-sure',
};

/** The letter to open and the answers to start it with. */
export interface LetterStart {
  letter?: LetterId;
  answers: LetterAnswers;
}

/** The builder's starting point for these guide answers. */
export function letterStartFromGuide(guide: Answers): LetterStart {
  const answers: LetterAnswers = {};
  const ticked = new Set((guide.behaviours ?? []).flatMap((b) => forbidForBehaviour[b] ?? []));
  // An order can keep the person away from a workplace or a place of study.
  if (guide.places?.some((place) => placesForbidden.includes(place))) ticked.add('places');
  const forbid = optionIds.forbid.filter((id) => ticked.has(id));
  if (forbid.length > 0) answers.forbid = forbid;

  // Set whenever known, so it is there if the visitor switches to the breach report.
  const orderType = guide.order ? orderTypeForOrder[guide.order] : undefined;
  if (orderType) answers.orderType = orderType;

  let letter: LetterId | undefined;
  if (guide.breach === 'yes') {
    letter = 'report-breach';
  } else if (guide.police === 'yes' && guide['police-response'] === 'said-no' && (guide.order === 'none' || guide.order === 'not-sure')) {
    // Their reasons and a second look at a decision not to apply: never a letter asking them to apply first.
    letter = 'review-or-complain';
    answers.route = 'no-order';
  } else if (guide.order === 'none' || guide.order === 'not-sure') {
    letter = 'ask-for-order';
  }
  return letter ? { letter, answers } : { answers };
}
