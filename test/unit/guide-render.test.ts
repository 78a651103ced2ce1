/**
 * The rendering step (src/lib/guide/render.ts) and the placeholders it fills (text.ts):
 * one exact-output test per placeholder kind; key sentences per outcome; and, over random
 * complete answer sets, no composed text holds "undefined", "NaN" or a brace, people with an
 * order are never told an order "could" help, and a supporter is never given the victim's
 * first-person questions. A key the words do not have is an error naming it, never the bare key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawSteps from '../../src/content/guide/guide.json';
import rawResult from '../../src/content/guide/guide-result.json';
import welshResult from '../../src/content/translations/cy/guide-result.json';
import { behaviourOptions, placeOptions, singleChoiceOptions, type Answers } from '../../src/machines/guide';
import { fillPhones, loadGuideContent } from '../../src/lib/guide/content';
import { resultWordsText } from '../../src/lib/guide/result-file';
import { decideResult, guideRoutesOf, type PlanOptions, type ResultPlan } from '../../src/lib/guide/decide';
import { protectiveOrders } from '../../src/data/protective-orders';
import { composeResult, renderResult, type ResultModel } from '../../src/lib/guide/render';
import { fillText, personFor, resultText } from '../../src/lib/guide/text';
import { figureText, figureWordsIn } from '../../src/lib/guide/figures';
import { guideContentSchema } from '../../src/schemas/guide';
import { serviceRecords, supportServices } from '../../src/data/support-services';
import { typicalAnswers } from '../machines/helpers';

/** Both content files as one object, as the schema of all the guide's words takes them. */
const rawContent = { ...rawSteps, result: rawResult };

// The words as the island gets them: the English words file, whose links are addresses (src/lib/guide/result-file.ts).
const content = loadGuideContent(rawSteps, JSON.parse(resultWordsText('en-GB')));
const base: Answers = typicalAnswers;
const compose = (answers: Answers, options: Partial<PlanOptions> = {}) => composeResult(answers, content, { services: serviceRecords, routes: guideRoutesOf(protectiveOrders), ...options });

/** Every word a result shows, one string per paragraph, item, heading or link. */
export function textsOf(result: ResultModel): string[] {
  return [
    result.nextStepsHeading,
    ...result.nextSteps.map((s) => s.text),
    ...result.sections.flatMap((s) => [
      s.heading,
      ...s.blocks.flatMap((b) => {
        switch (b.kind) {
          case 'paragraph':
            return [b.text];
          case 'list':
            return b.items;
          case 'blanks':
            return b.blanks.map((x) => x.label);
          case 'links':
            return b.links.map((l) => l.text);
          case 'action':
            return [b.text];
          case 'services':
            return [];
        }
      }),
    ]),
  ];
}
const allText = (result: ResultModel) => textsOf(result).join('\n');
const sectionText = (result: ResultModel, id: string) => {
  const section = result.sections.find((s) => s.id === id);
  return section ? allText({ ...result, nextSteps: [], nextStepsHeading: '', sections: [section] }) : '';
};

/** Any complete set of answers, in England and Wales or outside. */
const completeAnswers: fc.Arbitrary<Answers> = fc
  .record({
    danger: fc.constantFrom(...singleChoiceOptions.danger),
    who: fc.constantFrom(...singleChoiceOptions.who),
    where: fc.constantFrom(...singleChoiceOptions.where),
    behaviours: fc.subarray([...behaviourOptions], { minLength: 1 }),
    places: fc.subarray([...placeOptions], { minLength: 1 }),
    repeated: fc.constantFrom(...singleChoiceOptions.repeated),
    relationship: fc.constantFrom(...singleChoiceOptions.relationship),
    police: fc.constantFrom(...singleChoiceOptions.police),
    'police-response': fc.constantFrom(...singleChoiceOptions['police-response']),
    order: fc.constantFrom(...singleChoiceOptions.order),
    breach: fc.constantFrom(...singleChoiceOptions.breach),
  })
  .map((a) => {
    const answers: Answers = { ...a };
    if (answers.order === 'none') delete answers.breach;
    if (answers.police !== 'yes') delete answers['police-response'];
    if (answers.where === 'scotland' || answers.where === 'northern-ireland' || answers.where === 'elsewhere') {
      return { danger: answers.danger, who: answers.who, where: answers.where } as Answers;
    }
    return answers;
  });

describe('placeholders: one exact output per kind', () => {
  const figures = content.figures;
  it('{years:…}, {months:…}, {days:…} and {date:…} come from legal-figures.ts, in words through the table', () => {
    expect(resultText('at least {years:minimumOrderYears}', 'me', figures)).toBe('at least two years');
    expect(resultText('up to {months:breachMaxMonthsMagistrates}', 'me', figures)).toBe('up to 12 months');
    expect(resultText('within {days:notificationDays}', 'me', figures)).toBe('within three days');
    expect(resultText('on or after {date:magistratesLimitFrom}', 'me', figures)).toBe('on or after 18 November 2024');
    expect(figureText('years', 'breachMaxYearsCrownCourt')).toBe('five years');
    expect(figureText('months', 'breachMaxMonthsMagistrates')).toBe('12 months');
    // Only the figures the words name are worked out, and the island gets them as words.
    expect(figureWordsIn({ a: ['x {days:notificationDays} {phone:emergency}'], b: { c: '{date:inForce}' } })).toEqual({
      'days:notificationDays': 'three days',
      'date:inForce': '20 January 2020',
    });
  });
  it('figures are in the words’ own language: Welsh words get Welsh numbers and dates, the pseudo-locale English', () => {
    expect(figureText('years', 'breachMaxYearsCrownCourt', 'cy')).toBe('pum mlynedd');
    expect(figureText('years', 'minimumOrderYears', 'cy')).toBe('dwy flynedd');
    expect(figureWordsIn('{days:notificationDays} {date:magistratesLimitFrom} {months:breachMaxMonthsMagistrates}', 'cy')).toEqual({
      'days:notificationDays': 'tri diwrnod',
      'date:magistratesLimitFrom': '18 Tachwedd 2024',
      'months:breachMaxMonthsMagistrates': '12 mis',
    });
    // The page passes its locale: a Welsh page's figures are Welsh, an English or pseudo-locale page's (English words) English.
    expect(loadGuideContent(rawSteps, welshResult, 'cy').figures).toMatchObject({ 'days:notificationDays': 'tri diwrnod', 'date:northernIrelandInForce': '19 Hydref 2023' });
    expect(loadGuideContent(rawSteps, rawResult, 'en-XA').figures).toMatchObject({ 'days:notificationDays': 'three days', 'date:northernIrelandInForce': '19 October 2023' });
    expect(loadGuideContent(rawSteps, rawResult).figures['days:notificationDays']).toBe('three days');
  });
  it('{phone:…} comes from the services record', () => {
    expect(fillPhones('call {phone:police-non-emergency} or {phone:emergency}')).toBe('call 101 or 999');
    expect(() => fillPhones('{phone:protection-against-stalking}')).toThrow(/no phone number/);
  });
  it('named values, and the version of a question for the person asked about', () => {
    expect(resultText('You said: {behaviour}.', 'me', figures, { behaviour: 'following you' })).toBe('You said: following you.');
    const personal = { you: 'Your home', they: 'Their home' };
    expect(fillText(personal, 'they')).toBe('Their home');
    expect(fillText(personal, 'you')).toBe('Your home');
    expect(fillText('Step {number}', 'they', { number: '2' })).toBe('Step 2');
    expect(() => fillText('{Your} home', 'you')).toThrow(/Unknown placeholder \{Your\}/);
    expect(() => resultText('{You} can', 'me', figures)).toThrow(/Unknown placeholder \{You\}/);
  });
  it('an unknown kind, figure or name is an error, never left in the text', () => {
    expect(() => figureWordsIn('{weeks:minimumOrderYears}')).toThrow(/kind "weeks"/);
    expect(() => figureWordsIn('{years:minimumOrderYear}')).toThrow(/figure "minimumOrderYear"/);
    expect(() => figureWordsIn('{years:inForce}')).toThrow('Legal figure "inForce" is not a number, so {years:inForce} cannot be written');
    expect(() => figureWordsIn('{date:notificationDays}')).toThrow('Legal figure "notificationDays" is not a date, so {date:notificationDays} cannot be written');
    expect(() => figureWordsIn('{years:toString}')).toThrow(/figure "toString"/);
    expect(() => resultText('{years:minimumOrderYears}', 'me', {})).toThrow('Unknown legal figure {years:minimumOrderYears} in the guide\'s words');
    expect(() => fillText('{years:minimumOrderYears}', 'you')).toThrow(/Unknown legal figure/);
    expect(() => resultText('{behavior}', 'me', figures, { behaviour: 'x' })).toThrow(/\{behavior\}/);
  });
  it('a voiced text is the one written for the voice', () => {
    const voiced = { me: 'for me', supporter: 'for a supporter', professional: 'for a professional' };
    expect(resultText(voiced, 'me', {})).toBe('for me');
    expect(resultText(voiced, 'supporter', {})).toBe('for a supporter');
    expect(resultText(voiced, 'professional', {})).toBe('for a professional');
    expect(personFor({ who: 'supporter' })).toBe('they');
    expect(personFor({ who: 'professional' })).toBe('they');
    expect(personFor({ who: 'me' })).toBe('you');
    expect(personFor({})).toBe('you');
  });
});

interface Rendered {
  name: string;
  answers: Answers;
  contains: string[];
  lacks: string[];
}

/** Key sentences per outcome (smart-answers' assert_rendered_outcome): the words that make the branch. */
const rendered: Rendered[] = [
  {
    name: 'no order: an order could help, and the three things the court must be satisfied of',
    answers: base,
    contains: ['Could a Stalking Protection Order help?', 'The court must be satisfied of three things', 'You said this has happened more than once'],
    lacks: ['You cannot break it yourself', 'Make sure the police know about these'],
  },
  {
    name: 'interim order, broken: the broken order first, not your offence, the penalty, your order',
    answers: { ...base, order: 'interim-spo', breach: 'yes' },
    contains: ['Report that the order has been broken', 'that is not a crime by you', 'up to five years in the Crown Court', 'An interim order lasts for the time the court sets', 'When does my order end?', 'Will you tell me if the person applies to change'],
    lacks: ['Could a Stalking Protection Order help?', 'An order could forbid', 'Will you apply for a Stalking Protection Order?'],
  },
  {
    name: 'full order: how long, no upper limit, check your copy',
    answers: { ...base, order: 'spo', breach: 'no' },
    contains: ['at least two years', 'There is no upper limit', 'Check your copy', 'Within three days'],
    lacks: ['Could a Stalking Protection Order help?', 'could forbid'],
  },
  {
    name: 'supporter: what a supporter can do and looking after themselves, questions for the person helped',
    answers: { ...base, who: 'supporter', relationship: 'partner', where: 'wales', police: 'no' },
    contains: ['How you can help', 'can support you too', 'Can you refer them to a stalking advocate?', 'non-molestation order', 'the risk the person poses to them'],
    lacks: ['Can you refer me', 'When will I hear', 'Interim orders: protection while the court decides', 'go on a drug and alcohol programme'],
  },
  {
    name: 'professional: their role, safeguarding, Clare’s Law for a partner',
    answers: { ...base, who: 'professional', relationship: 'partner' },
    contains: ['What you can do in your role', 'safeguarding', 'Clare’s Law', 'specialist stalking advocate'],
    lacks: ['Can you refer me', 'How you can help'],
  },
  {
    name: 'higher risk: a marked section with 999, the police and Paladin, claiming no more than the fact sheet',
    answers: { ...base, behaviours: ['threats', 'worse'] },
    contains: ['Make sure the police know about these', 'the risk the person poses to you', 'threats', 'things getting worse, or happening more often', 'Paladin', 'high risk of serious harm', 'What do you think the risk to me is'],
    lacks: ['sign that the risk is higher', 'signs of higher risk', 'assessed the risk'],
  },
  {
    name: 'a stranger: the harassment injunction, whoever the person is',
    answers: { ...base, relationship: 'stranger' },
    contains: ['injunction under the harassment law, whoever the person is'],
    lacks: ['non-molestation'],
  },
  {
    name: 'Scotland: its own law, Police Scotland',
    answers: { danger: 'no', who: 'me', where: 'scotland' },
    contains: ['Scotland’s own laws apply', 'or the British Transport Police, can apply', 'Tell Police Scotland', 'Tell the police where you live'],
    lacks: ['Could a Stalking Protection Order help?', 'Questions to ask the police'],
  },
];

describe('outcomes: the key sentences of each branch', () => {
  it.each(rendered)('$name', ({ answers, contains, lacks }) => {
    const text = allText(compose(answers));
    for (const c of contains) expect(text).toContain(c);
    for (const l of lacks) expect(text).not.toContain(l);
  });

  it('the forbid intro says the examples are reported, not stated as fact', () => {
    expect(sectionText(compose(base), 'forbid')).toContain('is reported to give examples');
  });

  it('lists each example prohibition once, in words', () => {
    const forbid = compose({ ...base, behaviours: ['contact', 'threats', 'proxy'] }).sections.find((s) => s.id === 'forbid')!;
    const items = forbid.blocks.find((b) => b.kind === 'list');
    expect(items).toEqual({
      kind: 'list',
      style: 'bullet',
      items: [
        content.result.items.prohibitions['contact-any-means'],
        content.result.items.prohibitions['contact-third-parties'],
        content.result.items.prohibitions.approach,
        content.result.items.prohibitions['enter-areas'],
      ],
    });
  });

  it('next steps carry the numbers to call', () => {
    const result = compose({ ...base, danger: 'yes', police: 'no' });
    expect(result.nextSteps[0]).toMatchObject({ id: 'call-emergency', services: ['emergency'] });
    expect(result.nextSteps[0]!.text).toBe('If you are in danger now, call 999.');
    expect(result.nextSteps.find((s) => s.id === 'report')?.services).toEqual(['police-non-emergency']);
    expect(result.nextSteps.find((s) => s.id === 'ask-order')?.services).toEqual([]);
  });

  it('the letter builder is offered with its own words and address', () => {
    const result = compose({ ...base, who: 'supporter' }, { letterHref: '/make-a-letter/' });
    const letter = result.sections.find((s) => s.id === 'letter')!;
    expect(letter.heading).toBe('Make a letter to the police');
    expect(letter.blocks.at(-1)).toEqual({ kind: 'action', href: '/make-a-letter/', text: 'Make a letter to the police' });
  });

  it('the tool: its words and address from the words file, for the tool decided', () => {
    expect(compose(base).tool).toEqual({ id: 'letter', href: '/make-a-letter/', text: 'Make a letter to the police' });
    expect(compose({ ...base, order: 'spo', breach: 'yes' }).tool).toEqual({ id: 'breach-record', href: '/living-with-an-order/', text: 'Print a breach record to fill in' });
    expect(compose({ ...base, who: 'supporter' }).tool.href).toBe('/helping-someone-being-stalked/');
  });

  it('the police said no: the first step asks for their reasons and a second look, never to apply', () => {
    const result = compose({ ...base, 'police-response': 'said-no' });
    expect(result.nextSteps[0]!.text).toMatch(/reasons.*senior officer/);
    expect(result.nextSteps.map((s) => s.text).join(' ')).not.toMatch(/apply for a Stalking Protection Order/);
    expect(sectionText(result, 'police-said-no')).toContain('does not cover a decision not to apply for an order');
  });

  it('someone online nobody can name: evidence that links the accounts, the police finding out who, the platform, blocking', () => {
    const result = compose({ ...base, relationship: 'online-unknown', police: 'no' });
    expect(result.nextSteps.map((s) => s.id)).toEqual(['keep-links', 'report-identify', 'report-platform']);
    expect(result.nextSteps[0]!.text).toMatch(/delete nothing.*links the accounts/);
    expect(sectionText(result, 'unknown')).toMatch(/need to know who it is before they can apply/);
    expect(sectionText(result, 'unknown')).toContain('If you don’t know who is stalking you');
  });

  it('the police questions end with labelled blanks; links keep their addresses', () => {
    const questions = compose(base).sections.find((s) => s.id === 'police-questions')!;
    expect(questions.blocks.at(-1)).toEqual({
      kind: 'blanks',
      blanks: [
        { id: 'crime-reference', label: 'Crime reference number' },
        { id: 'officer-name', label: 'Officer’s name' },
        { id: 'officer-contact', label: 'Officer’s phone number or email' },
        { id: 'date', label: 'Date' },
      ],
    });
    const links = compose(base).sections.find((s) => s.id === 'record')!.blocks.at(-1);
    expect(links).toEqual({ kind: 'links', links: content.result.links.record });
  });
});

describe('every composed result (random complete answers)', () => {
  it('has no undefined, NaN or braces, 3 next steps, one tool, and names only known services', () => {
    const known = new Set<string>(supportServices.map((s) => s.id));
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const result = compose(answers, { letterHref: '/make-a-letter/' });
        for (const text of textsOf(result)) {
          if (/undefined|NaN|[{}]/.test(text) || text.trim() === '') throw new Error(`bad text "${text}" for ${JSON.stringify(answers)}`);
        }
        expect(result.nextSteps.length).toBe(3);
        // One tool, with its words and an address holding nothing about the answers.
        expect(result.tool.text.trim()).not.toBe('');
        expect(result.tool.href).toMatch(/^\/[a-z0-9-]+\/$/);
        for (const s of result.sections) for (const b of s.blocks) if (b.kind === 'services') for (const id of b.ids) expect(known.has(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never tells someone with an order that an order "could" help', () => {
    const withOrder = completeAnswers.filter((a) => a.order === 'spo' || a.order === 'interim-spo' || a.order === 'other');
    fc.assert(
      fc.property(withOrder, (answers) => {
        const text = allText(compose(answers));
        expect(text).not.toContain('Could a Stalking Protection Order help?');
        expect(text).not.toMatch(/an order could/i);
      }),
      { numRuns: 150 },
    );
  });

  it('gives supporters and professionals no first-person victim questions', () => {
    const helping = completeAnswers.filter((a) => a.who === 'supporter' || a.who === 'professional');
    fc.assert(
      fc.property(helping, (answers) => {
        const questions = compose(answers).sections.find((s) => s.id === 'police-questions');
        for (const b of questions?.blocks ?? []) {
          if (b.kind === 'list') for (const q of b.items) expect(q).not.toMatch(/\b(me|my|myself)\b/i);
        }
        expect(allText(compose(answers))).not.toMatch(/\b(refer me|my order|to me)\b/i);
      }),
      { numRuns: 150 },
    );
  });

  it('always ends with where to get help, the National Stalking Helpline first', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const help = compose(answers).sections.at(-1)!;
        expect(help.id).toBe('help');
        const services = help.blocks.find((b) => b.kind === 'services');
        expect(services?.kind === 'services' && services.ids[0]).toBe('national-stalking-helpline');
      }),
      { numRuns: 100 },
    );
  });
});

describe('keys with no words', () => {
  it('the renderer names a key the words do not have, and never shows it', () => {
    const plan: ResultPlan = decideResult(base, { services: serviceRecords, routes: guideRoutesOf(protectiveOrders) });
    const broken: ResultPlan = { ...plan, sections: [{ id: 'could-help', blocks: [{ kind: 'paragraph', key: 'identify' }] }] };
    expect(() => renderResult(broken, content)).toThrow('The guide\'s words have no "identify" in result.sections.could-help');
    const badItem: ResultPlan = { ...plan, sections: [{ id: 'forbid', blocks: [{ kind: 'list', collection: 'prohibitions', items: ['flying'], style: 'bullet' }] }] };
    expect(() => renderResult(badItem, content)).toThrow('no "flying" in result.items.prohibitions');
    const badBlank = { ...plan, sections: [{ id: 'police-questions', blocks: [{ kind: 'blanks', ids: ['badge-number'] }] }] } as unknown as ResultPlan;
    expect(() => renderResult(badBlank, content)).toThrow('no "badge-number" in result.blanks');
    const badLinks = { ...plan, sections: [{ id: 'record', blocks: [{ kind: 'links', group: 'diary' }] }] } as unknown as ResultPlan;
    expect(() => renderResult(badLinks, content)).toThrow('no "diary" in result.links');
    const badStep = { ...plan, nextSteps: ['call-emergency-2'] } as unknown as ResultPlan;
    expect(() => renderResult(badStep, content)).toThrow('no "call-emergency-2" in result.nextSteps.items');
    const noCalls: ResultPlan = { ...plan, calls: {} };
    expect(() => renderResult(noCalls, content)).toThrow(`The guide's words have no "${plan.nextSteps[0]}" in plan.calls`);
  });

  it('the schema refuses a misspelt, missing or extra key, naming its path', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately breaking the shape
    const copy = (): any => JSON.parse(JSON.stringify(rawContent));
    const pathsOf = (raw: unknown) => {
      const parsed = guideContentSchema.safeParse(raw);
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    };
    const misspelt = copy();
    misspelt.result.items['police-questions'].identfy = misspelt.result.items['police-questions'].identify;
    delete misspelt.result.items['police-questions'].identify;
    expect(pathsOf(misspelt).join('\n')).toMatch(/result\.items\.police-questions\.identify/);
    expect(pathsOf(misspelt).join('\n')).toMatch(/identfy/);
    const missing = copy();
    delete missing.result.sections['could-help']['repeated-no'];
    expect(pathsOf(missing).join('\n')).toMatch(/result\.sections\.could-help\.repeated-no/);
    const step = copy();
    delete step.result.nextSteps.items['report-breach'];
    expect(pathsOf(step).join('\n')).toMatch(/result\.nextSteps\.items\.report-breach/);
    const voice = copy();
    delete voice.result.items['police-questions'].advocate.supporter;
    expect(pathsOf(voice).join('\n')).toMatch(/result\.items\.police-questions\.advocate/);
    const pronoun = copy();
    pronoun.result.sections.record.why = '{You} can keep a record.';
    expect(pathsOf(pronoun).join('\n')).toMatch(/result\.sections\.record\.why.*pronouns/);
    const link = copy();
    link.result.links.help[0].url = '/getting-help/';
    expect(pathsOf(link).join('\n')).toMatch(/result\.links\.help\.0/);
  });
});
