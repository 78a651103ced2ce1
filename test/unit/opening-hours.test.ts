import { english } from '../support/english';
import { describe, expect, it } from 'vitest';
import { bankHolidays, bankHolidayYears } from '../../src/data/bank-holidays';
import { getService, type OpeningHours } from '../../src/data/support-services';
import {
  hoursInWords,
  listInWords,
  londonTime,
  welshAnd,
  openStatus,
  statusInWords,
  timeInWords,
  weekdayOf,
} from '../../src/lib/opening-hours';

const helpline = getService('national-stalking-helpline').hours;
const at = (iso: string) => new Date(iso);

describe('the bank holiday list', () => {
  it('has eight bank holidays a year for England and Wales, in date order, with names', () => {
    for (let year = bankHolidayYears.first; year <= bankHolidayYears.last; year++) {
      expect(bankHolidays.filter((h) => h.date.startsWith(`${year}-`)), String(year)).toHaveLength(8);
    }
    const dates = bankHolidays.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    for (const h of bankHolidays) expect(h.name.length).toBeGreaterThan(3);
  });

  it('puts every bank holiday on a weekday (substitute days replace weekend dates)', () => {
    for (const h of bankHolidays) expect(['sat', 'sun'], `${h.date} ${h.name}`).not.toContain(weekdayOf(h.date));
  });
});

describe('londonTime', () => {
  it('is GMT (UTC+0) in winter and BST (UTC+1) in summer', () => {
    expect(londonTime(at('2026-01-14T09:45:00Z'))).toEqual({ date: '2026-01-14', weekday: 'wed', minutes: 9 * 60 + 45 });
    expect(londonTime(at('2026-07-15T09:45:00Z'))).toEqual({ date: '2026-07-15', weekday: 'wed', minutes: 10 * 60 + 45 });
  });

  it('jumps from 00:59 to 02:00 when the clocks go forward on 29 March 2026', () => {
    expect(londonTime(at('2026-03-29T00:59:00Z')).minutes).toBe(59);
    expect(londonTime(at('2026-03-29T01:00:00Z')).minutes).toBe(120);
  });

  it('goes from 01:59 back to 01:00 when the clocks go back on 25 October 2026', () => {
    expect(londonTime(at('2026-10-25T00:59:00Z')).minutes).toBe(60 + 59);
    expect(londonTime(at('2026-10-25T01:00:00Z')).minutes).toBe(60);
  });

  it('changes the date at London midnight, not UTC midnight', () => {
    expect(londonTime(at('2026-06-30T23:30:00Z')).date).toBe('2026-07-01');
  });
});

describe('openStatus for the National Stalking Helpline', () => {
  it('is closed on a Wednesday morning, and opens again at 1pm the same day', () => {
    const status = openStatus(helpline, at('2026-12-02T10:00:00Z'), bankHolidays);
    expect(status).toEqual({ state: 'closed', next: { date: '2026-12-02', weekday: 'wed', opens: '13:00', daysAhead: 0 } });
    expect(statusInWords(english, status)).toBe('Usually closed now. It usually opens again at 1pm today.');
  });

  it('is open on a Wednesday afternoon, until 4pm', () => {
    const status = openStatus(helpline, at('2026-12-02T14:00:00Z'), bankHolidays);
    expect(status).toEqual({ state: 'open', always: false, closes: '16:00' });
    expect(statusInWords(english, status)).toBe('Usually open now. It usually closes at 4pm today.');
  });

  it('is open at 10am on a Tuesday, when it would be closed on a Wednesday', () => {
    expect(openStatus(helpline, at('2026-12-01T10:00:00Z'), bankHolidays).state).toBe('open');
  });

  it('is closed on a Saturday and opens at 9:30am on Monday', () => {
    const status = openStatus(helpline, at('2026-11-28T12:00:00Z'), bankHolidays);
    expect(status).toEqual({ state: 'closed', next: { date: '2026-11-30', weekday: 'mon', opens: '09:30', daysAhead: 2 } });
    expect(statusInWords(english, status)).toBe('Usually closed now. It usually opens again at 9:30am on Monday 30 November.');
  });

  it('is closed after 4pm and opens the next morning', () => {
    const status = openStatus(helpline, at('2026-12-01T16:00:00Z'), bankHolidays);
    expect(status).toEqual({ state: 'closed', next: { date: '2026-12-02', weekday: 'wed', opens: '13:00', daysAhead: 1 } });
    expect(statusInWords(english, status)).toBe('Usually closed now. It usually opens again at 1pm tomorrow (Wednesday).');
  });

  it('is closed on a bank holiday Monday (4 May 2026) that would otherwise be open', () => {
    const status = openStatus(helpline, at('2026-05-04T10:00:00Z'), bankHolidays);
    expect(status).toEqual({ state: 'closed', next: { date: '2026-05-05', weekday: 'tue', opens: '09:30', daysAhead: 1 } });
    expect(openStatus(helpline, at('2026-05-04T10:00:00Z'), []).state).toBe('unknown');
  });

  it('skips Christmas Day and the Boxing Day substitute day in 2026', () => {
    const status = openStatus(helpline, at('2026-12-24T17:00:00Z'), bankHolidays);
    expect(status).toEqual({ state: 'closed', next: { date: '2026-12-29', weekday: 'tue', opens: '09:30', daysAhead: 5 } });
  });

  it('uses London time either side of the clocks going forward (Friday 27 and Monday 30 March 2026)', () => {
    // 09:15 UTC is 09:15 in London on the Friday (GMT): before opening.
    expect(openStatus(helpline, at('2026-03-27T09:15:00Z'), bankHolidays).state).toBe('closed');
    // 09:15 UTC is 10:15 in London on the Monday (BST): open.
    expect(openStatus(helpline, at('2026-03-30T09:15:00Z'), bankHolidays).state).toBe('open');
    // 08:45 UTC is 09:45 in London on the Monday: open, though 08:45 UTC is before 9:30.
    expect(openStatus(helpline, at('2026-03-30T08:45:00Z'), bankHolidays).state).toBe('open');
  });

  it('uses London time either side of the clocks going back (Friday 23 and Monday 26 October 2026)', () => {
    // 15:30 UTC is 16:30 in London on the Friday (BST): closed.
    expect(openStatus(helpline, at('2026-10-23T15:30:00Z'), bankHolidays).state).toBe('closed');
    // 15:30 UTC is 15:30 in London on the Monday (GMT): open.
    expect(openStatus(helpline, at('2026-10-26T15:30:00Z'), bankHolidays).state).toBe('open');
  });

  it('says "unknown" rather than guess once the bank holiday list has run out', () => {
    expect(openStatus(helpline, at('2028-02-01T11:00:00Z'), bankHolidays).state).toBe('unknown');
  });
});

describe('openStatus on the days the clocks change', () => {
  // A made-up service open 09:00–10:00 on Sundays; both clock changes in 2026 fall on a Sunday.
  const sundayMorning: OpeningHours = {
    kind: 'weekly',
    timeZone: 'Europe/London',
    days: { sun: [{ opens: '09:00', closes: '10:00' }] },
    closedOnBankHolidays: false,
  };

  it('29 March 2026 (clocks forward): 09:45 London is 08:45 UTC, so 09:45 UTC is already closed', () => {
    expect(openStatus(sundayMorning, at('2026-03-29T08:45:00Z'), bankHolidays).state).toBe('open');
    expect(openStatus(sundayMorning, at('2026-03-29T09:45:00Z'), bankHolidays).state).toBe('closed');
  });

  it('25 October 2026 (clocks back): 09:45 London is 09:45 UTC, so 08:45 UTC is not yet open', () => {
    expect(openStatus(sundayMorning, at('2026-10-25T08:45:00Z'), bankHolidays)).toEqual({
      state: 'closed',
      next: { date: '2026-10-25', weekday: 'sun', opens: '09:00', daysAhead: 0 },
    });
    expect(openStatus(sundayMorning, at('2026-10-25T09:45:00Z'), bankHolidays).state).toBe('open');
  });
});

describe('other kinds of hours', () => {
  it('24-hour services are always open, whatever the day', () => {
    const always = getService('victim-support').hours;
    for (const when of ['2026-12-25T03:00:00Z', '2026-11-28T12:00:00Z', '2029-01-01T00:00:00Z']) {
      expect(openStatus(always, at(when), bankHolidays)).toEqual({ state: 'open', always: true });
    }
  });

  it('services with unconfirmed hours are "unknown"', () => {
    expect(openStatus(getService('paladin').hours, at('2026-12-01T11:00:00Z'), bankHolidays).state).toBe('unknown');
  });
});

describe('hours in words', () => {
  it('lists the helpline hours with the Wednesday difference, weekends and bank holidays', () => {
    expect(hoursInWords(english, helpline)).toEqual([
      'Monday, Tuesday, Thursday and Friday: 9:30am to 4pm',
      'Wednesday: 1pm to 4pm',
      'Saturday and Sunday: closed',
      'Closed on bank holidays',
    ]);
  });

  it('says "Monday to Friday" for a run of weekdays', () => {
    expect(hoursInWords(english, getService('revenge-porn-helpline').hours)[0]).toBe('Monday to Friday: 10am to 4pm');
  });

  it('writes times the GOV.UK way', () => {
    expect(timeInWords(english, '09:30')).toBe('9:30am');
    expect(timeInWords(english, '16:00')).toBe('4pm');
    expect(timeInWords(english, '12:00')).toBe('midday');
    expect(timeInWords(english, '00:00')).toBe('midnight');
  });
});

describe('lists in words', () => {
  it('joins as the language does: English "and", Welsh "a", "ac" before a vowel, "a’r" for the article', () => {
    expect(listInWords({ dateLocale: 'en-GB' }, ['England', 'Wales', 'Scotland'])).toBe('England, Wales and Scotland');
    expect(listInWords({ dateLocale: 'cy' }, ['Cymru', 'Lloegr'])).toBe('Cymru a Lloegr');
    expect(listInWords({ dateLocale: 'cy' }, ['dydd Llun', 'dydd Mawrth', 'dydd Iau'])).toBe('dydd Llun, dydd Mawrth a dydd Iau');
    expect(listInWords({ dateLocale: 'cy' }, ['Lloegr', 'Iwerddon'])).toBe('Lloegr ac Iwerddon');
    expect(listInWords({ dateLocale: 'cy' }, ['Cymru', 'Lloegr', 'yr Alban'])).toBe('Cymru, Lloegr a’r Alban');
    expect(listInWords({ dateLocale: 'cy' }, ['Lloegr', 'y Barri'])).toBe('Lloegr a’r Barri');
    expect(listInWords({ dateLocale: 'cy' }, ['Cymru'])).toBe('Cymru');
  });

  it('says Welsh "and" by the next word’s first letter, accents and w and y included', () => {
    expect(['Alban', 'Ynys Môn', 'wyth', 'Ŵyl', 'Ebrill', 'Lloegr', 'Mawrth', 'yr Alban', 'y Barri', 'Yr Wyddgrug'].map(welshAnd)).toEqual([
      'ac', 'ac', 'ac', 'ac', 'ac', 'a', 'a', 'a’r', 'a’r', 'a’r',
    ]);
  });
});
