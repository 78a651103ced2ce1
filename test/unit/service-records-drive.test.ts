import { english } from '../support/english';
import { describe, expect, it } from 'vitest';
import { checkGuideRanks, serviceRecords, supportServiceSchema, type Nation, type SupportService, type SupportServiceId, type SupportServiceInput } from '../../src/data/support-services';
import { decideResult, guideRoutesOf, type GuideService } from '../../src/lib/guide/decide';
import { protectiveOrders } from '../../src/data/protective-orders';
import type { Answers } from '../../src/machines/guide';
import { typicalAnswers } from '../machines/helpers';
import { outOfHoursOptions } from '../../src/lib/help-strip';
import { contactHref, coverageSentence, hoursShown, phoneFor, servicesForNations } from '../../src/lib/service-view';

/**
 * Adding a service is one record entry (and its words in each locale's words file): a service made up here, passed through the record's own
 * schema, appears where its fields say (help strip, links, the card's coverage line, hours),
 * with no change to any code.
 */
const base: SupportServiceInput = {
  id: 'made-up-line',
  phone: { display: '0800 000 0000', e164: '+448000000000' },
  otherContact: [
    { kind: 'sms', phone: { display: '07000 000000', e164: '+447000000000' } },
    { kind: 'textphone', phone: { display: '18001 0800 000 0000', e164: '180010800000000' } },
  ],
  hours: { kind: 'always', timeZone: 'Europe/London' },
  hoursShown: 'service-card-only',
  coverage: ['england', 'wales'],
  audience: ['victim'],
  situations: ['helpline-closed'],
  verifiedOn: '2026-12-01',
  source: 'this test',
};
const routes = guideRoutesOf(protectiveOrders);
const made = (changes: Partial<SupportServiceInput>): SupportService => supportServiceSchema.parse({ ...base, ...changes });

describe('a new service, added through the schema, appears where its fields say', () => {
  it('is offered by the help strip when it fits "helpline-closed", is open all day and serves England and Wales', () => {
    const service = made({});
    expect(outOfHoursOptions([service, ...serviceRecords]).everywhere.id).toBe('made-up-line');
    // Without the situation, or without England, the strip keeps its own choice.
    expect(outOfHoursOptions([made({ situations: ['crime-support'] }), ...serviceRecords]).everywhere.id).not.toBe('made-up-line');
    expect(outOfHoursOptions([made({ coverage: ['wales'] }), ...serviceRecords]).wales?.id).toBe('made-up-line');
    expect(outOfHoursOptions([made({ coverage: ['wales'] }), ...serviceRecords]).everywhere.id).not.toBe('made-up-line');
  });

  it('gets an sms: link for its text contact and tel: links for its other numbers, by kind, whatever the labels say', () => {
    const service = made({});
    expect(phoneFor(service, 'sms').href).toBe('sms:+447000000000');
    expect(phoneFor(service, 'textphone').href).toBe('tel:180010800000000');
    expect(phoneFor(service).href).toBe('tel:+448000000000');
    expect(contactHref('sms', { display: '1', e164: '1' })).toBe('sms:1');
    expect(() => phoneFor(made({ otherContact: [] }), 'sms')).toThrow(/"made-up-line" has no "sms" phone number/);
  });

  it('says who it is for from its coverage, and nothing for a service that serves England', () => {
    expect(coverageSentence(english, made({ coverage: ['scotland', 'northern-ireland'] }).coverage)).toBe('For people in Scotland and Northern Ireland.');
    expect(coverageSentence(english, made({ coverage: ['wales'] }).coverage)).toBe('For people in Wales.');
    expect(coverageSentence(english, made({}).coverage)).toBeUndefined();
  });

  it('shows its hours in lists or only on its own card, as hoursShown says', () => {
    expect(hoursShown(english, made({}), 'list')).toEqual({ lines: [] });
    expect(hoursShown(english, made({}), 'service-card').lines).toEqual(['Open 24 hours a day, every day']);
    expect(hoursShown(english, made({ hoursShown: 'every-list', hours: { kind: 'unknown' } }), 'list')).toEqual({
      lines: [],
      confirmation: 'Check their website for opening times.',
    });
  });
});

describe('a new service, added through the schema, appears in the guide\'s result where its fields say', () => {
  // The made-up id is not one of the record's ids: the composer must not care.
  const guideMade = (changes: Partial<SupportServiceInput>): GuideService => made(changes) as GuideService & { id: SupportServiceId };
  const helpOf = (answers: Answers, extra: GuideService) => {
    const help = decideResult(answers, { services: [...serviceRecords, extra], routes }).sections.find((s) => s.id === 'help')!;
    const block = help.blocks.find((b) => b.kind === 'services');
    return block?.kind === 'services' ? block.ids : [];
  };
  const england: Answers = { ...typicalAnswers, where: 'england', relationship: 'stranger', behaviours: ['following'] };

  it('is listed for the situations it declares, in the nations it covers, at the place its rank gives', () => {
    const abuse = guideMade({ situations: ['domestic-abuse'], guide: { rank: 20, listed: 'situations' } });
    expect(helpOf({ ...england, relationship: 'partner' }, abuse).at(-1)).toBe('made-up-line');
    expect(helpOf({ ...england, relationship: 'family', where: 'wales' }, abuse)).toContain('made-up-line');
    expect(helpOf(england, abuse)).not.toContain('made-up-line');
    expect(helpOf({ ...england, relationship: 'partner', where: 'scotland' }, abuse)).not.toContain('made-up-line');
    const images = guideMade({ situations: ['image-abuse'], coverage: ['england'], guide: { rank: 20, listed: 'situations' } });
    expect(helpOf({ ...england, behaviours: ['online'] }, images)).toContain('made-up-line');
    expect(helpOf({ ...england, behaviours: ['online'], where: 'wales' }, images)).not.toContain('made-up-line');
    // Rank decides the order, not the record's order or the id.
    const helplineRank = serviceRecords.find((r) => r.guide?.listed === 'everyone')!.guide!.rank;
    const first = guideMade({ situations: ['domestic-abuse'], guide: { rank: helplineRank - 1, listed: 'situations' } });
    expect(helpOf({ ...england, relationship: 'partner' }, first)[0]).toBe('made-up-line');
  });

  it('is listed for everyone in a nation it covers, or for everyone anywhere, or never without "listed"', () => {
    const scottish = guideMade({ coverage: ['scotland'], guide: { rank: 20, listed: 'covers' } });
    expect(helpOf({ where: 'scotland' }, scottish)).toEqual(['national-stalking-helpline', 'victim-support-scotland', 'scotland-domestic-abuse-helpline', 'made-up-line']);
    expect(helpOf(england, scottish)).not.toContain('made-up-line');
    const everywhere = guideMade({ coverage: ['england'], guide: { rank: 20, listed: 'everyone' } });
    expect(helpOf({ where: 'elsewhere' }, everywhere)).toEqual(['national-stalking-helpline', 'made-up-line']);
    expect(helpOf({ ...england, relationship: 'partner' }, guideMade({ situations: ['domestic-abuse'], guide: { rank: 20 } }))).not.toContain('made-up-line');
    expect(helpOf({ ...england, relationship: 'partner' }, guideMade({ situations: ['domestic-abuse'] }))).not.toContain('made-up-line');
  });

  it('is a call button on the next steps and in the breach section for its situations when the record says so', () => {
    const line = guideMade({ situations: ['stalking-advice', 'report'], guide: { rank: 20, callButton: true } });
    const plan = decideResult({ ...england, police: 'no', order: 'spo', breach: 'yes' }, { services: [...serviceRecords, line], routes });
    expect(plan.calls.helpline).toEqual(['national-stalking-helpline', 'made-up-line']);
    expect(plan.calls['report-breach']).toEqual(['police-non-emergency', 'made-up-line']);
    const breach = plan.sections.find((s) => s.id === 'breach')!.blocks.find((b) => b.kind === 'services');
    expect(breach?.kind === 'services' && breach.ids).toEqual(['emergency', 'police-non-emergency', 'made-up-line']);
    const notCalled = guideMade({ situations: ['stalking-advice'], guide: { rank: 20 } });
    expect(decideResult(england, { services: [...serviceRecords, notCalled], routes }).calls.helpline).toEqual(['national-stalking-helpline']);
  });

  it('may not share a rank with another service', () => {
    expect(() => checkGuideRanks([...serviceRecords, made({ guide: { rank: 3, listed: 'everyone' } })])).toThrow(
      'Support services "national-stalking-helpline" and "made-up-line" in src/data/support-services.ts share guide rank 3',
    );
    expect(() => checkGuideRanks([...serviceRecords, made({ guide: { rank: 20 } }), made({})])).not.toThrow();
  });
});

describe('the services record schema', () => {
  it('refuses a text or phone contact without a number, an unknown kind, nation or situation, and no coverage', () => {
    const passes = (changes: Record<string, unknown>) => supportServiceSchema.safeParse({ ...base, ...changes }).success;
    expect(passes({ otherContact: [{ kind: 'sms' }] })).toBe(false);
    expect(passes({ otherContact: [{ kind: 'advice', phone: { display: '1', e164: '1' } }] })).toBe(false);
    expect(passes({ otherContact: [{ kind: 'pigeon' }] })).toBe(false);
    expect(passes({ coverage: [] })).toBe(false);
    expect(passes({ coverage: ['london'] })).toBe(false);
    expect(passes({ situations: ['anything'] })).toBe(false);
    expect(passes({ guide: { rank: 0.5 } })).toBe(false);
    expect(passes({ guide: { rank: 0 } })).toBe(false);
    expect(passes({ guide: { rank: 4, listed: 'sometimes' } })).toBe(false);
    expect(passes({ guide: { rank: 4, colour: 'red' } })).toBe(false);
    expect(passes({})).toBe(true);
  });

  it('holds every service the site names, each passing it', () => {
    expect(serviceRecords.length).toBeGreaterThan(5);
    for (const service of serviceRecords) expect(supportServiceSchema.safeParse(service).success, service.id).toBe(true);
  });
});

describe('servicesForNations: a page about some nations lists their own services first', () => {
  const rec = (id: string, coverage: Nation[]) => ({ id, coverage });
  const records = [
    rec('uk-wide', ['england', 'wales', 'scotland', 'northern-ireland']),
    rec('england-and-wales', ['england', 'wales']),
    rec('scotland-24h', ['scotland']),
    rec('ni-24h', ['northern-ireland']),
    rec('scotland-police', ['scotland']),
  ];

  it('puts the services of only those nations first, in the record’s order, then the UK-wide ones; never England-and-Wales-only ones', () => {
    expect(servicesForNations(records, ['scotland', 'northern-ireland']).map((s) => s.id)).toEqual(['scotland-24h', 'ni-24h', 'scotland-police', 'uk-wide']);
    expect(servicesForNations(records, ['northern-ireland']).map((s) => s.id)).toEqual(['ni-24h', 'uk-wide']);
  });

  it('lists only their own services with ownOnly, and the real record gives Victim Support Scotland for Scotland', () => {
    expect(servicesForNations(records, ['scotland'], true).map((s) => s.id)).toEqual(['scotland-24h', 'scotland-police']);
    expect(servicesForNations(serviceRecords, ['scotland', 'northern-ireland'], true).map((s) => s.id)).toContain('victim-support-scotland');
  });
});
