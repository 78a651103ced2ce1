import { english } from '../support/english';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankHolidays } from '../../src/data/bank-holidays';
import { getService, serviceRecords, type OpeningHours, type SupportService } from '../../src/data/support-services';
import { helpStripWords, nationLines, outOfHoursOptions } from '../../src/lib/help-strip';
import { hoursInFewWords, londonInstant, londonOffsetMinutes, openNowPayload, openStatus, statusInWords } from '../../src/lib/opening-hours';
import { openNowAt } from '../../src/lib/open-now-lookup';
import { useStrings } from '../../src/i18n';


describe('hoursInFewWords (the help strip)', () => {
  it('says "weekdays, daytime" for the National Stalking Helpline, from its hours in the record', () => {
    expect(hoursInFewWords(english, getService('national-stalking-helpline').hours)).toBe('weekdays, daytime');
  });

  it('gives the times when every day has the same ones, and names other days', () => {
    const weekly = (days: Extract<OpeningHours, { kind: 'weekly' }>['days']): OpeningHours => ({
      kind: 'weekly',
      timeZone: 'Europe/London',
      days,
      closedOnBankHolidays: false,
    });
    expect(hoursInFewWords(english, getService('revenge-porn-helpline').hours)).toBe('weekdays, 10am to 4pm');
    expect(hoursInFewWords(english, weekly({ sat: [{ opens: '10:00', closes: '14:00' }], sun: [{ opens: '10:00', closes: '14:00' }] }))).toBe(
      'weekends, 10am to 2pm',
    );
    expect(hoursInFewWords(english, weekly({ mon: [{ opens: '18:00', closes: '22:00' }], tue: [{ opens: '09:00', closes: '12:00' }] }))).toBe(
      'Monday and Tuesday, hours vary',
    );
    expect(hoursInFewWords(english, { kind: 'always', timeZone: 'Europe/London' })).toBe('24 hours, every day');
    expect(hoursInFewWords(english, { kind: 'unknown' })).toBe('hours not confirmed');
  });
});

describe('helpStripWords (the help strip’s one line about the helpline)', () => {
  it('says it short, so the line never takes a second line at 360 px: later today, tomorrow, a weekday, a date', () => {
    const closed = (daysAhead: number, date = '2026-12-08') => helpStripWords(english, { state: 'closed', next: { date, weekday: 'mon', opens: '09:30', daysAhead } });
    expect(closed(0)).toBe('Helpline usually closed until 9:30am today.');
    expect(closed(1)).toBe('Helpline usually closed until 9:30am tomorrow.');
    expect(closed(3)).toBe('Helpline usually closed until Monday 9:30am.');
    expect(closed(6)).toBe('Helpline usually closed until Monday 9:30am.');
    expect(closed(7, '2026-12-29')).toBe('Helpline usually closed until 29 December, 9:30am.');
    // For the page script, which writes the date itself: the placeholder is kept.
    expect(helpStripWords(english, { state: 'closed', next: { date: '2026-12-29', weekday: 'tue', opens: '09:30', daysAhead: 9 } }, '{date}')).toBe('Helpline usually closed until {date}, 9:30am.');
    expect(helpStripWords(english, { state: 'open', always: false, closes: '16:00' })).toBe('Helpline usually open now, until 4pm.');
    for (const days of [0, 1, 3, 6, 7]) expect(closed(days, '2026-12-29').length, `${days}`).toBeLessThanOrEqual(52);
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

describe('nationLines (the 24-hour lines the guide offers in Scotland and Northern Ireland)', () => {
  it('picks each nation’s own 24-hour line from the record by its fields, and stops the build without one', () => {
    expect(nationLines(serviceRecords).map((s) => s.id)).toEqual(['scotland-domestic-abuse-helpline', 'northern-ireland-domestic-sexual-abuse-helpline']);
    const noScottishLine = serviceRecords.map((s) => (s.id === 'scotland-domestic-abuse-helpline' ? { ...s, hours: { kind: 'unknown' } as const } : s));
    expect(() => nationLines(noScottishLine)).toThrow(/no 24-hour service with a phone number for scotland alone/);
    const noPhone = serviceRecords.map((s) => (s.id === 'northern-ireland-domestic-sexual-abuse-helpline' ? { ...s, phone: undefined } : s));
    expect(() => nationLines(noPhone)).toThrow(/for northern-ireland alone/);
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

describe('openNowPayload and openNowAt (the status a page carries, and how its script reads it)', () => {
  const hours = getService('national-stalking-helpline').hours;
  const start = new Date('2026-03-01T00:00:00Z');
  const payload = openNowPayload(english, hours, start, 300, bankHolidays);
  const longer = openNowPayload(english, hours, start, 330, bankHolidays);
  const end = start.getTime() + 300 * 86_400_000;

  it('says at every moment exactly what openStatus and statusInWords say (clocks changing, bank holidays)', { timeout: 30_000 }, () => {
    fc.assert(
      // Up to two weeks before the end: the next opening is then always within the stretches.
      fc.property(fc.integer({ min: start.getTime(), max: end - 14 * 86_400_000 }), (t) => {
        const status = openStatus(hours, new Date(t), bankHolidays);
        const answer = openNowAt(payload, t);
        expect(answer?.words).toBe(statusInWords(english, status));
        expect(answer?.state).toBe(status.state);
      }),
      { numRuns: 1500 },
    );
  });

  it('changes a minute either side of opening and closing times, in BST and GMT, and fills the date after Christmas', () => {
    for (const [iso, words] of [
      ['2026-07-15T08:29:00Z', 'Usually closed now. It usually opens again at 1pm today.'],
      ['2026-07-16T08:29:00Z', 'Usually closed now. It usually opens again at 9:30am today.'],
      ['2026-07-16T08:30:00Z', 'Usually open now. It usually closes at 4pm today.'],
      ['2026-12-24T16:00:00Z', 'Usually closed now. It usually opens again at 9:30am on Tuesday 29 December.'],
    ] as const) {
      expect(openNowAt(longer, Date.parse(iso))?.words, iso).toBe(words);
    }
  });

  it('fills the date with the page language’s month names from the payload, whatever the browser knows (Welsh)', () => {
    const welsh = openNowPayload(useStrings('cy'), hours, start, 330, bankHolidays);
    expect(welsh.m[11]).toBe('Rhagfyr');
    expect(openNowAt(welsh, Date.parse('2026-12-24T16:00:00Z'))?.words).toContain('29 Rhagfyr');
    // An opening at 23:00 UTC on 30 June is midnight on 1 July in London (BST): London's day, not UTC's.
    const june30 = Math.round(Date.parse('2026-06-30T00:00:00Z') / 60_000);
    const stretch = { ...welsh, s: june30, t: '1A' + (22 * 60 + 59).toString(36) + 'B', w: ['c|tan {date}', 'o|ar agor'], z: [[june30, 60]] as [number, number][] };
    expect(openNowAt(stretch, Date.parse('2026-06-30T00:05:00Z'))?.words).toBe('tan 1 Gorffennaf');
    // The same opening in winter time (no offset) is still 30 June in London.
    expect(openNowAt({ ...stretch, z: [[june30, 0]] }, Date.parse('2026-06-30T00:05:00Z'))?.words).toBe('tan 30 Mehefin');
    // An offset from a later minute does not reach back to an earlier opening; one from the opening's own minute does.
    expect(openNowAt({ ...stretch, z: [[june30, 0], [june30 + 23 * 60 + 1, 60]] }, Date.parse('2026-06-30T00:05:00Z'))?.words).toBe('tan 30 Mehefin');
    expect(openNowAt({ ...stretch, z: [[june30, 0], [june30 + 23 * 60, 60]] }, Date.parse('2026-06-30T00:05:00Z'))?.words).toBe('tan 1 Gorffennaf');
  });

  it('carries London’s offset from UTC where it changes: GMT, then BST from 29 March, then GMT from 25 October', () => {
    // Made inside the test (not when the file is collected), so mutation testing's changes reach it.
    const made = openNowPayload(english, hours, start, 300, bankHolidays);
    expect(made.z.map(([, offset]) => offset)).toEqual([0, 60, 0]);
    expect(made.z[0]![0]).toBe(made.s);
    // Each change is recorded at the first stretch that starts after the clocks change.
    const [, summer, winter] = made.z;
    expect(summer![0] * 60_000).toBeGreaterThanOrEqual(Date.parse('2026-03-29T01:00:00Z'));
    expect(summer![0] * 60_000).toBeLessThan(Date.parse('2026-03-30T00:00:00Z'));
    expect(winter![0] * 60_000).toBeGreaterThanOrEqual(Date.parse('2026-10-25T01:00:00Z'));
    expect(winter![0] * 60_000).toBeLessThanOrEqual(Date.parse('2026-10-26T00:00:00Z'));
  });

  it('londonOffsetMinutes: minutes London is ahead of UTC, seconds and all, either side of each change', () => {
    expect(londonOffsetMinutes(Date.parse('2026-01-14T09:30:45Z'))).toBe(0);
    expect(londonOffsetMinutes(Date.parse('2026-07-01T23:59:59Z'))).toBe(60);
    expect(londonOffsetMinutes(Date.parse('2026-03-29T00:59:59Z'))).toBe(0);
    expect(londonOffsetMinutes(Date.parse('2026-03-29T01:00:00Z'))).toBe(60);
    expect(londonOffsetMinutes(Date.parse('2026-10-25T00:59:00Z'))).toBe(60);
    expect(londonOffsetMinutes(Date.parse('2026-10-25T01:00:00Z'))).toBe(0);
  });

  it('ends the stretches at the last opening only when more follow it, and never without an opening', () => {
    const made = openNowPayload(english, hours, start, 300, bankHolidays);
    expect(made.w.at(-1)).toBe('u|');
    // A week of a service that never opens: no opening to end at, so the stretches are as the timeline makes them.
    const never = openNowPayload(english, { kind: 'weekly', timeZone: 'Europe/London', days: {}, closedOnBankHolidays: false }, start, 7, bankHolidays);
    expect(never.t).toMatch(/^0A[0-9a-z]+B$/);
    // Open when the stretches start, and not again within them: after that first opening, nothing more is said.
    const mondays: OpeningHours = { kind: 'weekly', timeZone: 'Europe/London', days: { mon: [{ opens: '09:00', closes: '17:00' }] }, closedOnBankHolidays: false };
    const once = openNowPayload(english, mondays, new Date('2026-03-02T10:00:00Z'), 3, bankHolidays);
    expect(once.t).toMatch(/^0A[0-9a-z]+B$/);
    expect(once.w.map((w) => w[0])).toEqual(['o', 'u']);
  });

  it('says nothing before the first stretch or from the end on, and keeps each stretch different from the one before', () => {
    expect(openNowAt(payload, start.getTime() - 1)).toBeUndefined();
    expect(openNowAt(payload, end)).toBeUndefined();
    expect(openNowAt(payload, end + 86_400_000)).toBeUndefined();
    // 300 days from 1 March end on 26 December, so the stretches stop at the last opening, on
    // Christmas Eve at 4pm: the next opening (29 December) is past the end.
    expect(openNowAt(payload, Date.parse('2026-12-24T16:00:00Z'))).toBeUndefined();
    expect(openNowAt(payload, Date.parse('2026-12-24T15:00:00Z'))?.state).toBe('open');
    expect(openNowPayload(english, hours, start, 300, bankHolidays).t).toBe(payload.t);
    const letters = [...payload.t.matchAll(/[A-Z]/g)].map((m) => m[0]);
    for (let i = 1; i < letters.length; i++) expect(letters[i]).not.toBe(letters[i - 1]);
    expect(payload.w.at(-1)).toBe('u|');
  });

  it('takes its words from the caller, and treats a status with no words as nothing to say', () => {
    const own = openNowPayload(english, hours, start, 7, bankHolidays, (s) => (s.state === 'open' ? 'Open!' : ''));
    expect(openNowAt(own, Date.parse('2026-03-02T10:00:00Z'))).toEqual({ state: 'open', words: 'Open!' });
    expect(openNowAt(own, Date.parse('2026-03-02T18:00:00Z'))).toBeUndefined();
    const always = openNowPayload(english, { kind: 'always', timeZone: 'Europe/London' }, start, 300, bankHolidays);
    expect(always.w).toEqual(['o|Usually open now. Open 24 hours a day.', 'u|']);
    expect(openNowAt(always, Date.parse('2026-08-01T03:00:00Z'))?.state).toBe('open');
  });
});
