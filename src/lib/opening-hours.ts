/**
 * Opening hours: whether a service is usually open at a given moment, when it next opens,
 * and its hours in words. Pure functions with no DOM, so they run in tests and in the browser.
 *
 * Times are worked out in Europe/London with Intl.DateTimeFormat, so the change between
 * GMT and BST is handled by the browser's own time-zone data, not by our arithmetic.
 * The words come from the page's interface table (`hours.*` in src/i18n/en.ts), handed in as `Words`, dates from
 * Intl in that locale's date locale.
 */
import { calendarOf } from './calendar';
import type { OpeningHours, SupportService, Weekday } from '../data/support-services';
import type { Strings } from '../i18n';
import type { BankHoliday } from '../data/bank-holidays';
import { addDays, londonTime, openStatus, statusKey, toMinutes, weekdayOrder, type NextOpening, type OpenStatus } from './open-status';

// The pure part (no words) lives in open-status.ts, so a page script can ship it without the table.
export { addDays, londonTime, openStatus, statusKey, weekdayOf, weekdayOrder } from './open-status';
export type { LondonTime, NextOpening, OpenStatus } from './open-status';

/** What the words here need of a page's locale: its table's templates and its date locale. */
export type Words = Pick<Strings, 't' | 'dateLocale'>;

/** The name of a weekday, from the interface table. */
export const weekdayName = ({ t }: Words, day: Weekday): string => t(`hours.day.${day}`);

/** "09:30" → "9:30am", "16:00" → "4pm", "12:00" → "midday". */
export function timeInWords(w: Words, hhmm: string): string {
  const { t } = w;
  const minutes = toMinutes(hhmm);
  if (minutes === 12 * 60) return t('hours.midday');
  if (minutes === 0) return t('hours.midnight');
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return t(h < 12 ? 'hours.am' : 'hours.pm', { time: `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''}` });
}

/** "2026-11-30" → "30 November". */
export function dayAndMonth({ dateLocale }: Words, date: string): string {
  return new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** When a service next opens, as a message's values: which day (`when`), the time, the weekday and the date in words. */
export function nextOpeningValues(w: Words, next: NextOpening, date = dayAndMonth(w, next.date)) {
  const when = next.daysAhead === 0 ? 'today' : next.daysAhead === 1 ? 'tomorrow' : next.daysAhead < 7 ? 'week' : 'other';
  return { when, time: timeInWords(w, next.opens), day: weekdayName(w, next.weekday), date };
}

/** The status as one or two plain sentences, always hedged with "usually". */
export function statusInWords(w: Words, status: OpenStatus, date?: string): string {
  const { t } = w;
  switch (status.state) {
    case 'open':
      return status.always ? t('hours.openAlways') : t('hours.openCloses', { time: timeInWords(w, status.closes) });
    case 'closed':
      return status.next ? t('hours.closedOpens', nextOpeningValues(w, status.next, date)) : t('hours.closedNow');
    case 'unknown':
      return t('hours.unknownNow');
  }
}

/**
 * Welsh "and" before the word that follows it, where CLDR can only write ", a(c)": "a’r" before the article
 * ("Cymru a’r Alban"), "ac" before a vowel ("Llun ac Iau"), "a" before a consonant ("Cymru a Lloegr").
 */
export function welshAnd(next: string): string {
  if (/^(yr|y)\s/i.test(next)) return 'a’r';
  return /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/i.test(next) ? 'ac' : 'a';
}

/** A list of names joined as the page's language joins them ("A, B and C"), by Intl.ListFormat's CLDR data. */
export function listInWords({ dateLocale }: Pick<Words, 'dateLocale'>, items: string[]): string {
  const parts = new Intl.ListFormat(dateLocale, { style: 'long', type: 'conjunction' }).formatToParts(items);
  return parts
    .map((part, i) => {
      if (part.type !== 'literal' || !part.value.includes('a(c)')) return part.value;
      const next = parts[i + 1]?.value ?? '';
      const and = welshAnd(next);
      // "a’r" stands for "a" + the article: the next item then loses its "y"/"yr". Welsh puts no comma before "a".
      return part.value.replace(/,?\s*a\(c\)/, ` ${and}`);
    })
    .map((value, i, all) => (i > 0 && all[i - 1]!.trimEnd().endsWith('a’r') ? value.replace(/^(yr|y)\s+/i, '') : value))
    .join('');
}

/** A set of weekdays in words: "Monday to Friday", or "Monday, Tuesday and Thursday". */
function daysInWords(w: Words, days: Weekday[]): string {
  const { t } = w;
  const index = days.map((d) => weekdayOrder.indexOf(d)).sort((a, b) => a - b);
  const consecutive = index.every((n, i) => i === 0 || n === index[i - 1]! + 1);
  if (consecutive && index.length >= 3) {
    return t('hours.dayRange', { first: weekdayName(w, weekdayOrder[index[0]!]!), last: weekdayName(w, weekdayOrder[index.at(-1)!]!) });
  }
  return listInWords(w, index.map((i) => weekdayName(w, weekdayOrder[i]!)));
}

/**
 * Opening hours in words, one line each (none when the hours are not known: then
 * {@link hoursConfirmation} says so), e.g.
 * ["Monday, Tuesday, Thursday and Friday: 9:30am to 4pm", "Wednesday: 1pm to 4pm",
 *  "Saturday and Sunday: closed", "Closed on bank holidays"].
 */
export function hoursInWords(w: Words, hours: OpeningHours): string[] {
  const { t } = w;
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
    const key = periods.map((p) => t('hours.range', { opens: timeInWords(w, p.opens), closes: timeInWords(w, p.closes) })).join(t('hours.periodJoin'));
    groups.set(key, [...(groups.get(key) ?? []), day]);
  }
  const lines = [...groups].map(([times, days]) => t('hours.line', { days: daysInWords(w, days), times }));
  if (closed.length > 0) lines.push(t('hours.closedDays', { days: daysInWords(w, closed) }));
  if (hours.closedOnBankHolidays) lines.push(t('hours.closedBankHolidays'));
  return lines;
}

/** "2015" stays a year; "2023-04-21" becomes "April 2023" (the month is as exact as a reader needs). */
function whenInWords({ dateLocale }: Words, when: string): string {
  if (/^\d{4}$/.test(when)) return when;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(when)) throw new Error(`hoursLastConfirmed.when "${when}" is not a year or an ISO date`);
  return new Intl.DateTimeFormat(dateLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${when}T12:00:00Z`));
}

/**
 * The one calm line about how sure a service's hours are, or undefined when the record has nothing
 * uncertain to say: "Check their website for opening times." for unknown hours (where to look,
 * not a hedge), otherwise "Hours confirmed April 2023." from the newest dated source. The service card and the guide both
 * show this line and no other hedge about the hours, so a card never says it twice.
 */
export function hoursConfirmation(w: Words, service: Pick<SupportService, 'hours' | 'hoursLastConfirmed'>): string | undefined {
  const { t } = w;
  if (service.hours.kind === 'unknown') return t('hours.notConfirmed');
  const last = service.hoursLastConfirmed;
  if (!last) return undefined;
  return t('hours.lastConfirmed', { when: whenInWords(w, last.when) });
}

/**
 * Opening hours in a few words, for the help strip: "24 hours, every day", "weekdays, daytime",
 * "every day, 9am to 9pm". Daytime means every period lies between 7am and 7pm.
 */
export function hoursInFewWords(w: Words, hours: OpeningHours): string {
  const { t } = w;
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
          : daysInWords(w, open);
  const same = periods.every((p) => p.opens === periods[0]!.opens && p.closes === periods[0]!.closes);
  const daytime = periods.every((p) => toMinutes(p.opens) >= 7 * 60 && toMinutes(p.closes) <= 19 * 60);
  const times = same
    ? t('hours.range', { opens: timeInWords(w, periods[0]!.opens), closes: timeInWords(w, periods[0]!.closes) })
    : daytime
      ? t('hours.fewDaytime')
      : t('hours.fewVary');
  return t('hours.few', { days, times });
}

/** The moment a London wall-clock time happens on a London date ("2026-07-01", "09:30"). */
export function londonInstant(date: string, hhmm: string): number {
  const guess = Date.parse(`${date}T${hhmm}:00Z`);
  return guess - londonOffsetMinutes(guess) * 60_000;
}

/** One stretch of time over which a service's status keeps the same words. */
export interface StatusSpan {
  /** When the stretch starts (ms since 1970, UTC). It lasts until the next one starts. */
  from: number;
  status: OpenStatus;
}

/**
 * The status of a service from `start` until `end`, as stretches whose `statusKey` (and so whose
 * words) stay the same. The key can only change when the service opens or closes, and at midnight
 * in London ("today" becomes "tomorrow"), so `openStatus` is asked at exactly those moments. The
 * last stretch starts at `end` with the state 'unknown': after it, say nothing.
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
    if (spans.length === 0 || statusKey(spans.at(-1)!.status) !== statusKey(status)) spans.push({ from, status });
  }
  spans.push({ from: end.getTime(), status: { state: 'unknown' } });
  return spans;
}

/**
 * What the page script (src/scripts/open-now.ts) needs to say "usually open now" on the visitor's
 * clock, without shipping the opening-hours logic or the table: the stretches of
 * {@link statusTimeline} and their words, up to the last opening (after it, when the service next
 * opens is not known, so nothing is said). Compact, as every page carries one:
 * - `s`: when the first stretch starts, in minutes since 1970;
 * - `t`: each stretch as the minutes since the one before, in base 36, then a capital letter
 *   naming its words (A is the first of `w`);
 * - `w`: the words, each "o|…", "c|…" or "u|" (open, closed, unknown: say nothing); "{date}"
 *   stands for the day of the next opening, which the script writes in `l`'s way ("28 December").
 */
export interface OpenNowPayload {
  s: number;
  t: string;
  w: string[];
  /** The month names of the page's language, January first, for "{date}" (the browser's Intl may not know the language). */
  m: readonly string[];
  /**
   * London's offset from UTC, for "{date}": pairs [from, offset], each the minute (since 1970) from which London is
   * `offset` minutes ahead of UTC, the first at `s`. The page script then finds London's day with plain arithmetic:
   * a browser's first Intl.DateTimeFormat costs 15 to 40 ms of loading on every page (a long task on a slow phone).
   */
  z: [number, number][];
}

/** How many minutes London's clock is ahead of UTC at a moment (0 in winter, 60 in summer). */
export function londonOffsetMinutes(ms: number): number {
  const there = londonTime(new Date(ms));
  return Math.round((Date.parse(`${there.date}T00:00:00Z`) + there.minutes * 60_000 - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** The payload for `hours` from `start` for `days` days, in a page's words, made by `say` (default: statusInWords). */
export function openNowPayload(
  w: Words,
  hours: OpeningHours,
  start: Date,
  days: number,
  bankHolidays: readonly BankHoliday[],
  say: (status: OpenStatus, date: string) => string = (status, date) => statusInWords(w, status, date),
): OpenNowPayload {
  const spans = statusTimeline(hours, start, new Date(start.getTime() + days * 86_400_000), bankHolidays);
  // A closed stretch after the last opening cannot say when the service opens next: stop there.
  const lastOpen = spans.findLastIndex((span) => span.status.state === 'open');
  if (lastOpen >= 0 && lastOpen < spans.length - 2) spans.splice(lastOpen + 1, Infinity, { from: spans[lastOpen + 1]!.from, status: { state: 'unknown' } });
  const keys: string[] = [];
  const words: string[] = [];
  let t = '';
  let previous = Math.round(start.getTime() / 60_000);
  const z: [number, number][] = [];
  for (const { from, status } of spans) {
    // Each stretch's start is a moment the words may change, so every opening's offset is known.
    const offset = londonOffsetMinutes(from);
    if (z.at(-1)?.[1] !== offset) z.push([Math.round(from / 60_000), offset]);
    const key = statusKey(status);
    if (!keys.includes(key)) {
      keys.push(key);
      words.push(`${status.state === 'unknown' ? 'u' : status.state[0]}|${status.state === 'unknown' ? '' : say(status, '{date}')}`);
    }
    if (keys.length > 26) throw new Error('openNowPayload: more than 26 different statuses; the page script names each with one capital letter');
    const minutes = Math.round(from / 60_000);
    t += (minutes - previous).toString(36) + String.fromCharCode(65 + keys.indexOf(key));
    previous = minutes;
  }
  return { s: Math.round(start.getTime() / 60_000), t, w: words, m: calendarOf(w.dateLocale).months, z };
}
