/**
 * Dates in words in the browser without the browser's Intl (src/lib/calendar.ts): names made at build
 * time in the page's language, written day, month, year.
 */
import { describe, expect, it } from 'vitest';
import { calendarOf, longDateWith, weekdayWith } from '../../src/lib/calendar';

describe('the calendar names a page carries', () => {
  // Made inside each test, not when the file is collected: mutation testing switches a change on per test,
  // so names made at collection time would never see it.
  it('are the language’s twelve months, January first, and seven weekdays, Monday first', () => {
    const welsh = calendarOf('cy');
    const english = calendarOf('en-GB');
    expect(english.months).toEqual(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
    expect(english.weekdays).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(welsh.months[0]).toBe('Ionawr');
    expect(welsh.months[11]).toBe('Rhagfyr');
    expect(welsh.weekdays[0]).toBe('Dydd Llun');
    expect(welsh.weekdays[6]).toBe('Dydd Sul');
  });

  it('write a day on the visitor’s calendar as day, month, year, and an ISO date’s weekday', () => {
    const welsh = calendarOf('cy');
    const english = calendarOf('en-GB');
    expect(longDateWith(welsh, new Date(2026, 11, 7, 23, 30))).toBe('7 Rhagfyr 2026');
    expect(longDateWith(english, new Date(2027, 0, 1, 0, 5))).toBe('1 January 2027');
    expect(weekdayWith(english, '2026-12-07')).toBe('Monday');
    expect(weekdayWith(english, '2026-12-13')).toBe('Sunday');
    expect(weekdayWith(welsh, '2026-12-29')).toBe('Dydd Mawrth');
  });
});
