/**
 * Dates in words in the browser, in the page's language, without the browser's Intl: Chromium's (and many
 * phones') has no Welsh, and wrote "December 7, 2026" and "Monday" on a Welsh page. The names are made
 * when the page is built, by Node's Intl in the page's date locale (`calendarOf`), and handed to the
 * page's script, which writes day, month and year as British and Welsh pages do ("7 Rhagfyr 2026").
 */

/** The month names (January first) and weekday names (Monday first) of a language. */
export interface Calendar {
  months: readonly string[];
  weekdays: readonly string[];
}

/** Build time: a language's calendar names, from Intl in its date locale. */
export function calendarOf(dateLocale: string): Calendar {
  const month = new Intl.DateTimeFormat(dateLocale, { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(dateLocale, { weekday: 'long', timeZone: 'UTC' });
  return {
    months: Array.from({ length: 12 }, (_, i) => month.format(Date.UTC(2026, i, 15))),
    // 5 January 2026 was a Monday.
    weekdays: Array.from({ length: 7 }, (_, i) => weekday.format(Date.UTC(2026, 0, 5 + i))),
  };
}

/** A day on the visitor's calendar as a long date: "7 December 2026". */
export function longDateWith({ months }: Calendar, date: Date): string {
  return `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;
}

/** The weekday of an ISO date ("2026-12-07") in words: "Monday". */
export function weekdayWith({ weekdays }: Calendar, iso: string): string {
  const day = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return weekdays[(day + 6) % 7]!;
}
