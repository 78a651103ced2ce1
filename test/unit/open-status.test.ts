import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../src/data/support-services';
import { helplineNow, openStatus, statusKey } from '../../src/lib/open-status';

/**
 * The one open/closed implementation's API for callers that need only the answer (the help
 * strip's script, the guide's result): helplineNow. Hours from a fixture: the National Stalking
 * Helpline's hours as the fact sheet dates them (13c, 13d-E, April 2023): weekdays 09:30 to 16:00,
 * Wednesdays 13:00 to 16:00, closed at weekends and on bank holidays.
 */
const day = [{ opens: '09:30', closes: '16:00' }];
const hours: OpeningHours = {
  kind: 'weekly',
  timeZone: 'Europe/London',
  days: { mon: day, tue: day, wed: [{ opens: '13:00', closes: '16:00' }], thu: day, fri: day },
  closedOnBankHolidays: true,
};
const holidays = [{ date: '2026-12-25' }, { date: '2026-12-28' }, { date: '2027-01-01' }];
const alwaysOpen = ['victim-support'] as const;
/** December is GMT, so these UTC times are London times. */
const at = (iso: string) => helplineNow(hours, holidays, new Date(iso), alwaysOpen);

describe('helplineNow', () => {
  it('Monday 10:00: open, closing at 16:00, nothing offered first instead', () => {
    expect(at('2026-12-07T10:00:00Z')).toEqual({ state: 'open', closes: '16:00', alternatives: [] });
  });

  it('Monday 18:00: closed, opening on Tuesday at 09:30, the 24-hour options first', () => {
    expect(at('2026-12-07T18:00:00Z')).toEqual({
      state: 'closed',
      opensNext: { date: '2026-12-08', weekday: 'tue', opens: '09:30', daysAhead: 1 },
      alternatives: alwaysOpen,
    });
  });

  it('Saturday 11:00: closed until Monday 09:30', () => {
    expect(at('2026-12-12T11:00:00Z').opensNext).toEqual({ date: '2026-12-14', weekday: 'mon', opens: '09:30', daysAhead: 2 });
    expect(at('2026-12-12T11:00:00Z').state).toBe('closed');
  });

  it('25 December (a Friday): closed, and it skips the bank holiday Monday after it', () => {
    const christmas = at('2026-12-25T11:00:00Z');
    expect(christmas.state).toBe('closed');
    expect(christmas.opensNext).toEqual({ date: '2026-12-29', weekday: 'tue', opens: '09:30', daysAhead: 4 });
  });

  it('Wednesday 10:00: closed until 13:00 the same day; Wednesday 14:00 open', () => {
    expect(at('2026-12-09T10:00:00Z')).toMatchObject({ state: 'closed', opensNext: { date: '2026-12-09', opens: '13:00', daysAhead: 0 } });
    expect(at('2026-12-09T14:00:00Z')).toMatchObject({ state: 'open', closes: '16:00' });
  });

  it('uses London time whatever the moment (BST in summer): 08:45 UTC on a July Monday is 09:45 in London', () => {
    expect(at('2026-07-06T08:45:00Z').state).toBe('open');
    expect(at('2026-07-06T08:15:00Z').state).toBe('closed');
  });

  it('says unknown, and offers the alternatives, outside the years of bank holidays it was given, or when the hours are unknown', () => {
    expect(at('2028-03-01T10:00:00Z')).toEqual({ state: 'unknown', alternatives: alwaysOpen });
    expect(helplineNow({ kind: 'unknown' }, holidays, new Date('2026-12-07T10:00:00Z'), alwaysOpen)).toEqual({ state: 'unknown', alternatives: alwaysOpen });
  });

  it('is open all the time for 24-hour hours, with no closing time', () => {
    expect(helplineNow({ kind: 'always', timeZone: 'Europe/London' }, [], new Date('2026-12-25T03:00:00Z'), alwaysOpen)).toEqual({ state: 'open', alternatives: [] });
  });
});

describe('statusKey (how the page script finds the build’s words for a status)', () => {
  it('names each kind of status, with the times and day that change its words', () => {
    const key = (iso: string) => statusKey(openStatus(hours, new Date(iso), holidays));
    expect(key('2026-12-07T10:00:00Z')).toBe('open 16:00');
    expect(key('2026-12-09T10:00:00Z')).toBe('next0 13:00');
    expect(key('2026-12-07T18:00:00Z')).toBe('next1 09:30 tue');
    expect(key('2026-12-12T11:00:00Z')).toBe('next 09:30 mon');
    expect(key('2028-03-01T10:00:00Z')).toBe('unknown');
    expect(statusKey({ state: 'open', always: true })).toBe('always');
    expect(statusKey({ state: 'closed' })).toBe('closed');
  });
});
