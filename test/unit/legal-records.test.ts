import { english } from '../support/english';
import { describe, expect, it } from 'vitest';
import { amount, legalFigures, monthYear, pageFigures } from '../../src/data/legal-figures';
import { unconfirmedPoints } from '../../src/data/unconfirmed-points';
import { otherOrderFigures, protectiveOrderSchema } from '../../src/data/protective-orders';
import { protectiveOrdersIn } from '../../src/data/record-words';
import { getService, serviceRecords } from '../../src/data/support-services';
import { hoursConfirmation, hoursInWords } from '../../src/lib/opening-hours';
import { figureWordsIn } from '../../src/lib/guide/figures';
import { hedgesIn } from '../support/hedges';

describe('hoursConfirmation: one calm line about how sure a service’s hours are', () => {
  it('says where to find the hours, not a hedge, when they are unknown, whatever else the record says', () => {
    expect(hoursConfirmation(english, { hours: { kind: 'unknown' } })).toBe('Check their website for opening times.');
    expect(hoursConfirmation(english, { hours: { kind: 'unknown' }, hoursLastConfirmed: { when: '2015', sourceKind: 'x' } })).toBe(
      'Check their website for opening times.',
    );
  });

  it('says "confirmed" once, with the month and year of the newest dated source (or its year)', () => {
    const always = { kind: 'always', timeZone: 'Europe/London' } as const;
    expect(hoursConfirmation(english, { hours: always, hoursLastConfirmed: { when: '2020', sourceKind: 'the service’s website' } })).toBe('Hours confirmed 2020.');
    expect(hoursConfirmation(english, { hours: always, hoursLastConfirmed: { when: '2023-04-21', sourceKind: 'a news page' } })).toBe('Hours confirmed April 2023.');
    expect(hoursConfirmation(english, { hours: always })).toBeUndefined();
  });

  it('refuses a "when" that is neither a year nor an ISO date', () => {
    const always = { kind: 'always', timeZone: 'Europe/London' } as const;
    expect(() => hoursConfirmation(english, { hours: always, hoursLastConfirmed: { when: 'c.2015', sourceKind: 'x' } })).toThrow(/c\.2015/);
  });

  it('lists no hours for unknown hours, so the confirmation line is the only thing said', () => {
    expect(hoursInWords(english, { kind: 'unknown' })).toEqual([]);
  });

  it.each(serviceRecords.map((s) => [s.id, s] as const))('%s: its hours and their confirmation carry at most one hedge', (_id, s) => {
    expect(hedgesIn(hoursInWords(english, s.hours).join('\n'))).toEqual([]);
    const line = hoursConfirmation(english, s);
    expect(line === undefined ? 0 : hedgesIn(line).length).toBeLessThanOrEqual(1);
    if (line) expect(line).not.toMatch(/undefined|NaN|[{}]/);
  });

  it('marks the services the fact sheet says are uncertain, and only those', () => {
    const hedged = serviceRecords.filter((s) => hoursConfirmation(english, s) !== undefined).map((s) => s.id);
    expect(hedged.sort()).toEqual(
      ['national-stalking-helpline', 'paladin', 'protection-against-stalking', 'victim-support', 'victim-support-scotland', 'mens-advice-line', 'galop'].sort(),
    );
  });
});

describe('the services record after the legal review', () => {
  it('holds Victim Support Scotland’s current number, not the 2018 one', () => {
    expect(getService('victim-support-scotland').phone).toEqual({ display: '0800 160 1985', e164: '+448001601985' });
    expect(JSON.stringify(serviceRecords)).not.toMatch(/9213/);
  });
});

describe('legal figures and dates', () => {
  it('formats month-only dates and counts occasions', () => {
    expect(monthYear('2023-03-30')).toBe('March 2023');
    expect(monthYear(pageFigures.courtsBillEarliestStart)).toBe('March 2028');
    expect(() => monthYear('March')).toThrow(/March/);
    expect(amount(pageFigures.courseOfConductOccasions, 'occasion')).toBe('two occasions');
  });

  it('keeps the date the DAPO pilot was due to end in one place, usable in the guide’s words', () => {
    expect(otherOrderFigures.dapoPilotDueToEnd).toBe(legalFigures.dapoPilotDueToEnd);
    expect(figureWordsIn('(due to end on {date:dapoPilotDueToEnd})')).toEqual({ 'date:dapoPilotDueToEnd': '31 March 2026' });
  });

  it.each(Object.entries(unconfirmedPoints))('the "%s" point is one plain sentence with exactly one hedge', (_id, sentence) => {
    expect(sentence).toMatch(/^[A-Z][^.]*[.]$/);
    expect(sentence).not.toMatch(/undefined|NaN|[{}]/);
    expect(hedgesIn(sentence)).toHaveLength(1);
  });
});

describe('the protective orders comparison after the legal review', () => {
  /** The orders with their English words. */
  const protectiveOrders = protectiveOrdersIn('en-GB');
  const order = (id: string) => protectiveOrders.find((o) => o.id === id)!;

  it('says who may apply for a DAPO: the police, the person if 16 or over, anyone else with permission', () => {
    expect(order('domestic-abuse-protection-order').whoApplies).toMatch(/if you are 16 or over/);
    expect(order('domestic-abuse-protection-order').whoApplies).toMatch(/needs the family court’s permission first/);
    expect(order('domestic-abuse-protection-order').breaking).toBe('A crime. Up to five years in prison.');
  });

  it('writes the DVPO\'s hours and days through the table\'s plural entries', () => {
    expect(order('dvpn-dvpo').court).toBe('Magistrates’ court, which must hear it within 48 hours of the notice.');
    expect(order('dvpn-dvpo').howLong).toBe('14 to 28 days.');
  });

  it('says a DVPO breach is a civil breach, with no figure, and gives the acquittal order’s penalty', () => {
    expect(order('dvpn-dvpo').breaking).toMatch(/^Not a crime in itself\..*civil breach/);
    expect(order('dvpn-dvpo').breaking).not.toMatch(/\d/);
    expect(order('restraining-order-on-acquittal').breaking).toBe('A crime. Up to five years in prison.');
  });

  it('states no uncertain point in a cell, and says plainly that under-18s go to the youth court (SPA s.14)', () => {
    expect(order('stalking-protection-order').court).toBe('Magistrates’ court, or the youth court if the person is under 18.');
    expect(order('stalking-protection-order').hedge).toBeUndefined();
    for (const o of protectiveOrders) {
      for (const cell of [o.whoApplies, o.court, o.whenItFits, o.howLong, o.breaking]) expect(hedgesIn(cell), `${o.id}: ${cell}`).toEqual([]);
    }
  });

  it('checks each order against its schema: who it is for and the guide\'s words for it are record fields', () => {
    const { name: _name, whoApplies: _who, court: _court, whenItFits: _when, howLong: _long, breaking: _breaking, ...spo } = order('stalking-protection-order');
    const passes = (changes: Record<string, unknown>) => protectiveOrderSchema.safeParse({ ...spo, ...changes }).success;
    expect(passes({})).toBe(true);
    expect(passes({ relationship: 'neighbour' })).toBe(false);
    expect(passes({ relationship: undefined })).toBe(false);
    expect(passes({ guideRoute: 'restraining' })).toBe(false);
    expect(passes({ guideRoute: 'dapo' })).toBe(true);
    expect(passes({ hedge: { column: 'price', point: 'dapo-after-pilot' } })).toBe(false);
    expect(passes({ hedge: { column: 'court', point: 'dapo-after-pilot' } })).toBe(true);
    expect(passes({ hedge: { column: 'court', point: 'no-such-point' } })).toBe(false);
    expect(passes({ colour: 'red' })).toBe(false);
    // Its words are not record fields: they are in the words files.
    expect(passes({ court: 'The family court.' })).toBe(false);
    // The orders only for someone personally connected say so in their own words, too.
    for (const o of protectiveOrders.filter((x) => x.relationship === 'personally-connected')) expect(o.whenItFits, o.id).toMatch(/partner|personally connected/);
  });
});
