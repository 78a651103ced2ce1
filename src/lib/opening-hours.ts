/**
 * Opening hours: whether a service is usually open at a given moment, when it next opens,
 * and its hours in words. Pure functions with no DOM, so they run in tests and in the browser.
 *
 * Times are worked out in Europe/London with Intl.DateTimeFormat, so the change between
 * GMT and BST is handled by the browser's own time-zone data, not by our arithmetic.
 * The words come from the interface table (`hours.*` in src/i18n/en.ts), dates from Intl in the build's locale.
 */
import type { OpeningHours, OpeningPeriod, SupportService, Weekday } from '../data/support-services';
import type { BankHoliday } from '../data/bank-holidays';
import { locale, t } from '../i18n';

/** Days of the week, Monday first, as used in the services record. */
export const weekdayOrder: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The name of a weekday, from the interface table. */
export const weekdayName = (day: Weekday): string => t(`hours.day.${day}`);

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
function toMinutes(hhmm: string): number {
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
export function openStatus(hours: OpeningHours, now: Date, bankHolidays: readonly BankHoliday[]): OpenStatus {
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

/** "09:30" → "9:30am", "16:00" → "4pm", "12:00" → "midday". */
export function timeInWords(hhmm: string): string {
  const minutes = toMinutes(hhmm);
  if (minutes === 12 * 60) return t('hours.midday');
  if (minutes === 0) return t('hours.midnight');
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return t(h < 12 ? 'hours.am' : 'hours.pm', { time: `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''}` });
}

/** "2026-11-30" → "30 November". */
function dayAndMonth(date: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** When a service next opens, in words: "at 1pm today", "at 9:30am tomorrow", "at 9:30am on Monday 30 November". */
export function nextOpeningInWords(next: NextOpening): string {
  const time = timeInWords(next.opens);
  if (next.daysAhead === 0) return t('hours.nextToday', { time });
  if (next.daysAhead === 1) return t('hours.nextTomorrow', { time, day: weekdayName(next.weekday) });
  return t('hours.nextOn', { time, day: weekdayName(next.weekday), date: dayAndMonth(next.date) });
}

/** The status as one or two plain sentences, always hedged with "usually". */
export function statusInWords(status: OpenStatus): string {
  switch (status.state) {
    case 'open':
      return status.always ? t('hours.openAlways') : t('hours.openCloses', { time: timeInWords(status.closes) });
    case 'closed':
      return status.next ? t('hours.closedOpens', { next: nextOpeningInWords(status.next) }) : t('hours.closedNow');
    case 'unknown':
      return t('hours.unknownNow');
  }
}

/** A list of names joined GOV.UK style: "A, B and C". */
export function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(t('hours.listJoin'))}${t('hours.listLast')}${items.at(-1)}`;
}

/** A set of weekdays in words: "Monday to Friday", or "Monday, Tuesday and Thursday". */
function daysInWords(days: Weekday[]): string {
  const index = days.map((d) => weekdayOrder.indexOf(d)).sort((a, b) => a - b);
  const consecutive = index.every((n, i) => i === 0 || n === index[i - 1]! + 1);
  if (consecutive && index.length >= 3) {
    return t('hours.dayRange', { first: weekdayName(weekdayOrder[index[0]!]!), last: weekdayName(weekdayOrder[index.at(-1)!]!) });
  }
  return listInWords(index.map((i) => weekdayName(weekdayOrder[i]!)));
}

/**
 * Opening hours in words, one line each (none when the hours are not known: then
 * {@link hoursConfirmation} says so), e.g.
 * ["Monday, Tuesday, Thursday and Friday: 9:30am to 4pm", "Wednesday: 1pm to 4pm",
 *  "Saturday and Sunday: closed", "Closed on bank holidays"].
 */
export function hoursInWords(hours: OpeningHours): string[] {
  if (hours.kind === 'always') return [t('hours.always')];
  if (hours.kind === 'unknown') return [];

  const groups = new Map<string, Weekday[]>();
  const closed: Weekday[] = [];
  for (const day of weekdayOrder) {
    const periods = hours.days[day] ?? [];
    if (periods.length === 0) {
      closed.push(day);
      continue;
    }
    const key = periods.map((p) => t('hours.range', { opens: timeInWords(p.opens), closes: timeInWords(p.closes) })).join(t('hours.periodJoin'));
    groups.set(key, [...(groups.get(key) ?? []), day]);
  }
  const lines = [...groups].map(([times, days]) => t('hours.line', { days: daysInWords(days), times }));
  if (closed.length > 0) lines.push(t('hours.closedDays', { days: daysInWords(closed) }));
  if (hours.closedOnBankHolidays) lines.push(t('hours.closedBankHolidays'));
  return lines;
}

/** "2015" stays a year; "2024-02-19" becomes "19 February 2024". */
function whenInWords(when: string): string {
  if (/^\d{4}$/.test(when)) return when;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(when)) throw new Error(`hoursLastConfirmed.when "${when}" is not a year or an ISO date`);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${when}T12:00:00Z`),
  );
}

/**
 * The one calm line about how sure a service's hours are, or undefined when the record has nothing
 * uncertain to say: "Opening hours not yet confirmed." for unknown hours, otherwise
 * "Hours last confirmed: 2020, from Victim Support’s own website." The service card and the guide both
 * show this line and no other hedge about the hours, so a card never says it twice.
 */
export function hoursConfirmation(service: Pick<SupportService, 'hours' | 'hoursLastConfirmed'>): string | undefined {
  if (service.hours.kind === 'unknown') return t('hours.notConfirmed');
  const last = service.hoursLastConfirmed;
  if (!last) return undefined;
  return t('hours.lastConfirmed', { when: whenInWords(last.when), source: last.sourceKind });
}

/**
 * Opening hours in a few words, for the help strip: "24 hours, every day", "weekdays, daytime",
 * "every day, 9am to 9pm". Daytime means every period lies between 7am and 7pm.
 */
export function hoursInFewWords(hours: OpeningHours): string {
  if (hours.kind === 'always') return t('hours.fewAlways');
  if (hours.kind === 'unknown') return t('hours.fewUnknown');
  const open = weekdayOrder.filter((day) => (hours.days[day] ?? []).length > 0);
  const periods = open.flatMap((day) => hours.days[day]!);
  if (periods.length === 0) return t('hours.fewClosed');
  const key = open.join();
  const days =
    key === 'mon,tue,wed,thu,fri'
      ? t('hours.fewWeekdays')
      : key === 'sat,sun'
        ? t('hours.fewWeekends')
        : open.length === 7
          ? t('hours.fewEveryDay')
          : daysInWords(open);
  const same = periods.every((p) => p.opens === periods[0]!.opens && p.closes === periods[0]!.closes);
  const daytime = periods.every((p) => toMinutes(p.opens) >= 7 * 60 && toMinutes(p.closes) <= 19 * 60);
  const times = same
    ? t('hours.range', { opens: timeInWords(periods[0]!.opens), closes: timeInWords(periods[0]!.closes) })
    : daytime
      ? t('hours.fewDaytime')
      : t('hours.fewVary');
  return t('hours.few', { days, times });
}

/** One stretch of time over which a service's status, in words, stays the same. */
export interface StatusSpan {
  /** When the stretch starts (ms since 1970, UTC). It lasts until the next one starts. */
  from: number;
  state: OpenStatus['state'];
  /** `statusInWords` of the status throughout the stretch. */
  words: string;
}

/** The moment a London wall-clock time happens on a London date ("2026-07-01", "09:30"). */
export function londonInstant(date: string, hhmm: string): number {
  const guess = Date.parse(`${date}T${hhmm}:00Z`);
  const there = londonTime(new Date(guess));
  const shown = Date.parse(`${there.date}T00:00:00Z`) + there.minutes * 60_000;
  return guess - (shown - guess);
}

/**
 * The status of a service from `start` until `end`, as stretches that each keep the same words,
 * so a page can show "usually open now" without shipping this logic: it looks the time up.
 * The words can only change when the service opens or closes, and at midnight in London
 * ("today" becomes "tomorrow"), so the status is worked out with `openStatus` at exactly those
 * moments. The last stretch starts at `end` with the state 'unknown': after it, say nothing.
 */
export function statusTimeline(hours: OpeningHours, start: Date, end: Date, bankHolidays: readonly BankHoliday[]): StatusSpan[] {
  const clockTimes = new Set(['00:00']);
  if (hours.kind === 'weekly') {
    for (const periods of Object.values(hours.days)) for (const p of periods ?? []) clockTimes.add(p.opens).add(p.closes);
  }
  const moments = [start.getTime()];
  for (let date = londonTime(start).date; Date.parse(date) <= end.getTime(); date = addDays(date, 1)) {
    for (const time of clockTimes) {
      const at = londonInstant(date, time);
      if (at > start.getTime() && at < end.getTime()) moments.push(at);
    }
  }
  moments.sort((a, b) => a - b);
  const spans: StatusSpan[] = [];
  for (const from of moments) {
    const status = openStatus(hours, new Date(from), bankHolidays);
    const words = statusInWords(status);
    if (spans.at(-1)?.words !== words) spans.push({ from, state: status.state, words });
  }
  spans.push({ from: end.getTime(), state: 'unknown', words: statusInWords({ state: 'unknown' }) });
  return spans;
}
