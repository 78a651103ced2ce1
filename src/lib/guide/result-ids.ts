/**
 * The keys of the guide's result, in one module: who it speaks to, next steps, sections and their
 * paragraphs, list items, link groups and tools. The decisions (./decide.ts), the composer
 * (./render.ts), the words' schemas (src/schemas/guide.ts) and the records read them from here.
 * The questions' lists are in ./ids.ts (see there why these are apart).
 */
import { singleChoiceOptions } from './ids';

/** Who the result speaks to: the person being stalked, someone helping them, or a professional (the machine's "who" options). */
export const voiceIds = singleChoiceOptions.who;
export type Voice = (typeof voiceIds)[number];

/** Example prohibitions (CPS legal guidance list, as reported; fact sheet section 2). */
export const prohibitionIds = [
  'enter-areas',
  'contact-any-means',
  'contact-third-parties',
  'social-media-reference',
  'recording-images',
  'devices-without-history',
  'approach',
  'surveillance',
] as const;
export type ProhibitionId = (typeof prohibitionIds)[number];

/** Example requirements (same source). */
export const requirementIds = ['assessment', 'programme', 'mental-health', 'drug-alcohol', 'surrender-devices', 'account-access'] as const;
export type RequirementId = (typeof requirementIds)[number];

/** The short list at the top of the result, most urgent first. */
export const nextStepIds = [
  'call-emergency',
  'report-breach',
  'ask-reasons',
  'review-complain',
  'keep-links',
  'report',
  'report-identify',
  'report-platform',
  'chase-police',
  'ask-order',
  'tell-police-outside',
  'cross-border',
  'keep-order',
  'ask-risk',
  'tell-work',
  'tell-study',
  'helpline',
  'record',
] as const;
export type NextStepId = (typeof nextStepIds)[number];

/** Answers that can be signs of higher risk (the result then says so near the top). */
export const riskSignIds = ['threats', 'turning-up', 'tracking', 'worse', 'partner'] as const;
export type RiskSignId = (typeof riskSignIds)[number];

/** Questions for the police. */
export const policeQuestionIds = [
  'record-as-stalking',
  'report-breach',
  'crime-reference',
  'officer',
  'apply-spo',
  'apply-interim',
  'order-copy',
  'order-end',
  'order-change',
  'spo-as-well',
  'risk',
  'identify',
  'reasons',
  'advocate',
  'next-steps',
] as const;
export type PoliceQuestionId = (typeof policeQuestionIds)[number];

/** Blank lines printed under the police questions, to fill in by hand. */
export const blankIds = ['crime-reference', 'officer-name', 'officer-contact', 'date'] as const;
export type BlankId = (typeof blankIds)[number];

/** Other routes to protection. */
export const otherRouteIds = ['injunction', 'non-molestation', 'dapo'] as const;
export type OtherRouteId = (typeof otherRouteIds)[number];

/** Groups of "Read more" links. */
export const linkGroupIds = [
  'could-help',
  'forbid',
  'interim',
  'your-order',
  'order-length',
  'other-order',
  'breach',
  'other-routes',
  'supporting',
  'professional',
  'record',
  'help',
  'outside',
  'police-said-no',
  'unknown',
  'work-study',
] as const;
export type LinkGroupId = (typeof linkGroupIds)[number];

/**
 * Sections of the result and the paragraph keys each may hold. The schema requires words for
 * every key listed here, and nothing else.
 */
export const sectionParagraphs = {
  risk: ['intro', 'danger', 'ask-police', 'paladin'],
  breach: ['what-counts', 'what-counts-other', 'not-sure', 'not-your-offence', 'what-to-do-intro', 'record-intro', 'penalty-spo'],
  'your-order': ['binds-them', 'copy', 'contains', 'notify'],
  'order-length': ['interim', 'spo', 'change'],
  'other-order': ['own-rules', 'break-it', 'spo-as-well'],
  'could-help': [
    'what',
    'police-only',
    'three-intro',
    'court-test-brief',
    'behaviours-known',
    'behaviours-not-sure',
    'repeated-yes',
    'repeated-no',
    'repeated-not-sure',
    'police-no',
    'police-not-sure',
    'police-no-news',
  ],
  'police-said-no': ['reasons', 'look-again', 'review-scheme', 'complain', 'keep-reporting'],
  unknown: ['identity', 'how', 'evidence', 'platform', 'blocking'],
  'work-study': ['work-choice', 'work-duty', 'study-report', 'order-places'],
  forbid: ['intro', 'lead', 'requirements-intro', 'requirements-brief', 'whole-uk', 'proxy'],
  interim: ['none', 'not-sure'],
  'police-questions': ['intro', 'blanks-intro'],
  letter: ['intro'],
  supporting: ['believe', 'practical', 'police', 'yourself'],
  professional: ['role', 'report', 'advocacy', 'safeguarding', 'clares-law'],
  'other-routes': [],
  record: ['why'],
  help: ['intro'],
  outside: ['scotland', 'scotland-crime', 'scotland-police', 'northern-ireland', 'northern-ireland-police', 'elsewhere', 'elsewhere-reach', 'order-reach'],
} as const;

/**
 * The one button on the result's first screen: the tool that finishes the job (the matching letter,
 * the breach record, the order card, the page for people helping someone, the page for people
 * outside England and Wales).
 */
export const toolIds = ['letter', 'breach-record', 'order-card', 'supporting-page', 'outside-page'] as const;
export type ToolId = (typeof toolIds)[number];

/** A section of the result. */
export type SectionId = keyof typeof sectionParagraphs;
/** A paragraph key of one section. */
export type ParagraphKey<S extends SectionId> = (typeof sectionParagraphs)[S][number];

/** Collections of list items, each keyed by its own id list. */
export const itemIds = {
  prohibitions: prohibitionIds,
  requirements: requirementIds,
  'police-questions': policeQuestionIds,
  'other-routes': otherRouteIds,
  'risk-signs': riskSignIds,
  'court-test': ['acts', 'risk', 'needed'],
  'breach-to-do': ['danger', 'tell', 'say'],
  'breach-record': ['when', 'what', 'who', 'evidence'],
} as const;
export type ItemCollection = keyof typeof itemIds;

