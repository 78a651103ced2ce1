/**
 * The decision step of the guide's result: from the answers to the sections and content keys that
 * apply, in order. Pure, and free of words: every key here names an entry in the result part of
 * src/content/guide/guide.json, whose schema (src/schemas/guide.ts) is built from the id lists
 * below, so a key with no words fails the build. The words are put in by ./render.ts.
 */
import type { GuideUse, Nation, ServiceSituation, SupportServiceId } from '../../data/support-services';
import { isOutOfScope, needsBreachQuestion } from '../../machines/guide';
import { type Answers, type Behaviour } from './ids';
import {
  blankIds,
  itemIds,
  riskSignIds,
  type BlankId,
  type ItemCollection,
  type LinkGroupId,
  type NextStepId,
  type OtherRouteId,
  type ParagraphKey,
  type PoliceQuestionId,
  type ProhibitionId,
  type RequirementId,
  type RiskSignId,
  type SectionId,
  type ToolId,
  type Voice,
} from './result-ids';


/** Which example prohibitions match each behaviour. */
export const behaviourProhibitions: Record<Behaviour, readonly ProhibitionId[]> = {
  following: ['approach', 'surveillance', 'recording-images', 'enter-areas'],
  'turning-up': ['enter-areas', 'approach'],
  contact: ['contact-any-means', 'contact-third-parties'],
  proxy: ['contact-third-parties', 'contact-any-means'],
  tracking: ['surveillance', 'devices-without-history'],
  online: ['social-media-reference', 'contact-any-means', 'devices-without-history'],
  threats: ['approach', 'enter-areas', 'contact-any-means'],
  worse: ['contact-any-means', 'approach'],
  'something-else': ['contact-any-means', 'approach'],
};

/** Requirements that fit particular behaviours, shown before the general ones. */
export const behaviourRequirements: Partial<Record<Behaviour, readonly RequirementId[]>> = {
  tracking: ['surrender-devices', 'account-access'],
  online: ['account-access'],
};

/** Requirements shown for everyone. */
export const generalRequirements: readonly RequirementId[] = ['assessment', 'programme', 'mental-health', 'drug-alcohol'];

/** Behaviours too vague to match particular prohibitions ("something else, or not sure"): they get the general list. */
const vagueBehaviours: readonly Behaviour[] = ['something-else'];

/** At most this many next steps: they share the result's first screen with the tool and the helpline. */
export const MAX_NEXT_STEPS = 3;

/** The situations whose call buttons a next step offers (services say which situations they fit); most offer none. */
const nextStepSituations: Readonly<Record<NextStepId, readonly ServiceSituation[]>> = {
  'call-emergency': ['danger-now'],
  'report-breach': ['report'],
  'ask-reasons': [],
  'review-complain': [],
  'keep-links': [],
  report: ['report'],
  'report-identify': ['report'],
  'report-platform': [],
  'chase-police': [],
  'ask-order': [],
  'tell-police-outside': [],
  'cross-border': [],
  'keep-order': [],
  'ask-risk': [],
  'tell-work': [],
  'tell-study': [],
  helpline: ['stalking-advice'],
  record: [],
};

/** Situations whose call buttons the breach section offers: danger now, then reporting it. */
const breachSituations: readonly ServiceSituation[] = ['danger-now', 'report'];

/** One planned piece of a section, in order. */
export type Block =
  | { kind: 'paragraph'; key: string }
  | { kind: 'list'; collection: ItemCollection; items: readonly string[]; style: 'bullet' | 'check' }
  | { kind: 'services'; ids: readonly SupportServiceId[] }
  | { kind: 'blanks'; ids: readonly BlankId[] }
  | { kind: 'links'; group: LinkGroupId }
  | { kind: 'action'; href: string };

/** One section as decided: its id and its blocks. */
export interface PlannedSection {
  id: SectionId;
  blocks: Block[];
}

/** Everything the result will show, as keys. */
export interface ResultPlan {
  kind: 'guide' | 'outside';
  voice: Voice;
  nextSteps: NextStepId[];
  /** The one button on the first screen: the tool that finishes the job. */
  tool: ToolId;
  /** The helpline whose open-or-closed line the first screen shows: the first service offered to call for advice. */
  helpline?: SupportServiceId;
  /** The services each next step offers to call (none for most). */
  calls: Partial<Record<NextStepId, readonly SupportServiceId[]>>;
  sections: PlannedSection[];
}

/**
 * What the composer knows of a service: its fields from the services record
 * (src/data/support-services.ts), handed over by the page. The record decides; nothing here names a service.
 */
export interface GuideService {
  id: SupportServiceId;
  /** The nations it serves; read only for a service listed by `covers` or `situations`. */
  coverage?: readonly Nation[] | undefined;
  /** The situations it fits; read only for a service listed by `situations` or offered as a call button. */
  situations?: readonly ServiceSituation[] | undefined;
  guide?: GuideUse | undefined;
}

/**
 * The fields of a service record the composer reads for it, and no others, for the island's props
 * (the page's HTML budget). Build time only; the tests run the composer on these too.
 */
export function guideServiceOf(service: GuideService): GuideService {
  const guide = service.guide;
  if (guide === undefined) return { id: service.id };
  const byPlace = guide.listed === 'covers' || guide.listed === 'situations';
  const bySituation = guide.listed === 'situations' || guide.callButton === true;
  return { id: service.id, guide, ...(byPlace ? { coverage: service.coverage } : {}), ...(bySituation ? { situations: service.situations } : {}) };
}

/**
 * What the composer knows of another order the guide may offer: its words' key and who it is for,
 * from the protective orders record (src/data/protective-orders.ts), handed over by the page.
 */
export interface GuideRoute {
  id: OtherRouteId;
  relationship: 'anyone' | 'personally-connected';
}

/** The guide's other routes from the protective orders record: the orders with a `guideRoute`, in the record's order. Build time only. */
export function guideRoutesOf(orders: readonly { guideRoute?: OtherRouteId | undefined; relationship: GuideRoute['relationship'] }[]): GuideRoute[] {
  return orders.flatMap((o) => (o.guideRoute === undefined ? [] : [{ id: o.guideRoute, relationship: o.relationship }]));
}

/** Options that depend on the built site, not on the answers. */
export interface PlanOptions {
  /** The services record's entries (at least their guide fields). */
  services: readonly GuideService[];
  /** The other orders the guide may offer, from the protective orders record. */
  routes: readonly GuideRoute[];
  /** Address of the letter builder, when the site has one. */
  letterHref?: string;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The voice for these answers ("me" until someone says otherwise). */
export function voiceFor(answers: Answers): Voice {
  return answers.who ?? 'me';
}

/** True when the answers say there is an order already (interim SPO, full SPO or another kind). */
export function hasOrder(answers: Answers): boolean {
  return answers.order === 'interim-spo' || answers.order === 'spo' || answers.order === 'other';
}

/** True when the answers say, or are not sure whether, an order has been broken. */
export function mayBeBroken(answers: Answers): boolean {
  return needsBreachQuestion(answers) && (answers.breach === 'yes' || answers.breach === 'not-sure');
}

/** Prohibitions that match the behaviours chosen, without repeats, in the order first met. */
export function prohibitionsFor(behaviours: readonly Behaviour[]): ProhibitionId[] {
  return unique(behaviours.flatMap((b) => behaviourProhibitions[b]));
}

/** Requirements that fit the behaviours chosen, then the general ones. */
export function requirementsFor(behaviours: readonly Behaviour[]): RequirementId[] {
  return unique([...behaviours.flatMap((b) => behaviourRequirements[b] ?? []), ...generalRequirements]);
}

/** The signs of higher risk in these answers, in a fixed order. */
export function riskSignsFor(answers: Answers): RiskSignId[] {
  const behaviours: readonly string[] = answers.behaviours ?? [];
  return riskSignIds.filter((sign) => (sign === 'partner' ? answers.relationship === 'partner' : behaviours.includes(sign)));
}

/** True when the police were told and said they will not apply for an order, or will not do anything. */
export function policeSaidNo(answers: Answers): boolean {
  return answers.police === 'yes' && answers['police-response'] === 'said-no';
}

/** True when the person is someone online whom nobody can name yet. */
export function unknownOnline(answers: Answers): boolean {
  return answers.relationship === 'online-unknown';
}

/** True when it happens at this place (work, or school, college or university). */
export const happensAt = (answers: Answers, place: 'work' | 'study'): boolean => answers.places?.includes(place) === true;

/**
 * Every next step that fits, most urgent first; the result shows the first {@link MAX_NEXT_STEPS}.
 * After "the police said no", asking for their reasons and a second look comes before anything else
 * the police could do (never "ask them to apply" first); for someone online whom nobody can name,
 * keeping what links the accounts, reporting so the police can find out who it is, and reporting
 * the accounts to the platform.
 */
export function allNextStepsFor(answers: Answers): NextStepId[] {
  const steps: NextStepId[] = [];
  if (answers.danger === 'yes') steps.push('call-emergency');
  if (isOutOfScope(answers)) {
    steps.push('tell-police-outside', 'cross-border', 'helpline', 'record');
    return steps;
  }
  if (mayBeBroken(answers)) steps.push('report-breach');
  if (hasOrder(answers)) {
    if (!mayBeBroken(answers)) steps.push('keep-order');
  } else if (policeSaidNo(answers)) {
    steps.push('ask-reasons', 'review-complain');
    if (unknownOnline(answers)) steps.push('keep-links', 'report-platform');
  } else if (unknownOnline(answers)) {
    steps.push('keep-links', 'report-identify', 'report-platform');
  } else {
    if (answers.police !== 'yes') steps.push('report');
    if (answers['police-response'] === 'no-news') steps.push('chase-police');
    steps.push('ask-order');
  }
  if (riskSignsFor(answers).length > 0) steps.push('ask-risk');
  if (happensAt(answers, 'work')) steps.push('tell-work');
  if (happensAt(answers, 'study')) steps.push('tell-study');
  steps.push('helpline', 'record');
  return steps;
}

/** The next steps the result shows, most urgent first, at most {@link MAX_NEXT_STEPS}. */
export function nextStepsFor(answers: Answers): NextStepId[] {
  return allNextStepsFor(answers).slice(0, MAX_NEXT_STEPS);
}

/**
 * The tool that finishes the job for these answers: the page for people outside England and Wales;
 * for a supporter, the page on helping someone; for a broken order, the breach record; for people
 * with an order, the order card; otherwise the letter that fits.
 */
export function toolFor(answers: Answers): ToolId {
  if (isOutOfScope(answers)) return 'outside-page';
  if (voiceFor(answers) === 'supporter') return 'supporting-page';
  if (mayBeBroken(answers) && hasOrder(answers)) return 'breach-record';
  if (hasOrder(answers)) return 'order-card';
  return 'letter';
}

/** Questions to ask the police, chosen from the answers. */
export function policeQuestionsFor(answers: Answers): PoliceQuestionId[] {
  const q: PoliceQuestionId[] = [];
  if (mayBeBroken(answers)) q.push('report-breach');
  if (!hasOrder(answers)) q.push('record-as-stalking');
  q.push('crime-reference', 'officer');
  if (hasOrder(answers)) q.push('order-copy', 'order-end', 'order-change');
  else if (policeSaidNo(answers)) q.push('reasons');
  else q.push('apply-spo', 'apply-interim');
  if (answers.order === 'other') q.push('spo-as-well');
  if (riskSignsFor(answers).length > 0) q.push('risk');
  if (unknownOnline(answers)) q.push('identify');
  q.push('advocate', 'next-steps');
  return q;
}

/**
 * Other routes to protection that fit the answers, as the protective orders record says: an order for
 * `anyone`, always; one for someone `personally-connected`, when the person is a partner or family
 * member. Services that help (Live Fear Free in Wales, the Revenge Porn Helpline) are listed once,
 * under "Where to get help", not here as well.
 */
export function otherRoutesFor(answers: Answers, routes: readonly GuideRoute[]): OtherRouteId[] {
  const connected = answers.relationship === 'partner' || answers.relationship === 'family';
  return routes.filter((r) => r.relationship === 'anyone' || connected).map((r) => r.id);
}

/** The nation each answer to "where" names; outside the UK there is none. */
const placeNations: Readonly<Record<NonNullable<Answers['where']>, Nation | undefined>> = {
  england: 'england',
  wales: 'wales',
  scotland: 'scotland',
  'northern-ireland': 'northern-ireland',
  elsewhere: undefined,
};

/** The reader's nation: England until they say (the guide is for England and Wales). */
function nationFor(answers: Answers): Nation | undefined {
  return answers.where === undefined ? 'england' : placeNations[answers.where];
}

/**
 * Situations the answers point to, for services that are listed only then. None outside England and
 * Wales: the guide does not ask about the relationship or the behaviours there.
 */
export function answerSituations(answers: Answers): ServiceSituation[] {
  if (isOutOfScope(answers)) return [];
  const situations: ServiceSituation[] = [];
  if (answers.relationship === 'partner' || answers.relationship === 'family') situations.push('domestic-abuse');
  if (answers.behaviours?.includes('online')) situations.push('image-abuse');
  return situations;
}

/** The services (each with a `guide` field), in the record's guide order (its `guide.rank`). */
const ranked = (services: readonly GuideService[]): SupportServiceId[] => [...services].sort((a, b) => a.guide!.rank - b.guide!.rank).map((s) => s.id);

/**
 * Support services for "Where to get help", as the services record says: each service's
 * `guide.listed` with its coverage and situations, in its `guide.rank` order.
 */
export function servicesFor(answers: Answers, services: readonly GuideService[]): SupportServiceId[] {
  const nation = nationFor(answers);
  const situations = answerSituations(answers);
  const fits = (s: GuideService): boolean => {
    const listed = s.guide?.listed;
    if (listed === 'everyone') return true;
    const covered = nation !== undefined && s.coverage?.includes(nation) === true;
    if (listed === 'covers') return covered;
    return listed === 'situations' && covered && s.situations?.some((x) => situations.includes(x)) === true;
  };
  return ranked(services.filter(fits));
}

/** The services offered as call buttons for any of these situations, in the record's guide order. */
function callButtonsFor(situations: readonly ServiceSituation[], services: readonly GuideService[]): SupportServiceId[] {
  return ranked(services.filter((s) => s.guide?.callButton === true && s.situations?.some((x) => situations.includes(x)) === true));
}

/** The services each of these next steps offers to call. */
function callsFor(steps: readonly NextStepId[], services: readonly GuideService[]): Partial<Record<NextStepId, readonly SupportServiceId[]>> {
  return Object.fromEntries(steps.map((step) => [step, callButtonsFor(nextStepSituations[step], services)]));
}

const p = <S extends SectionId>(key: ParagraphKey<S>): Block => ({ kind: 'paragraph', key });
const list = (collection: ItemCollection, items: readonly string[], style: 'bullet' | 'check' = 'bullet'): Block => ({
  kind: 'list',
  collection,
  items,
  style,
});
const links = (group: LinkGroupId): Block => ({ kind: 'links', group });

function riskSection(answers: Answers, voice: Voice): PlannedSection {
  const blocks: Block[] = [p<'risk'>('intro'), list('risk-signs', riskSignsFor(answers)), p<'risk'>('danger')];
  // Helpers already have "ask the police about the risk" in the next steps and the police questions.
  if (voice === 'me') blocks.push(p<'risk'>('ask-police'));
  blocks.push(p<'risk'>('paladin'));
  return { id: 'risk', blocks };
}

function breachSection(answers: Answers, services: readonly GuideService[]): PlannedSection {
  const spo = answers.order === 'spo' || answers.order === 'interim-spo';
  // Breaking an SPO is a crime; not every other order's breach is (a DVPO's is a civil matter).
  const blocks: Block[] = [p<'breach'>(spo ? 'what-counts' : 'what-counts-other')];
  if (answers.breach === 'not-sure') blocks.push(p<'breach'>('not-sure'));
  if (hasOrder(answers)) blocks.push(p<'breach'>('not-your-offence'));
  blocks.push(p<'breach'>('what-to-do-intro'), list('breach-to-do', itemIds['breach-to-do']), { kind: 'services', ids: callButtonsFor(breachSituations, services) });
  blocks.push(p<'breach'>('record-intro'), list('breach-record', itemIds['breach-record']));
  if (spo) blocks.push(p<'breach'>('penalty-spo'));
  blocks.push(links('breach'));
  return { id: 'breach', blocks };
}

function couldHelpSection(answers: Answers, behaviours: readonly Behaviour[], voice: Voice): PlannedSection {
  const blocks: Block[] = [p<'could-help'>('what'), p<'could-help'>('police-only')];
  // The person gets the court's three tests as a list; helpers, in one sentence.
  if (voice === 'me') blocks.push(p<'could-help'>('three-intro'), list('court-test', itemIds['court-test']));
  else blocks.push(p<'could-help'>('court-test-brief'));
  blocks.push(p<'could-help'>(behaviours.some((b) => !vagueBehaviours.includes(b)) ? 'behaviours-known' : 'behaviours-not-sure'));
  const repeated = { yes: 'repeated-yes', no: 'repeated-no', 'not-sure': 'repeated-not-sure' } as const;
  if (answers.repeated) blocks.push(p<'could-help'>(repeated[answers.repeated]));
  // When the police already know, the next steps already say to ask them for an order.
  const police = { no: 'police-no', 'not-sure': 'police-not-sure' } as const;
  if (answers.police === 'no' || answers.police === 'not-sure') blocks.push(p<'could-help'>(police[answers.police]));
  if (answers.police === 'yes' && answers['police-response'] === 'no-news') blocks.push(p<'could-help'>('police-no-news'));
  blocks.push(links('could-help'));
  return { id: 'could-help', blocks };
}

function forbidSection(behaviours: readonly Behaviour[], voice: Voice): PlannedSection {
  // One list for everything described (vague answers get the general examples), so nothing repeats.
  const described = behaviours.map((b) => (vagueBehaviours.includes(b) ? 'something-else' : b));
  const blocks: Block[] = [p<'forbid'>('intro'), p<'forbid'>('lead'), list('prohibitions', prohibitionsFor(described))];
  // The person being stalked gets the examples of what an order can make the person do; helpers get one sentence.
  if (voice === 'me') blocks.push(p<'forbid'>('requirements-intro'), list('requirements', requirementsFor(behaviours)));
  else blocks.push(p<'forbid'>('requirements-brief'));
  blocks.push(p<'forbid'>('whole-uk'));
  if (behaviours.includes('proxy')) blocks.push(p<'forbid'>('proxy'));
  blocks.push(links('forbid'));
  return { id: 'forbid', blocks };
}

/** When the police said no: their reasons and a second look, then the review scheme's reach and a complaint. */
function saidNoSection(): PlannedSection {
  return {
    id: 'police-said-no',
    blocks: [
      p<'police-said-no'>('reasons'),
      p<'police-said-no'>('look-again'),
      p<'police-said-no'>('review-scheme'),
      p<'police-said-no'>('complain'),
      p<'police-said-no'>('keep-reporting'),
      links('police-said-no'),
    ],
  };
}

/** When nobody knows who it is: an order needs a named person; how the police find out; evidence; the platform; blocking. */
function unknownSection(): PlannedSection {
  return {
    id: 'unknown',
    blocks: [p<'unknown'>('identity'), p<'unknown'>('how'), p<'unknown'>('evidence'), p<'unknown'>('platform'), p<'unknown'>('blocking'), links('unknown')],
  };
}

/** At work, or at school, college or university: whom to tell there, and what an order can say about those places. */
function workStudySection(answers: Answers): PlannedSection {
  const blocks: Block[] = [];
  if (happensAt(answers, 'work')) blocks.push(p<'work-study'>('work-choice'), p<'work-study'>('work-duty'));
  if (happensAt(answers, 'study')) blocks.push(p<'work-study'>('study-report'));
  blocks.push(p<'work-study'>('order-places'), links('work-study'));
  return { id: 'work-study', blocks };
}

/** The sections for someone who already has an order. */
function orderSections(answers: Answers, services: readonly GuideService[]): PlannedSection[] {
  const sections: PlannedSection[] = [];
  if (mayBeBroken(answers)) sections.push(breachSection(answers, services));
  if (answers.order === 'other') {
    sections.push({ id: 'other-order', blocks: [p<'other-order'>('own-rules'), p<'other-order'>('break-it'), p<'other-order'>('spo-as-well'), links('other-order')] });
    return sections;
  }
  const yours: Block[] = [];
  if (!mayBeBroken(answers)) yours.push(p<'your-order'>('binds-them'));
  yours.push(p<'your-order'>('copy'), p<'your-order'>('contains'), p<'your-order'>('notify'), links('your-order'));
  sections.push({ id: 'your-order', blocks: yours });
  sections.push({
    id: 'order-length',
    blocks: [p<'order-length'>(answers.order === 'interim-spo' ? 'interim' : 'spo'), p<'order-length'>('change'), links('order-length')],
  });
  return sections;
}

/** Decides the whole result for the answers: which next steps, sections and keys, in order. */
export function decideResult(answers: Answers, options: PlanOptions): ResultPlan {
  const voice = voiceFor(answers);
  const nextSteps = nextStepsFor(answers);
  const tool = toolFor(answers);
  const { services } = options;
  const calls = callsFor(nextSteps, services);
  const [helpline] = callButtonsFor(['stalking-advice'], services);
  const first = { voice, nextSteps, tool, ...(helpline ? { helpline } : {}), calls };
  if (isOutOfScope(answers)) {
    const place = answers.where;
    const outside: Block[] =
      place === 'scotland'
        ? [p<'outside'>('scotland'), p<'outside'>('scotland-crime'), p<'outside'>('scotland-police'), p<'outside'>('order-reach')]
        : place === 'northern-ireland'
          ? [p<'outside'>('northern-ireland'), p<'outside'>('northern-ireland-police'), p<'outside'>('order-reach')]
          : [p<'outside'>('elsewhere'), p<'outside'>('elsewhere-reach')];
    return {
      kind: 'outside',
      ...first,
      sections: [
        { id: 'outside', blocks: [...outside, links('outside')] },
        { id: 'help', blocks: [p<'help'>('intro'), { kind: 'services', ids: servicesFor(answers, services) }, links('help')] },
      ],
    };
  }

  const behaviours = answers.behaviours ?? [];
  const sections: PlannedSection[] = [];
  if (riskSignsFor(answers).length > 0) sections.push(riskSection(answers, voice));
  if (policeSaidNo(answers) && !hasOrder(answers)) sections.push(saidNoSection());
  if (unknownOnline(answers)) sections.push(unknownSection());
  if (happensAt(answers, 'work') || happensAt(answers, 'study')) sections.push(workStudySection(answers));
  if (hasOrder(answers)) {
    sections.push(...orderSections(answers, services));
  } else {
    sections.push(couldHelpSection(answers, behaviours, voice), forbidSection(behaviours, voice));
    // Helpers already meet the interim order in the next steps and the police questions: only the person gets the section.
    if (voice === 'me') sections.push({ id: 'interim', blocks: [p<'interim'>(answers.order === 'not-sure' ? 'not-sure' : 'none'), links('interim')] });
    if (mayBeBroken(answers)) sections.push(breachSection(answers, services));
  }
  sections.push({
    id: 'police-questions',
    blocks: [p<'police-questions'>('intro'), list('police-questions', policeQuestionsFor(answers), 'check'), p<'police-questions'>('blanks-intro'), { kind: 'blanks', ids: blankIds }],
  });
  // The letter is the first screen's tool when it is the one that finishes the job; otherwise it is offered here.
  if (options.letterHref && tool !== 'letter') sections.push({ id: 'letter', blocks: [p<'letter'>('intro'), { kind: 'action', href: options.letterHref }] });
  if (voice === 'supporter') {
    sections.push({ id: 'supporting', blocks: [p<'supporting'>('believe'), p<'supporting'>('practical'), p<'supporting'>('police'), p<'supporting'>('yourself'), links('supporting')] });
  }
  if (voice === 'professional') {
    const blocks: Block[] = [p<'professional'>('role'), p<'professional'>('report'), p<'professional'>('advocacy'), p<'professional'>('safeguarding')];
    if (answers.relationship === 'partner') blocks.push(p<'professional'>('clares-law'));
    sections.push({ id: 'professional', blocks: [...blocks, links('professional')] });
  }
  sections.push({ id: 'other-routes', blocks: [list('other-routes', otherRoutesFor(answers, options.routes)), links('other-routes')] });
  sections.push({ id: 'record', blocks: [p<'record'>('why'), links('record')] });
  sections.push({ id: 'help', blocks: [p<'help'>('intro'), { kind: 'services', ids: servicesFor(answers, services) }, links('help')] });
  return { kind: 'guide', ...first, sections };
}
