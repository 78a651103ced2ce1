import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankHolidays } from '../../src/data/bank-holidays';
import { getService, serviceRecords, type OpeningHours, type SupportService } from '../../src/data/support-services';
import { outOfHoursOptions } from '../../src/lib/help-strip';
import { hoursInFewWords, londonInstant, openStatus, statusInWords, statusTimeline } from '../../src/lib/opening-hours';


describe('hoursInFewWords (the help strip)', () => {
  it('says "weekdays, daytime" for the National Stalking Helpline, from its hours in the record', () => {
    expect(hoursInFewWords(getService('national-stalking-helpline').hours)).toBe('weekdays, daytime');
  });

  it('gives the times when every day has the same ones, and names other days', () => {
    const weekly = (days: Extract<OpeningHours, { kind: 'weekly' }>['days']): OpeningHours => ({
      kind: 'weekly',
      timeZone: 'Europe/London',
      days,
      closedOnBankHolidays: false,
    });
    expect(hoursInFewWords(getService('revenge-porn-helpline').hours)).toBe('weekdays, 10am to 4pm');
    expect(hoursInFewWords(weekly({ sat: [{ opens: '10:00', closes: '14:00' }], sun: [{ opens: '10:00', closes: '14:00' }] }))).toBe(
      'weekends, 10am to 2pm',
    );
    expect(hoursInFewWords(weekly({ mon: [{ opens: '18:00', closes: '22:00' }], tue: [{ opens: '09:00', closes: '12:00' }] }))).toBe(
      'Monday and Tuesday, hours vary',
    );
    expect(hoursInFewWords({ kind: 'always', timeZone: 'Europe/London' })).toBe('24 hours, every day');
    expect(hoursInFewWords({ kind: 'unknown' })).toBe('hours not confirmed');
  });
});

describe('outOfHoursOptions (what the help strip offers when the helpline is closed)', () => {
  it('picks, from the record, the first 24-hour service for England and Wales and the Wales line', () => {
    const { everywhere, wales } = outOfHoursOptions(serviceRecords);
    expect(everywhere.id).toBe('victim-support');
    expect(wales?.id).toBe('live-fear-free');
    for (const s of [everywhere, wales!]) {
      expect(s.hours.kind).toBe('always');
      expect(s.phone).toBeDefined();
    }
  });

  it('follows the hours data: when a service stops being open all day, the next one is offered', () => {
    const changed: SupportService[] = serviceRecords.map((s) =>
      s.id === 'victim-support' ? { ...s, hours: getService('national-stalking-helpline').hours } : s,
    );
    expect(outOfHoursOptions(changed).everywhere.id).toBe('national-domestic-abuse-helpline');
    expect(outOfHoursOptions(changed.filter((s) => s.coverage.includes('england'))).wales).toBeUndefined();
  });

  it('stops the build when nothing is open all day, naming the problem', () => {
    const none = serviceRecords.map((s) => ({ ...s, hours: { kind: 'unknown' } as const }));
    expect(() => outOfHoursOptions(none)).toThrow(/no 24-hour service/);
  });
});

describe('londonInstant', () => {
  it('turns a London wall-clock time into the moment, in GMT and in BST', () => {
    expect(new Date(londonInstant('2026-01-14', '09:30')).toISOString()).toBe('2026-01-14T09:30:00.000Z');
    expect(new Date(londonInstant('2026-07-15', '09:30')).toISOString()).toBe('2026-07-15T08:30:00.000Z');
    expect(new Date(londonInstant('2026-03-29', '00:00')).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(new Date(londonInstant('2026-10-26', '00:00')).toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });
});

describe('statusTimeline (the open-now status, worked out when the site is built)', () => {
  const hours = getService('national-stalking-helpline').hours;
  const start = new Date('2026-03-01T00:00:00Z');
  const end = new Date('2026-12-31T00:00:00Z');
  const spans = statusTimeline(hours, start, end, bankHolidays);
  const at = (t: number) => [...spans].reverse().find((s) => s.from <= t)!;

  it('says at every moment exactly what openStatus and statusInWords say (clocks changing, bank holidays)', () => {
    fc.assert(
      fc.property(fc.integer({ min: start.getTime(), max: end.getTime() - 1 }), (t) => {
        const status = openStatus(hours, new Date(t), bankHolidays);
        expect(at(t).words).toBe(statusInWords(status));
        expect(at(t).state).toBe(status.state);
      }),
      { numRuns: 3000 },
    );
  });

  it('changes a minute either side of opening and closing times, in BST and GMT', () => {
    for (const [iso, words] of [
      ['2026-07-15T08:29:00Z', 'Usually closed now. It usually opens again at 1pm today.'],
      ['2026-07-16T08:29:00Z', 'Usually closed now. It usually opens again at 9:30am today.'],
      ['2026-07-16T08:30:00Z', 'Usually open now. It usually closes at 4pm today.'],
      ['2026-12-24T16:00:00Z', 'Usually closed now. It usually opens again at 9:30am on Tuesday 29 December.'],
    ] as const) {
      expect(at(Date.parse(iso)).words, iso).toBe(words);
      expect(statusInWords(openStatus(hours, new Date(iso), bankHolidays)), iso).toBe(words);
    }
  });

  it('keeps each stretch different from the one before, in time order, and ends saying nothing', () => {
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i]!.from).toBeGreaterThan(spans[i - 1]!.from);
      expect(spans[i]!.words).not.toBe(spans[i - 1]!.words);
    }
    expect(spans[0]!.from).toBe(start.getTime());
    expect(spans.at(-1)).toEqual({ from: end.getTime(), state: 'unknown', words: statusInWords({ state: 'unknown' }) });
  });
});
