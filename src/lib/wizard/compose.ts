/**
 * Builds the personalised result from the answers: which sections show, which
 * example prohibitions and requirements match each behaviour (from the fact sheet's
 * lists), which questions to ask the police, other routes and services. Pure: the
 * same answers and words always give the same result. No DOM.
 */
import type { SupportServiceId } from '../../data/support-services';
import { behaviourOptions, isOutOfScope, needsBreachQuestion, type Answers, type Behaviour } from '../../machines/spo-guide';
import type { WizardContent } from '../../schemas/wizard';
import { fillText, voiceFor, type Voice } from './text';

/** Example prohibitions (CPS legal guidance list, fact sheet section 2). */
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
export const requirementIds = [
  'assessment',
  'programme',
  'mental-health',
  'drug-alcohol',
  'surrender-devices',
  'account-access',
] as const;
export type RequirementId = (typeof requirementIds)[number];

/** Which example prohibitions match each behaviour. */
export const behaviourProhibitions: Record<Behaviour, readonly ProhibitionId[]> = {
  following: ['approach', 'surveillance', 'enter-areas'],
  'turning-up': ['enter-areas', 'approach'],
  contact: ['contact-any-means', 'contact-third-parties'],
  proxy: ['contact-third-parties', 'contact-any-means'],
  tracking: ['surveillance', 'devices-without-history'],
  online: ['social-media-reference', 'contact-any-means', 'devices-without-history'],
  property: ['enter-areas', 'approach'],
  watching: ['surveillance', 'recording-images', 'enter-areas', 'approach'],
  threats: ['contact-any-means', 'approach'],
  'something-else': ['contact-any-means', 'approach'],
  'not-sure': ['contact-any-means', 'approach'],
};

/** Requirements that fit particular behaviours, shown before the general ones. */
export const behaviourRequirements: Partial<Record<Behaviour, readonly RequirementId[]>> = {
  tracking: ['surrender-devices', 'account-access'],
  online: ['account-access'],
};

/** Requirements shown for everyone. */
export const generalRequirements: readonly RequirementId[] = ['assessment', 'programme', 'mental-health', 'drug-alcohol'];

/** Questions for the police. */
export const policeQuestionIds = [
  'record-as-stalking',
  'crime-reference',
  'officer',
  'apply-spo',
  'apply-interim',
  'order-terms',
  'report-breach',
  'spo-as-well',
  'identify',
  'advocate',
  'next-steps',
] as const;
export type PoliceQuestionId = (typeof policeQuestionIds)[number];

/** Other routes to protection. */
export const otherRouteIds = ['non-molestation', 'dapo', 'injunction', 'wales', 'images', 'supporter', 'professional'] as const;
export type OtherRouteId = (typeof otherRouteIds)[number];

/** Sections of the result, in the order they appear. */
export const sectionIds = [
  'emergency',
  'couldHelp',
  'forbid',
  'interim',
  'spo',
  'otherOrder',
  'breach',
  'policeQuestions',
  'otherRoutes',
  'record',
  'help',
  'outside',
] as const;
export type SectionId = (typeof sectionIds)[number];

/** A link in a section. */
export interface ResultLink {
  href: string;
  text: string;
}

/** A list in a section; "check" lists are the ticking list of questions for the police. */
export interface ResultList {
  intro?: string;
  items: string[];
  kind: 'bullet' | 'check';
}

/** One section of the result, with every word filled in. */
export interface ResultSection {
  id: SectionId;
  heading: string;
  paragraphs: string[];
  lists: ResultList[];
  links: ResultLink[];
  services: SupportServiceId[];
}

/** The result: a guide for England and Wales, or what applies outside it. */
export interface ResultModel {
  kind: 'guide' | 'outside';
  sections: ResultSection[];
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** Prohibitions that match the behaviours chosen, without repeats, in the order first met. */
export function prohibitionsFor(behaviours: readonly Behaviour[]): ProhibitionId[] {
  return unique(behaviours.flatMap((b) => behaviourProhibitions[b]));
}

/** Requirements that fit the behaviours chosen, then the general ones. */
export function requirementsFor(behaviours: readonly Behaviour[]): RequirementId[] {
  return unique([...behaviours.flatMap((b) => behaviourRequirements[b] ?? []), ...generalRequirements]);
}

/** True when the answers call for the emergency box. */
export function showsEmergency(answers: Answers): boolean {
  return answers.danger === 'yes' || (needsBreachQuestion(answers) && answers.breach === 'yes');
}

/** Which sections the result shows for these answers. */
export function sectionsFor(answers: Answers): SectionId[] {
  if (isOutOfScope(answers)) {
    return unique<SectionId>([...(answers.danger === 'yes' ? (['emergency'] as const) : []), 'outside', 'help']);
  }
  const sections: SectionId[] = [];
  if (showsEmergency(answers)) sections.push('emergency');
  sections.push('couldHelp', 'forbid', 'interim');
  if (answers.order === 'spo') sections.push('spo');
  if (answers.order === 'other') sections.push('otherOrder');
  if (needsBreachQuestion(answers) && (answers.breach === 'yes' || answers.breach === 'not-sure')) sections.push('breach');
  sections.push('policeQuestions');
  if (otherRoutesFor(answers).length > 0) sections.push('otherRoutes');
  sections.push('record', 'help');
  return sections;
}

/** Questions to ask the police, chosen from the answers. */
export function policeQuestionsFor(answers: Answers): PoliceQuestionId[] {
  const q: PoliceQuestionId[] = ['record-as-stalking'];
  q.push('crime-reference', 'officer');
  const order = answers.order;
  if (order === 'none' || order === 'not-sure' || order === undefined) q.push('apply-spo', 'apply-interim');
  if (order === 'interim-spo' || order === 'spo' || order === 'other') q.push('order-terms');
  if (order === 'other') q.push('spo-as-well');
  if (needsBreachQuestion(answers) && (answers.breach === 'yes' || answers.breach === 'not-sure')) q.push('report-breach');
  if (answers.relationship === 'online-unknown') q.push('identify');
  q.push('advocate', 'next-steps');
  return unique(q);
}

/** Other routes to protection that fit the answers. */
export function otherRoutesFor(answers: Answers): OtherRouteId[] {
  const routes: OtherRouteId[] = [];
  if (answers.relationship === 'partner' || answers.relationship === 'family') routes.push('non-molestation', 'dapo');
  else if (answers.relationship !== undefined) routes.push('injunction');
  if (answers.where === 'wales') routes.push('wales');
  if (answers.behaviours?.includes('online')) routes.push('images');
  if (answers.who === 'supporter') routes.push('supporter');
  if (answers.who === 'professional') routes.push('professional');
  return routes;
}

/** Support services that fit the answers, from the services record. */
export function servicesFor(answers: Answers): SupportServiceId[] {
  if (answers.where === 'scotland') return ['national-stalking-helpline', 'victim-support-scotland'];
  if (answers.where === 'northern-ireland' || answers.where === 'elsewhere') return ['national-stalking-helpline'];
  const services: SupportServiceId[] = ['national-stalking-helpline', 'paladin', 'victim-support'];
  if (answers.relationship === 'partner' || answers.relationship === 'family') services.push('national-domestic-abuse-helpline');
  if (answers.where === 'wales') services.push('live-fear-free');
  if (answers.behaviours?.includes('online')) services.push('revenge-porn-helpline');
  return services;
}

/** The label of a behaviour, filled in and starting lower case, for "You said: …". */
function behaviourPhrase(content: WizardContent, behaviour: Behaviour, voice: Voice): string {
  const label = fillText(content.questions.behaviours.options[behaviour]?.label ?? behaviour, voice);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Builds the whole result for the answers, with every word filled in. */
export function composeResult(answers: Answers, content: WizardContent): ResultModel {
  const voice = voiceFor(answers);
  const r = content.result;
  const t = (s: string, extra?: Record<string, string>) => fillText(s, voice, extra);
  const links = (key: string): ResultLink[] => (r.links[key] ?? []).map((l) => ({ href: l.href, text: t(l.text) }));
  const section = (id: SectionId, heading: string, rest: Partial<Omit<ResultSection, 'id' | 'heading'>> = {}): ResultSection => ({
    id,
    heading: t(heading),
    paragraphs: rest.paragraphs ?? [],
    lists: rest.lists ?? [],
    links: rest.links ?? [],
    services: rest.services ?? [],
  });
  const behaviours = (answers.behaviours ?? []).filter((b): b is Behaviour => (behaviourOptions as readonly string[]).includes(b));

  const build = (id: SectionId): ResultSection => {
    switch (id) {
      case 'emergency': {
        const paragraphs = r.emergency.paragraphs.map((p) => t(p));
        const breach = needsBreachQuestion(answers) && answers.breach === 'yes';
        if (breach) paragraphs.push(t(r.emergency.breach));
        return section(id, r.emergency.heading, {
          paragraphs,
          services: breach ? ['emergency', 'police-non-emergency'] : ['emergency'],
        });
      }
      case 'couldHelp': {
        const c = r.couldHelp;
        const paragraphs = [t(c.what), t(c.policeOnly)];
        const known = behaviours.some((b) => b !== 'not-sure' && b !== 'something-else');
        const after = [known ? t(c.behavioursKnown) : t(c.behavioursNotSure)];
        if (answers.repeated === 'yes') after.push(t(c.repeatedYes));
        if (answers.repeated === 'no') after.push(t(c.repeatedNo));
        if (answers.repeated === 'not-sure') after.push(t(c.repeatedNotSure));
        if (answers.police === 'yes') after.push(t(c.policeYes));
        if (answers.police === 'no') after.push(t(c.policeNo));
        if (answers.police === 'not-sure') after.push(t(c.policeNotSure));
        after.push(t(c.noPromise));
        return section(id, c.heading, {
          paragraphs: [...paragraphs, ...after],
          lists: [{ intro: t(c.threeIntro), items: c.three.map((s) => t(s)), kind: 'bullet' }],
          links: links('couldHelp'),
        });
      }
      case 'forbid': {
        const f = r.forbid;
        const specific = behaviours.filter((b) => b !== 'not-sure' && b !== 'something-else');
        const lists: ResultList[] = specific.map((b) => ({
          intro: t(f.behaviourLead, { behaviour: behaviourPhrase(content, b, voice) }),
          items: behaviourProhibitions[b].map((p) => t(f.prohibitions[p] ?? p)),
          kind: 'bullet',
        }));
        const general = behaviours.filter((b) => b === 'not-sure' || b === 'something-else');
        if (general.length > 0 || lists.length === 0) {
          lists.push({
            intro: t(f.generalLead),
            items: prohibitionsFor(general.length > 0 ? general : ['not-sure']).map((p) => t(f.prohibitions[p] ?? p)),
            kind: 'bullet',
          });
        }
        lists.push({
          intro: t(f.requirementsIntro),
          items: requirementsFor(behaviours).map((q) => t(f.requirements[q] ?? q)),
          kind: 'bullet',
        });
        const paragraphs = [t(f.intro), t(f.wholeUk)];
        if (behaviours.includes('proxy')) paragraphs.push(t(f.proxy));
        return section(id, f.heading, { paragraphs, lists, links: links('forbid') });
      }
      case 'interim': {
        const i = r.interim;
        const which = answers.order === 'interim-spo' ? i.interim : answers.order === 'not-sure' ? i.notSure : i.none;
        return section(id, i.heading, { paragraphs: which.map((p) => t(p)), links: links('interim') });
      }
      case 'spo':
        return section(id, r.spo.heading, { paragraphs: r.spo.paragraphs.map((p) => t(p)), links: links('spo') });
      case 'otherOrder':
        return section(id, r.otherOrder.heading, {
          paragraphs: r.otherOrder.paragraphs.map((p) => t(p)),
          links: links('otherOrder'),
        });
      case 'breach': {
        const b = r.breach;
        const paragraphs = [t(b.whatCounts)];
        if (answers.breach === 'not-sure') paragraphs.push(t(b.notSure));
        if (answers.order === 'spo' || answers.order === 'interim-spo') paragraphs.push(t(b.penaltySpo));
        return section(id, b.heading, {
          paragraphs,
          lists: [
            { intro: t(b.whatToDoIntro), items: b.whatToDo.map((s) => t(s)), kind: 'bullet' },
            { intro: t(b.recordIntro), items: b.record.map((s) => t(s)), kind: 'bullet' },
          ],
          links: links('breach'),
          services: ['police-non-emergency'],
        });
      }
      case 'policeQuestions': {
        const p = r.policeQuestions;
        return section(id, p.heading, {
          lists: [{ intro: t(p.intro), items: policeQuestionsFor(answers).map((q) => p.questions[q] ?? q), kind: 'check' }],
        });
      }
      case 'otherRoutes': {
        const routes = otherRoutesFor(answers);
        const routeLinks = [
          ...links('otherRoutes'),
          ...(routes.includes('supporter') ? links('supporter') : []),
          ...(routes.includes('professional') ? links('professional') : []),
        ];
        return section(id, r.otherRoutes.heading, {
          paragraphs: routes.map((route) => t(r.otherRoutes.items[route] ?? route)),
          links: routeLinks,
        });
      }
      case 'record':
        return section(id, r.record.heading, { paragraphs: r.record.paragraphs.map((p) => t(p)), links: links('record') });
      case 'help':
        return section(id, r.help.heading, {
          paragraphs: [t(r.help.intro)],
          links: links('help'),
          services: servicesFor(answers),
        });
      case 'outside': {
        const place = answers.where === 'scotland' || answers.where === 'northern-ireland' ? answers.where : 'elsewhere';
        const paragraphs = r.outside[place].map((p) => t(p));
        if (place !== 'elsewhere') paragraphs.push(t(r.outside.orderReach));
        return section(id, r.outside.heading, { paragraphs, links: links('outside') });
      }
    }
  };

  return { kind: isOutOfScope(answers) ? 'outside' : 'guide', sections: sectionsFor(answers).map(build) };
}
