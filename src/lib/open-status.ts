/**
 * Whether a service is usually open at a moment, and when it next opens: the one implementation,
 * used when the site is built, by the page script that says "open now" on the visitor's own
 * clock (src/scripts/open-now.ts: the help strip on every page, the service list on Getting help),
 * and by the guide's result. Pure: no DOM and no interface words (those come from the table at
 * build time; see src/lib/opening-hours.ts), so it is small enough to ship in a page script.
 *
 * Times are worked out in Europe/London with Intl.DateTimeFormat, so the change between GMT and
 * BST is handled by the browser's own time-zone data, not by our arithmetic.
 *
 * The API for a caller that only needs the answer: {@link helplineNow}.
 */
import type { OpeningHours, OpeningPeriod, Weekday } from '../data/support-services';

/** Days of the week, Monday first, as used in the services record. */
export const weekdayOrder: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A bank holiday's date (ISO, "2026-12-25"); the data file's records also carry a name. */
export interface HolidayDate {
  date: string;
}

/** The local date and time in London at one moment. */
export interface LondonTime {
  /** Calendar date, "2026-03-29". */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight (0 to 1439). */
  minutes: number;
}

/** When a closed service next opens, in London local time. */
export interface NextOpening {
  date: string;
  weekday: Weekday;
  /** "HH:MM". */
  opens: string;
  /** Whole days from today (0 = later today, 1 = tomorrow). */
  daysAhead: number;
}

/** Whether a service is usually open at a moment. */
export type OpenStatus =
  | { state: 'open'; always: true }
  | { state: 'open'; always: false; closes: string }
  | { state: 'closed'; next?: NextOpening }
  /** The hours are not known, or depend on bank holidays we have no dates for. */
  | { state: 'unknown' };

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The London date, weekday and time at `now`. */
export function londonTime(now: Date): LondonTime {
  const parts = Object.fromEntries(londonParts.formatToParts(now).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** The weekday of a calendar date. */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekdayOrder[(sundayFirst + 6) % 7]!;
}

/** The calendar date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "09:30" → 570. */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** How far ahead to look for the next opening (two weeks covers Christmas and Easter). */
const LOOK_AHEAD_DAYS = 14;

/**
 * Whether a service is usually open at `now`, and if not, when it next opens.
 * `bankHolidays` must cover the dates involved: if a service closes on bank holidays and the
 * date falls outside the years the list covers, the answer is 'unknown' rather than a guess.
 */
export function openStatus(hours: OpeningHours, now: Date, bankHolidays: readonly HolidayDate[]): OpenStatus {
  if (hours.kind === 'unknown') return { state: 'unknown' };
  if (hours.kind === 'always') return { state: 'open', always: true };

  const holidayDates = new Set(bankHolidays.map((h) => h.date));
  const years = bankHolidays.map((h) => Number(h.date.slice(0, 4)));
  const covered = (date: string) => {
    if (!hours.closedOnBankHolidays) return true;
    const year = Number(date.slice(0, 4));
    return years.length > 0 && year >= Math.min(...years) && year <= Math.max(...years);
  };
  const periodsOn = (date: string): readonly OpeningPeriod[] => {
    if (hours.closedOnBankHolidays && holidayDates.has(date)) return [];
    return hours.days[weekdayOf(date)] ?? [];
  };

  const here = londonTime(now);
  if (!covered(here.date)) return { state: 'unknown' };

  const current = periodsOn(here.date).find((p) => toMinutes(p.opens) <= here.minutes && here.minutes < toMinutes(p.closes));
  if (current) return { state: 'open', always: false, closes: current.closes };

  for (let daysAhead = 0; daysAhead <= LOOK_AHEAD_DAYS; daysAhead++) {
    const date = addDays(here.date, daysAhead);
    if (!covered(date)) break;
    const upcoming = periodsOn(date)
      .filter((p) => daysAhead > 0 || toMinutes(p.opens) > here.minutes)
      .sort((a, b) => toMinutes(a.opens) - toMinutes(b.opens))[0];
    if (upcoming) return { state: 'closed', next: { date, weekday: weekdayOf(date), opens: upcoming.opens, daysAhead } };
  }
  return { state: 'closed' };
}

/**
 * The key of a status's words in a table made at build time ({@link statusWordKeys} in
 * src/lib/opening-hours.ts): "always", "open 16:00", "closed", "unknown", or for the next
 * opening "next0 13:00" (today), "next1 09:30 tue" (tomorrow), "next 09:30 mon" (later: the words
 * then hold a {date} to fill).
 */
export function statusKey(status: OpenStatus): string {
  if (status.state === 'open') return status.always ? 'always' : `open ${status.closes}`;
  if (status.state === 'unknown' || !status.next) return status.state;
  const { daysAhead, opens, weekday } = status.next;
  return daysAhead === 0 ? `next0 ${opens}` : daysAhead === 1 ? `next1 ${opens} ${weekday}` : `next ${opens} ${weekday}`;
}

/** What to tell someone about a helpline now: its state, when it opens next, and what else is open. */
export interface HelplineNow<T> {
  state: OpenStatus['state'];
  /** When it closes today, "HH:MM", while it is open (and not open all day). */
  closes?: string;
  /** When it opens next, while it is closed. */
  opensNext?: NextOpening;
  /** The services to offer first instead: `alwaysOpen` while it is closed or its state unknown, else none. */
  alternatives: readonly T[];
}

/**
 * The helpline's state at `now` from its hours and the bank holidays, with the services to offer
 * first while it is closed (or while we cannot say): pass the 24-hour options, for example
 * `outOfHoursOptions(serviceRecords)` from src/lib/help-strip.ts. Words are the caller's.
 */
export function helplineNow<T>(hours: OpeningHours, bankHolidays: readonly HolidayDate[], now: Date, alwaysOpen: readonly T[]): HelplineNow<T> {
  const status = openStatus(hours, now, bankHolidays);
  if (status.state === 'open') return { state: 'open', ...(status.always ? {} : { closes: status.closes }), alternatives: [] };
  if (status.state === 'closed') return { state: 'closed', ...(status.next ? { opensNext: status.next } : {}), alternatives: alwaysOpen };
  return { state: 'unknown', alternatives: alwaysOpen };
}
