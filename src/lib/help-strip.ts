/**
 * What the help strip offers when the National Stalking Helpline is closed, chosen from the
 * services record by its fields, never by id or name: the services the record marks as fitting
 * the situation `helpline-closed` that are open all day, every day and have a phone number; the
 * first (in the record's order) that serves England and Wales, and, for Wales, the first that
 * serves Wales but not England.
 */
import type { SupportService } from '../data/support-services';

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
