/**
 * What the help strip offers when the National Stalking Helpline is closed, chosen from the
 * services record by its fields, never by id or name: the services the record marks as fitting
 * the situation `helpline-closed` that are open all day, every day and have a phone number; the
 * first (in the record's order) that serves England and Wales, and, for Wales, the first that
 * serves Wales but not England.
 */
import type { Nation, SupportService } from '../data/support-services';
import type { OpenStatus } from './open-status';
import { nextOpeningValues, timeInWords, type Words } from './opening-hours';

/** The two 24-hour options: one for England and Wales, and the Wales line if the record has one. */
export interface OutOfHoursOptions<T extends SupportService> {
  everywhere: T;
  wales?: T | undefined;
}

/**
 * Picks the 24-hour options from `records`.
 * Throws when the record has no such service for England and Wales, so the build stops.
 */
export function outOfHoursOptions<T extends SupportService>(records: readonly T[]): OutOfHoursOptions<T> {
  const open24 = records.filter((s) => s.situations.includes('helpline-closed') && s.hours.kind === 'always' && s.phone);
  const everywhere = open24.find((s) => s.coverage.includes('england') && s.coverage.includes('wales'));
  if (!everywhere) throw new Error('The services record has no 24-hour service with a phone number for England and Wales fitting "helpline-closed"');
  return { everywhere, wales: open24.find((s) => s.coverage.includes('wales') && !s.coverage.includes('england')) };
}

/** The nations whose own 24-hour lines the guide's result offers to people who live there. */
export const nationsWithOwnLines = ['scotland', 'northern-ireland'] as const satisfies readonly Nation[];

/**
 * Each of those nations' own 24-hour line, for the guide's result (England and Wales's are
 * outOfHoursOptions): the first service in the record that serves the nation but not England, is
 * open all day, every day, and has a phone number. Throws, naming the nation, when the record has
 * none, so the build stops.
 */
export function nationLines<T extends SupportService>(records: readonly T[]): T[] {
  return nationsWithOwnLines.map((nation) => {
    const line = records.find((s) => s.coverage.includes(nation) && !s.coverage.includes('england') && s.hours.kind === 'always' && s.phone);
    if (!line) throw new Error(`The services record has no 24-hour service with a phone number for ${nation} alone`);
    return line;
  });
}

/**
 * The help strip's line about the helpline for a status, from the interface table ("Helpline usually
 * open now, until 4pm."), or '' when there is nothing to say (then the strip keeps the hours).
 * `date` is the next opening's day in words, or "{date}" for the page script to fill.
 */
export function helpStripWords(w: Words, status: OpenStatus, date?: string): string {
  const { t } = w;
  if (status.state === 'open') return status.always ? '' : t('helpStrip.openNow', { time: timeInWords(w, status.closes) });
  if (status.state === 'closed') return status.next ? t('helpStrip.closedOpens', nextOpeningValues(w, status.next, date)) : t('helpStrip.closedNow');
  return '';
}
