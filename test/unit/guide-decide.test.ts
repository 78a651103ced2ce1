/**
 * The decision step of the result (src/lib/guide/decide.ts), tested like smart-answers' outcome
 * tests: a table of answers → the sections and next steps that must appear, in order, one row per
 * branch; then the choosers (police questions, routes, services, risk signs, prohibitions) one rule
 * at a time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { behaviourOptions, singleChoiceOptions, type Answers, type Behaviour } from '../../src/machines/guide';
import {
  behaviourProhibitions,
  decideResult,
  hasOrder,
  MAX_NEXT_STEPS,
  allNextStepsFor,
  toolFor,
  mayBeBroken,
  nextStepsFor,
  otherRoutesFor,
  policeQuestionsFor,
  prohibitionsFor,
  requirementsFor,
  riskSignsFor,
  answerSituations,
  guideRoutesOf,
  guideServiceOf,
  servicesFor,
  voiceFor,
  type Block,
  type GuideService,
  type PlanOptions,
  type ResultPlan,
} from '../../src/lib/guide/decide';
import { serviceRecords } from '../../src/data/support-services';
import { protectiveOrders } from '../../src/data/protective-orders';
import { typicalAnswers } from '../machines/helpers';

const base: Answers = typicalAnswers;
/** The typical answers without the police having been told (so without what they did). */
const { 'police-response': _response, ...withoutResponse } = typicalAnswers;
/** The guide's other routes from the protective orders record. */
const routes = guideRoutesOf(protectiveOrders);
/** The plan for these answers, with the real services record. */
const decide = (answers: Answers, options: Partial<PlanOptions> = {}) => decideResult(answers, { services: serviceRecords, routes, ...options });
const ids = (plan: ResultPlan) => plan.sections.map((s) => s.id);
const keysOf = (plan: ResultPlan, section: string) =>
  (plan.sections.find((s) => s.id === section)?.blocks ?? []).map((b: Block) =>
    b.kind === 'paragraph' ? b.key : b.kind === 'list' ? `${b.collection}:${b.items.join(',')}` : b.kind,
  );

interface Row {
  name: string;
  answers: Answers;
  sections: string[];
  nextSteps: string[];
}

/** One row per branch of decideResult. */
const outcomes: Row[] = [
  {
    name: 'no order, police know, no risk sign',
    answers: base,
    sections: ['could-help', 'forbid', 'interim', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['ask-order', 'helpline', 'record'],
  },
  {
    name: 'no order, not reported',
    answers: { ...base, police: 'no' },
    sections: ['could-help', 'forbid', 'interim', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['report', 'ask-order', 'helpline', 'record'],
  },
  {
    name: 'danger, threats, not reported: 999 first',
    answers: { ...base, danger: 'yes', police: 'not-sure', behaviours: ['threats'] },
    sections: ['risk', 'could-help', 'forbid', 'interim', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['call-emergency', 'report', 'ask-order', 'ask-risk', 'helpline', 'record'],
  },
  {
    name: 'not sure about an order, not sure if broken',
    answers: { ...base, order: 'not-sure', breach: 'not-sure' },
    sections: ['could-help', 'forbid', 'interim', 'breach', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['report-breach', 'ask-order', 'helpline', 'record'],
  },
  {
    name: 'interim order, broken',
    answers: { ...base, order: 'interim-spo', breach: 'yes' },
    sections: ['breach', 'your-order', 'order-length', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['report-breach', 'helpline', 'record'],
  },
  {
    name: 'full order, not broken',
    answers: { ...base, order: 'spo', breach: 'no' },
    sections: ['your-order', 'order-length', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['keep-order', 'helpline', 'record'],
  },
  {
    name: 'another kind of order, not sure if broken',
    answers: { ...base, order: 'other', breach: 'not-sure' },
    sections: ['breach', 'other-order', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['report-breach', 'helpline', 'record'],
  },
  {
    name: 'supporter, Wales, ex-partner, not reported',
    answers: { ...base, who: 'supporter', where: 'wales', relationship: 'partner', police: 'no' },
    sections: ['risk', 'could-help', 'forbid', 'police-questions', 'supporting', 'other-routes', 'record', 'help'],
    nextSteps: ['report', 'ask-order', 'ask-risk', 'helpline', 'record'],
  },
  {
    name: 'professional',
    answers: { ...base, who: 'professional' },
    sections: ['could-help', 'forbid', 'police-questions', 'professional', 'other-routes', 'record', 'help'],
    nextSteps: ['ask-order', 'helpline', 'record'],
  },
  {
    name: 'Scotland: the police there, then the reach of the police in England and Wales',
    answers: { danger: 'no', who: 'me', where: 'scotland' },
    sections: ['outside', 'help'],
    nextSteps: ['tell-police-outside', 'cross-border', 'helpline', 'record'],
  },
  {
    name: 'elsewhere, in danger',
    answers: { danger: 'yes', who: 'me', where: 'elsewhere' },
    sections: ['outside', 'help'],
    nextSteps: ['call-emergency', 'tell-police-outside', 'cross-border', 'helpline', 'record'],
  },
  {
    name: 'the police said no: their reasons and a second look first, never "ask them to apply"',
    answers: { ...base, 'police-response': 'said-no' },
    sections: ['police-said-no', 'could-help', 'forbid', 'interim', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['ask-reasons', 'review-complain', 'helpline', 'record'],
  },
  {
    name: 'the police have not said anything yet',
    answers: { ...base, 'police-response': 'no-news' },
    sections: ['could-help', 'forbid', 'interim', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['chase-police', 'ask-order', 'helpline', 'record'],
  },
  {
    name: 'someone online nobody can name, not reported',
    answers: { ...withoutResponse, relationship: 'online-unknown', police: 'no', places: ['online'] },
    sections: ['unknown', 'could-help', 'forbid', 'interim', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['keep-links', 'report-identify', 'report-platform', 'helpline', 'record'],
  },
  {
    name: 'someone online nobody can name, and the police said no',
    answers: { ...base, relationship: 'online-unknown', 'police-response': 'said-no' },
    sections: ['police-said-no', 'unknown', 'could-help', 'forbid', 'interim', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['ask-reasons', 'review-complain', 'keep-links', 'report-platform', 'helpline', 'record'],
  },
  {
    name: 'at work and at university',
    answers: { ...base, places: ['work', 'study'] },
    sections: ['work-study', 'could-help', 'forbid', 'interim', 'police-questions', 'other-routes', 'record', 'help'],
    nextSteps: ['ask-order', 'tell-work', 'tell-study', 'helpline', 'record'],
  },
];

describe('outcomes: answers → sections and next steps', () => {
  it.each(outcomes)('$name', ({ answers, sections, nextSteps }) => {
    const plan = decide(answers);
    expect(ids(plan)).toEqual(sections);
    expect(allNextStepsFor(answers)).toEqual(nextSteps);
    // The result shows the most urgent three.
    expect(plan.nextSteps).toEqual(nextSteps.slice(0, 3));
    expect(plan.kind).toBe(sections.includes('outside') ? 'outside' : 'guide');
  });

  it('adds the letter builder after the police questions when the site has one and the letter is not the first screen’s tool', () => {
    const withOrder = { ...base, order: 'spo', breach: 'no' } as const;
    const plan = decide(withOrder, { letterHref: '/make-a-letter/' });
    expect(ids(plan).slice(2, 4)).toEqual(['police-questions', 'letter']);
    expect(plan.sections[3]!.blocks).toEqual([
      { kind: 'paragraph', key: 'intro' },
      { kind: 'action', href: '/make-a-letter/' },
    ]);
    // The letter is the tool: not offered twice.
    expect(decide(base, { letterHref: '/make-a-letter/' }).tool).toBe('letter');
    expect(ids(decide(base, { letterHref: '/make-a-letter/' }))).not.toContain('letter');
    expect(ids(decide({ ...base, where: 'scotland' }, { letterHref: '/make-a-letter/' }))).not.toContain('letter');
  });

  it('keeps every result to exactly 3 next steps, and the voice is the one asked for', () => {
    expect(MAX_NEXT_STEPS).toBe(3);
    for (const { answers } of outcomes) expect(nextStepsFor(answers)).toHaveLength(3);
    expect(voiceFor({})).toBe('me');
    expect(voiceFor({ who: 'professional' })).toBe('professional');
    expect(decide({ ...base, who: 'supporter' }).voice).toBe('supporter');
  });
});

describe('the helpline on the first screen', () => {
  it('is the first service the record offers to call for advice, for every result', () => {
    expect(decide(base).helpline).toBe('national-stalking-helpline');
    expect(decide({ danger: 'no', who: 'me', where: 'scotland' }).helpline).toBe('national-stalking-helpline');
    expect(decide(base, { services: serviceRecords.filter((s) => s.id !== 'national-stalking-helpline') })).not.toHaveProperty('helpline');
  });
});

describe('the one tool on the first screen', () => {
  it.each([
    ['no order: the letter', base, 'letter'],
    ['the police said no: the letter (the review one, see from-guide)', { ...base, 'police-response': 'said-no' }, 'letter'],
    ['an order, not broken: the order card', { ...base, order: 'spo', breach: 'no' }, 'order-card'],
    ['an order broken: the breach record', { ...base, order: 'interim-spo', breach: 'yes' }, 'breach-record'],
    ['another order, not sure if broken: the breach record', { ...base, order: 'other', breach: 'not-sure' }, 'breach-record'],
    ['not sure there is an order, not sure if broken: the letter', { ...base, order: 'not-sure', breach: 'not-sure' }, 'letter'],
    ['a supporter: the page on helping someone', { ...base, who: 'supporter' }, 'supporting-page'],
    ['a supporter of someone with a broken order: still the page on helping someone', { ...base, who: 'supporter', order: 'spo', breach: 'yes' }, 'supporting-page'],
    ['a professional: the letter', { ...base, who: 'professional' }, 'letter'],
    ['Scotland: the page for Scotland and Northern Ireland', { danger: 'no', who: 'supporter', where: 'scotland' }, 'outside-page'],
  ] as [string, Answers, string][])('%s', (_name, answers, tool) => {
    expect(toolFor(answers)).toBe(tool);
    expect(decide(answers).tool).toBe(tool);
  });
});

describe('sections, key by key', () => {
  it('"Could an order help": the paragraphs that fit what was said, in order', () => {
    expect(keysOf(decide(base), 'could-help')).toEqual([
      'what',
      'police-only',
      'three-intro',
      'court-test:acts,risk,needed',
      'behaviours-known',
      'repeated-yes',
      'links',
    ]);
    // "The police already know": the next steps already say to ask them for an order.
    expect(decide(base).nextSteps).toContain('ask-order');
    // Helpers get the court's three tests in one sentence.
    for (const who of ['supporter', 'professional'] as const) {
      expect(keysOf(decide({ ...base, who }), 'could-help').slice(0, 4)).toEqual(['what', 'police-only', 'court-test-brief', 'behaviours-known']);
    }
    const unsure = keysOf(decide({ ...base, behaviours: ['something-else'], repeated: 'no', police: 'not-sure' }), 'could-help');
    expect(unsure).toEqual(expect.arrayContaining(['behaviours-not-sure', 'repeated-no', 'police-not-sure']));
    expect(unsure).not.toContain('behaviours-known');
    expect(keysOf(decide({ ...base, repeated: 'not-sure', police: 'no' }), 'could-help')).toEqual(
      expect.arrayContaining(['repeated-not-sure', 'police-no']),
    );
  });

  it('"What an order could forbid": one list for all that was described, requirements, proxy', () => {
    expect(keysOf(decide({ ...base, behaviours: ['tracking', 'proxy'] }), 'forbid')).toEqual([
      'intro',
      'lead',
      'prohibitions:surveillance,devices-without-history,contact-third-parties,contact-any-means',
      'requirements-intro',
      'requirements:surrender-devices,account-access,assessment,programme,mental-health,drug-alcohol',
      'whole-uk',
      'proxy',
      'links',
    ]);
    expect(keysOf(decide({ ...base, behaviours: ['following', 'something-else'] }), 'forbid')[2]).toBe(
      'prohibitions:approach,surveillance,recording-images,enter-areas,contact-any-means',
    );
    expect(keysOf(decide({ ...base, behaviours: ['something-else'] }), 'forbid')[2]).toBe('prohibitions:contact-any-means,approach');
    expect(keysOf(decide(base), 'forbid')).not.toContain('proxy');
    // Helpers get one sentence about requirements instead of the list.
    for (const who of ['supporter', 'professional'] as const) {
      expect(keysOf(decide({ ...base, who, behaviours: ['tracking'] }), 'forbid')).toEqual([
        'intro',
        'lead',
        'prohibitions:surveillance,devices-without-history',
        'requirements-brief',
        'whole-uk',
        'links',
      ]);
    }
    expect(keysOf(decide(base), 'forbid')).not.toContain('requirements-brief');
  });

  it('interim: "none" or "not sure" wording by the order answer', () => {
    expect(keysOf(decide(base), 'interim')).toEqual(['none', 'links']);
    expect(keysOf(decide({ ...base, order: 'not-sure', breach: 'no' }), 'interim')).toEqual(['not-sure', 'links']);
    // Helpers meet the interim order in the next steps and the police questions only.
    for (const who of ['supporter', 'professional'] as const) {
      expect(decide({ ...base, who }).sections.map((x) => x.id)).not.toContain('interim');
      expect(policeQuestionsFor({ ...base, who })).toContain('apply-interim');
    }
  });

  it('breach: what counts, not sure, not your offence when there is an order, what to do, record, penalty for an SPO only', () => {
    expect(keysOf(decide({ ...base, order: 'spo', breach: 'yes' }), 'breach')).toEqual([
      'what-counts',
      'not-your-offence',
      'what-to-do-intro',
      'breach-to-do:danger,tell,say',
      'services',
      'record-intro',
      'breach-record:when,what,who,evidence',
      'penalty-spo',
      'links',
    ]);
    const other = keysOf(decide({ ...base, order: 'other', breach: 'not-sure' }), 'breach');
    expect(other[0]).toBe('what-counts-other');
    expect(other).toContain('not-sure');
    expect(other).not.toContain('penalty-spo');
    const unsureOrder = keysOf(decide({ ...base, order: 'not-sure', breach: 'yes' }), 'breach');
    expect(unsureOrder[0]).toBe('what-counts-other');
    expect(unsureOrder).not.toContain('not-your-offence');
    expect(unsureOrder).not.toContain('penalty-spo');
    expect(keysOf(decide({ ...base, order: 'interim-spo', breach: 'yes' }), 'breach')).toContain('penalty-spo');
    const services = decide({ ...base, order: 'spo', breach: 'yes' }).sections[0]!.blocks.find((b) => b.kind === 'services');
    expect(services).toEqual({ kind: 'services', ids: ['emergency', 'police-non-emergency'] });
  });

  it('your order: binds them (said once: the breach section says it when broken), copy, contents, notification; length by kind', () => {
    expect(keysOf(decide({ ...base, order: 'spo', breach: 'no' }), 'your-order')).toEqual(['binds-them', 'copy', 'contains', 'notify', 'links']);
    expect(keysOf(decide({ ...base, order: 'spo', breach: 'yes' }), 'your-order')).toEqual(['copy', 'contains', 'notify', 'links']);
    expect(keysOf(decide({ ...base, order: 'spo', breach: 'no' }), 'order-length')).toEqual(['spo', 'change', 'links']);
    expect(keysOf(decide({ ...base, order: 'interim-spo', breach: 'no' }), 'order-length')).toEqual(['interim', 'change', 'links']);
    expect(keysOf(decide({ ...base, order: 'other', breach: 'no' }), 'other-order')).toEqual(['own-rules', 'break-it', 'spo-as-well', 'links']);
  });

  it('risk: the signs found, 999, the police, Paladin', () => {
    const plan = decide({ ...base, behaviours: ['tracking', 'threats'], relationship: 'partner' });
    expect(keysOf(plan, 'risk')).toEqual(['intro', 'risk-signs:threats,tracking,partner', 'danger', 'ask-police', 'paladin']);
    // Helpers have the question about the risk in the next steps and the police questions, not here again.
    const helper = decide({ ...base, who: 'supporter', behaviours: ['threats'] });
    expect(keysOf(helper, 'risk')).toEqual(['intro', 'risk-signs:threats', 'danger', 'paladin']);
    expect(helper.nextSteps).toContain('ask-risk');
    expect(policeQuestionsFor({ ...base, who: 'supporter', behaviours: ['threats'] })).toContain('risk');
  });

  it('professional: Clare’s Law only where the person is a partner or ex-partner', () => {
    expect(keysOf(decide({ ...base, who: 'professional', relationship: 'partner' }), 'professional')).toContain('clares-law');
    expect(keysOf(decide({ ...base, who: 'professional', relationship: 'family' }), 'professional')).toEqual([
      'role',
      'report',
      'advocacy',
      'safeguarding',
      'links',
    ]);
    expect(keysOf(decide({ ...base, who: 'supporter' }), 'supporting')).toEqual(['believe', 'practical', 'police', 'yourself', 'links']);
  });

  it('the police said no: reasons, a second look, the review scheme’s reach, a complaint, keep reporting; their reasons asked, not an application', () => {
    const saidNo = { ...base, 'police-response': 'said-no' } as const;
    expect(keysOf(decide(saidNo), 'police-said-no')).toEqual(['reasons', 'look-again', 'review-scheme', 'complain', 'keep-reporting', 'links']);
    expect(policeQuestionsFor(saidNo)).toContain('reasons');
    expect(policeQuestionsFor(saidNo)).not.toContain('apply-spo');
    expect(policeQuestionsFor(base)).not.toContain('reasons');
    // With an order, its own sections lead, not the "said no" one.
    expect(ids(decide({ ...saidNo, order: 'spo', breach: 'no' }))).not.toContain('police-said-no');
    // Told "no" only counts when the police were told.
    expect(allNextStepsFor({ ...saidNo, police: 'no' })[0]).toBe('report');
  });

  it('no news from the police: the could-help section says to ask them', () => {
    expect(keysOf(decide({ ...base, 'police-response': 'no-news' }), 'could-help')).toContain('police-no-news');
    expect(keysOf(decide(base), 'could-help')).not.toContain('police-no-news');
    expect(keysOf(decide({ ...base, police: 'no', 'police-response': 'no-news' }), 'could-help')).not.toContain('police-no-news');
  });

  it('nobody knows who it is: an order needs a named person, how the police find out, evidence, the platform, blocking', () => {
    expect(keysOf(decide({ ...base, relationship: 'online-unknown' }), 'unknown')).toEqual(['identity', 'how', 'evidence', 'platform', 'blocking', 'links']);
    expect(ids(decide({ ...base, relationship: 'stranger' }))).not.toContain('unknown');
  });

  it('work and study: each adds its own words; the order’s reach over places always', () => {
    expect(keysOf(decide({ ...base, places: ['work'] }), 'work-study')).toEqual(['work-choice', 'work-duty', 'order-places', 'links']);
    expect(keysOf(decide({ ...base, places: ['study', 'home'] }), 'work-study')).toEqual(['study-report', 'order-places', 'links']);
    expect(ids(decide({ ...base, places: ['home', 'online', 'elsewhere'] }))).not.toContain('work-study');
    expect(allNextStepsFor({ ...base, places: ['study'] })).toContain('tell-study');
    expect(allNextStepsFor({ ...base, places: ['study'] })).not.toContain('tell-work');
  });

  it('police questions end with the blank lines to fill in', () => {
    expect(keysOf(decide(base), 'police-questions').slice(-2)).toEqual(['blanks-intro', 'blanks']);
    const blanks = decide(base).sections.find((s) => s.id === 'police-questions')!.blocks.at(-1);
    expect(blanks).toEqual({ kind: 'blanks', ids: ['crime-reference', 'officer-name', 'officer-contact', 'date'] });
  });

  it('outside England and Wales: the words for the place, then help', () => {
    expect(keysOf(decide({ ...base, where: 'scotland' }), 'outside')).toEqual(['scotland', 'scotland-crime', 'scotland-police', 'order-reach', 'links']);
    expect(keysOf(decide({ ...base, where: 'northern-ireland' }), 'outside')).toEqual(['northern-ireland', 'northern-ireland-police', 'order-reach', 'links']);
    expect(keysOf(decide({ ...base, where: 'elsewhere' }), 'outside')).toEqual(['elsewhere', 'elsewhere-reach', 'links']);
    expect(keysOf(decide({ ...base, where: 'scotland' }), 'help')).toEqual(['intro', 'services', 'links']);
  });
});

describe('the choosers', () => {
  it('hasOrder and mayBeBroken', () => {
    expect(['interim-spo', 'spo', 'other'].map((order) => hasOrder({ order } as Answers))).toEqual([true, true, true]);
    expect(hasOrder({ order: 'not-sure' })).toBe(false);
    expect(hasOrder({ order: 'none' })).toBe(false);
    expect(mayBeBroken({ order: 'spo', breach: 'yes' })).toBe(true);
    expect(mayBeBroken({ order: 'spo', breach: 'not-sure' })).toBe(true);
    expect(mayBeBroken({ order: 'spo', breach: 'no' })).toBe(false);
    expect(mayBeBroken({ order: 'none', breach: 'yes' })).toBe(false);
  });

  it('police questions: for people with no order, with an order, broken, another order, risk, unknown person', () => {
    expect(policeQuestionsFor(base)).toEqual(['record-as-stalking', 'crime-reference', 'officer', 'apply-spo', 'apply-interim', 'advocate', 'next-steps']);
    expect(policeQuestionsFor({ ...base, order: 'interim-spo', breach: 'yes' })).toEqual([
      'report-breach',
      'crime-reference',
      'officer',
      'order-copy',
      'order-end',
      'order-change',
      'advocate',
      'next-steps',
    ]);
    expect(policeQuestionsFor({ ...base, order: 'other', breach: 'no' })).toContain('spo-as-well');
    expect(policeQuestionsFor({ ...base, order: 'spo', breach: 'no' })).not.toContain('spo-as-well');
    expect(policeQuestionsFor({ ...base, behaviours: ['worse'] })).toContain('risk');
    expect(policeQuestionsFor(base)).not.toContain('risk');
    expect(policeQuestionsFor({ ...base, relationship: 'online-unknown' })).toContain('identify');
    expect(policeQuestionsFor(base)).not.toContain('identify');
  });

  it('other routes come from the protective orders record: a made-up order for anyone is offered to all, one for a partner or family member only to them', () => {
    const madeUp = [...routes, { id: 'injunction', relationship: 'personally-connected' }] as const;
    expect(otherRoutesFor({ relationship: 'family' }, madeUp)).toEqual(['injunction', 'non-molestation', 'dapo', 'injunction']);
    expect(otherRoutesFor({ relationship: 'stranger' }, madeUp)).toEqual(['injunction']);
    expect(otherRoutesFor({ relationship: 'stranger' }, [{ id: 'dapo', relationship: 'anyone' }])).toEqual(['dapo']);
    expect(otherRoutesFor({ relationship: 'partner' }, [])).toEqual([]);
    expect(guideRoutesOf(protectiveOrders)).toEqual([
      { id: 'injunction', relationship: 'anyone' },
      { id: 'non-molestation', relationship: 'personally-connected' },
      { id: 'dapo', relationship: 'personally-connected' },
    ]);
  });

  it('other routes: a harassment injunction for every relationship; non-molestation and DAPO for partner or family only', () => {
    for (const relationship of ['stranger', 'known', 'partner', 'family', 'online-unknown', 'prefer-not-to-say'] as const) {
      expect(otherRoutesFor({ relationship }, routes)[0]).toBe('injunction');
    }
    expect(otherRoutesFor({ relationship: 'partner' }, routes)).toEqual(['injunction', 'non-molestation', 'dapo']);
    expect(otherRoutesFor({ relationship: 'family' }, routes)).toEqual(['injunction', 'non-molestation', 'dapo']);
    expect(otherRoutesFor({ relationship: 'known' }, routes)).toEqual(['injunction']);
    // Live Fear Free and the Revenge Porn Helpline are services: listed under "Where to get help" only.
    expect(otherRoutesFor({ where: 'wales', behaviours: ['online'] }, routes)).toEqual(['injunction']);
  });

  it('services: by place, relationship and behaviour', () => {
    expect(servicesFor({ where: 'scotland' }, serviceRecords)).toEqual(['national-stalking-helpline', 'victim-support-scotland', 'scotland-domestic-abuse-helpline']);
    expect(servicesFor({ where: 'northern-ireland' }, serviceRecords)).toEqual(['national-stalking-helpline', 'northern-ireland-domestic-sexual-abuse-helpline']);
    expect(servicesFor({ where: 'elsewhere' }, serviceRecords)).toEqual(['national-stalking-helpline']);
    expect(servicesFor(base, serviceRecords)).toEqual(['national-stalking-helpline', 'paladin', 'victim-support']);
    expect(servicesFor({ ...base, relationship: 'family', where: 'wales', behaviours: ['online'] }, serviceRecords)).toEqual([
      'national-stalking-helpline',
      'paladin',
      'victim-support',
      'national-domestic-abuse-helpline',
      'live-fear-free',
      'revenge-porn-helpline',
      'mens-advice-line',
      'galop',
    ]);
  });

  it('risk signs: each behaviour that can mean higher risk, and a partner or ex-partner', () => {
    expect(riskSignsFor(base)).toEqual([]);
    expect(riskSignsFor({ behaviours: ['worse', 'threats', 'turning-up', 'contact'] })).toEqual(['threats', 'turning-up', 'worse']);
    expect(riskSignsFor({ relationship: 'partner' })).toEqual(['partner']);
    expect(riskSignsFor({ relationship: 'family' })).toEqual([]);
  });

  it('prohibitions and requirements: no repeats, particular ones first', () => {
    expect(prohibitionsFor(['contact', 'threats', 'proxy'])).toEqual(['contact-any-means', 'contact-third-parties', 'approach', 'enter-areas']);
    expect(requirementsFor(['online', 'tracking'])).toEqual(['account-access', 'surrender-devices', 'assessment', 'programme', 'mental-health', 'drug-alcohol']);
    expect(requirementsFor(['following'])).toEqual(['assessment', 'programme', 'mental-health', 'drug-alcohol']);
    for (const list of Object.values(behaviourProhibitions)) expect(list.length).toBeGreaterThan(0);
  });
});

/**
 * The rule servicesFor had when it listed service ids in code (until session 3 of issue 18), kept
 * here as the expectation: the record's fields must choose exactly these, in this order. Issue 23
 * added the Men's Advice Line and Galop beside the National Domestic Abuse Helpline (for women), and
 * the 24-hour helplines of Scotland and Northern Ireland for people there.
 */
function servicesBefore(answers: Answers): string[] {
  if (answers.where === 'scotland') return ['national-stalking-helpline', 'victim-support-scotland', 'scotland-domestic-abuse-helpline'];
  if (answers.where === 'northern-ireland') return ['national-stalking-helpline', 'northern-ireland-domestic-sexual-abuse-helpline'];
  if (answers.where === 'elsewhere') return ['national-stalking-helpline'];
  const services = ['national-stalking-helpline', 'paladin', 'victim-support'];
  const domestic = answers.relationship === 'partner' || answers.relationship === 'family';
  if (domestic) services.push('national-domestic-abuse-helpline');
  if (answers.where === 'wales') services.push('live-fear-free');
  if (answers.behaviours?.includes('online')) services.push('revenge-porn-helpline');
  if (domestic) services.push('mens-advice-line', 'galop');
  return services;
}

describe('the services record chooses the same services as the old id lists did', () => {
  const places = [undefined, ...singleChoiceOptions.where];
  const relationships = [undefined, ...singleChoiceOptions.relationship];
  const behaviourSets: (readonly Behaviour[] | undefined)[] = [undefined, [], ['online'], ['following'], ['contact', 'online', 'threats']];

  // The whole records, and only the fields the island is given (guideServiceOf), must both choose them.
  const islandServices = serviceRecords.map(guideServiceOf);

  it('for every place, relationship and behaviour set (every combination the rule reads)', () => {
    let checked = 0;
    for (const where of places)
      for (const relationship of relationships)
        for (const behaviours of behaviourSets) {
          const answers: Answers = { ...(where ? { where } : {}), ...(relationship ? { relationship } : {}), ...(behaviours ? { behaviours } : {}) };
          expect(servicesFor(answers, serviceRecords), JSON.stringify(answers)).toEqual(servicesBefore(answers));
          expect(servicesFor(answers, islandServices), JSON.stringify(answers)).toEqual(servicesBefore(answers));
          checked += 1;
        }
    expect(checked).toBe(places.length * relationships.length * behaviourSets.length);
  });

  it('reads the situations only in England and Wales, and lists nothing a service\'s fields do not support', () => {
    expect(answerSituations({ where: 'scotland', relationship: 'partner', behaviours: ['online'] })).toEqual([]);
    expect(answerSituations({ where: 'england', relationship: 'stranger', behaviours: ['following'] })).toEqual([]);
    expect(answerSituations({ where: 'wales', relationship: 'family', behaviours: ['online'] })).toEqual(['domestic-abuse', 'image-abuse']);
    const partner: Answers = { where: 'england', relationship: 'partner' };
    // A service the composer was not told the coverage or situations of is not listed or called.
    const bare = [
      { id: 'paladin', guide: { rank: 1, listed: 'covers' } },
      { id: 'victim-support', guide: { rank: 2, listed: 'situations' }, coverage: ['england'] },
      { id: 'emergency', guide: { rank: 3, callButton: true } },
    ] as const satisfies readonly GuideService[];
    expect(servicesFor(partner, bare)).toEqual([]);
    expect(decide({ ...partner, danger: 'yes' }, { services: bare }).calls['call-emergency']).toEqual([]);
  });

  it('gives the island only the fields the composer reads for each service', () => {
    const byId = Object.fromEntries(islandServices.map((s) => [s.id, s]));
    expect(Object.keys(byId['protection-against-stalking']!)).toEqual(['id']);
    expect(Object.keys(byId['national-stalking-helpline']!).sort()).toEqual(['guide', 'id', 'situations']);
    expect(Object.keys(byId.paladin!).sort()).toEqual(['coverage', 'guide', 'id']);
    expect(Object.keys(byId['revenge-porn-helpline']!).sort()).toEqual(['coverage', 'guide', 'id', 'situations']);
    const calls = (services: readonly GuideService[]) => decide({ ...base, danger: 'yes', police: 'no', order: 'spo', breach: 'yes' }, { services }).calls;
    expect(calls(islandServices)).toEqual(calls(serviceRecords));
  });

  it('for any answers at all, in the whole plan (help section)', () => {
    const anyAnswers: fc.Arbitrary<Answers> = fc.record(
      {
        ...Object.fromEntries(Object.entries(singleChoiceOptions).map(([q, values]) => [q, fc.constantFrom(...values)])),
        behaviours: fc.uniqueArray(fc.constantFrom(...behaviourOptions), { minLength: 1 }),
      },
      { requiredKeys: [] },
    ) as fc.Arbitrary<Answers>;
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        for (const services of [serviceRecords, islandServices]) {
          const help = decide(answers, { services }).sections.find((s) => s.id === 'help')!.blocks.find((b) => b.kind === 'services');
          expect(help?.kind === 'services' && help.ids).toEqual(servicesBefore(answers));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('offers the same call buttons as the old lists: 999, 101 and the helpline on their steps, 999 then 101 for a breach', () => {
    const calls = decide({ ...base, danger: 'yes', police: 'no', order: 'spo', breach: 'yes', behaviours: ['threats'] }).calls;
    expect(calls).toEqual({ 'call-emergency': ['emergency'], 'report-breach': ['police-non-emergency'], 'ask-risk': [] });
    expect(decide({ ...base, police: 'no' }).calls).toEqual({ report: ['police-non-emergency'], 'ask-order': [], helpline: ['national-stalking-helpline'] });
    expect(decide({ ...withoutResponse, relationship: 'online-unknown', police: 'no' }).calls).toEqual({ 'keep-links': [], 'report-identify': ['police-non-emergency'], 'report-platform': [] });
    const breach = decide({ ...base, order: 'other', breach: 'yes' }).sections[0]!.blocks.find((b) => b.kind === 'services');
    expect(breach).toEqual({ kind: 'services', ids: ['emergency', 'police-non-emergency'] });
  });
});
