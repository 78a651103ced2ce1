/**
 * Result composition: a pure function of the answers. Each behaviour maps to at least one
 * prohibition; a breach always yields the emergency box and report steps; Scotland and
 * Northern Ireland never yield the England and Wales eligibility text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  behaviourOptions,
  singleChoiceOptions,
  type Answers,
  type Behaviour,
} from '../../src/machines/spo-guide';
import rawContent from '../../src/content/wizard/wizard.json';
import { loadWizardContent } from '../../src/lib/wizard/content';
import {
  behaviourProhibitions,
  composeResult,
  otherRoutesFor,
  policeQuestionsFor,
  prohibitionIds,
  prohibitionsFor,
  requirementIds,
  sectionsFor,
  servicesFor,
  type ResultModel,
} from '../../src/lib/wizard/compose';
import { fillText } from '../../src/lib/wizard/text';
import { typicalAnswers } from '../machines/helpers';
import { supportServices } from '../../src/data/support-services';

const content = loadWizardContent(rawContent);

const answersArb = (overrides: fc.Arbitrary<Partial<Answers>> = fc.constant({})): fc.Arbitrary<Answers> =>
  fc
    .record({
      danger: fc.constantFrom(...singleChoiceOptions.danger),
      who: fc.constantFrom(...singleChoiceOptions.who),
      where: fc.constantFrom('england', 'wales'),
      behaviours: fc.subarray([...behaviourOptions], { minLength: 1 }),
      repeated: fc.constantFrom(...singleChoiceOptions.repeated),
      relationship: fc.constantFrom(...singleChoiceOptions.relationship),
      police: fc.constantFrom(...singleChoiceOptions.police),
      order: fc.constantFrom(...singleChoiceOptions.order),
      breach: fc.constantFrom(...singleChoiceOptions.breach),
    })
    .chain((base) => overrides.map((o) => ({ ...base, ...o }) as Answers))
    .map((a) => {
      const copy: Answers = { ...a };
      if (copy.order === 'none') delete copy.breach;
      return copy;
    });

const allText = (result: ResultModel): string =>
  result.sections
    .flatMap((s) => [s.heading, ...s.paragraphs, ...s.lists.flatMap((l) => [l.intro ?? '', ...l.items]), ...s.links.map((l) => l.text)])
    .join('\n');

/** A typical England answer set with no order; shared with the machine tests. */
const base: Answers = typicalAnswers;

describe('what an order could forbid', () => {
  it.each(behaviourOptions)('%s maps to at least one prohibition with words', (b) => {
    expect(behaviourProhibitions[b].length).toBeGreaterThan(0);
    for (const p of behaviourProhibitions[b]) expect(content.result.forbid.prohibitions[p]).toBeTruthy();
    const forbid = composeResult({ ...base, behaviours: [b] }, content).sections.find((s) => s.id === 'forbid');
    expect(forbid).toBeDefined();
    const items = forbid!.lists.flatMap((l) => l.items);
    for (const p of behaviourProhibitions[b]) expect(items).toContain(fillText(content.result.forbid.prohibitions[p]!, 'you'));
  });

  it('every prohibition and requirement id has words', () => {
    for (const p of prohibitionIds) expect(content.result.forbid.prohibitions[p]).toBeTruthy();
    for (const r of requirementIds) expect(content.result.forbid.requirements[r]).toBeTruthy();
  });

  it('tracking brings no surveillance and no devices that hide their history; contacting family brings no contact through others', () => {
    expect(prohibitionsFor(['tracking'])).toEqual(expect.arrayContaining(['surveillance', 'devices-without-history']));
    expect(prohibitionsFor(['proxy'])).toContain('contact-third-parties');
  });

  it('does not repeat a prohibition when behaviours share it', () => {
    const list = prohibitionsFor(['contact', 'threats', 'proxy'] as Behaviour[]);
    expect(new Set(list).size).toBe(list.length);
  });
});

describe('breach', () => {
  it('breach yes always yields the emergency box and the report steps', () => {
    fc.assert(
      fc.property(
        answersArb(fc.record({ order: fc.constantFrom('interim-spo', 'spo', 'other', 'not-sure'), breach: fc.constant('yes') }) as never),
        (answers) => {
          const result = composeResult(answers, content);
          const ids = result.sections.map((s) => s.id);
          expect(ids[0]).toBe('emergency');
          const emergency = result.sections[0]!;
          expect(emergency.services).toEqual(expect.arrayContaining(['emergency', 'police-non-emergency']));
          expect(emergency.paragraphs).toContain(fillText(content.result.emergency.breach, 'you'));
          const breach = result.sections.find((s) => s.id === 'breach');
          expect(breach?.lists[0]?.items.length).toBeGreaterThan(0);
          expect(breach?.lists[1]?.items.length).toBeGreaterThan(0);
          expect(policeQuestionsFor(answers)).toContain('report-breach');
        },
      ),
    );
  });

  it('the prison terms are shown only for Stalking Protection Orders (full or interim)', () => {
    const penalty = (order: NonNullable<Answers['order']>) =>
      allText(composeResult({ ...base, order, breach: 'yes' }, content)).includes('Crown Court');
    expect(penalty('spo')).toBe(true);
    expect(penalty('interim-spo')).toBe(true);
    expect(penalty('other')).toBe(false);
    expect(penalty('not-sure')).toBe(false);
  });

  it('no breach answer and no danger means no emergency box', () => {
    expect(sectionsFor({ ...base, order: 'spo', breach: 'no' })).not.toContain('emergency');
    expect(sectionsFor({ ...base, order: 'spo', breach: 'no' })).not.toContain('breach');
    expect(sectionsFor({ ...base, danger: 'yes' })[0]).toBe('emergency');
  });
});

describe('outside England and Wales', () => {
  const eligibilityBits = [
    content.result.couldHelp.heading,
    content.result.couldHelp.threeIntro,
    ...content.result.couldHelp.three,
    content.result.forbid.heading,
    content.result.interim.heading,
  ];
  it.each(['scotland', 'northern-ireland', 'elsewhere'] as const)('%s never yields the SPO eligibility text', (where) => {
    fc.assert(
      fc.property(answersArb(fc.constant({ where })), (answers) => {
        const result = composeResult(answers, content);
        expect(result.kind).toBe('outside');
        const ids = result.sections.map((s) => s.id);
        expect(ids).toContain('outside');
        for (const id of ['couldHelp', 'forbid', 'interim', 'spo', 'breach', 'policeQuestions'] as const) expect(ids).not.toContain(id);
        const text = allText(result);
        for (const bit of eligibilityBits) expect(text).not.toContain(fillText(bit, 'you'));
        for (const bit of eligibilityBits) expect(text).not.toContain(fillText(bit, 'they'));
      }),
      { numRuns: 60 },
    );
  });
  it('Scotland points to Victim Support Scotland and the Scotland and Northern Ireland page', () => {
    const result = composeResult({ danger: 'no', who: 'me', where: 'scotland' }, content);
    expect(servicesFor({ where: 'scotland' })).toContain('victim-support-scotland');
    expect(result.sections.flatMap((s) => s.links.map((l) => l.href))).toContain('/scotland-and-northern-ireland/');
  });
});

describe('the rest of the result', () => {
  it('always has the help section with the National Stalking Helpline, and questions for the police', () => {
    fc.assert(
      fc.property(answersArb(), (answers) => {
        const result = composeResult(answers, content);
        const help = result.sections.find((s) => s.id === 'help');
        expect(help?.services[0]).toBe('national-stalking-helpline');
        const questions = result.sections.find((s) => s.id === 'policeQuestions');
        expect(questions?.lists[0]?.kind).toBe('check');
        expect(questions?.lists[0]?.items.length).toBeGreaterThanOrEqual(4);
        // Every word filled in: no placeholder left.
        expect(allText(result)).not.toMatch(/[{}]/);
      }),
    );
  });

  it('asks about an interim order when there is no order yet', () => {
    expect(policeQuestionsFor({ ...base, order: 'none' })).toEqual(expect.arrayContaining(['apply-spo', 'apply-interim']));
    expect(policeQuestionsFor({ ...base, order: 'spo', breach: 'no' })).not.toContain('apply-interim');
    const interim = composeResult({ ...base, order: 'interim-spo', breach: 'no' }, content).sections.find((s) => s.id === 'interim');
    expect(interim?.paragraphs).toEqual(content.result.interim.interim.map((p) => fillText(p, 'you')));
  });

  it('offers the routes that fit: partner or family, Wales, supporter, professional', () => {
    expect(otherRoutesFor({ relationship: 'partner' })).toEqual(expect.arrayContaining(['non-molestation', 'dapo']));
    expect(otherRoutesFor({ relationship: 'stranger' })).not.toContain('non-molestation');
    expect(otherRoutesFor({ where: 'wales' })).toContain('wales');
    expect(servicesFor({ ...base, where: 'wales' })).toContain('live-fear-free');
    expect(servicesFor({ ...base, relationship: 'family' })).toContain('national-domestic-abuse-helpline');
    expect(otherRoutesFor({ who: 'supporter' })).toContain('supporter');
    expect(otherRoutesFor({ who: 'professional' })).toContain('professional');
  });

  it('speaks to "you" when asking for yourself and about "them" otherwise', () => {
    const me = allText(composeResult({ ...base, who: 'me' }, content));
    const them = allText(composeResult({ ...base, who: 'supporter' }, content));
    expect(me).toContain('You cannot apply yourself');
    expect(them).toContain('They cannot apply themselves');
    expect(them).not.toContain('You cannot apply yourself');
  });

  it('only names services that are in the services record', () => {
    const known = new Set<string>(supportServices.map((s) => s.id));
    fc.assert(
      fc.property(answersArb(), (answers) => {
        for (const s of composeResult(answers, content).sections) for (const id of s.services) expect(known.has(id)).toBe(true);
      }),
    );
  });
});
