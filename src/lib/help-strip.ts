/**
 * What the help strip offers when the National Stalking Helpline is closed, chosen from the
 * services record by its data, not by name: the first service (in the record's order) that is
 * open all day, every day, has a phone number and covers all of England and Wales; and, for
 * Wales, the first such service that covers Wales only.
 */
import type { SupportService } from '../data/support-services';

/** The two 24-hour options: one for England and Wales, and the Wales line if the record has one. */
export interface OutOfHoursOptions<T extends SupportService> {
  everywhere: T;
  wales?: T | undefined;
}

/**
 * Picks the 24-hour options from `records`, leaving out the services in `exclude` (the police
 * lines: 999 already leads the strip, and 101 is for reporting, not for support).
 * Throws when the record has no 24-hour service for England and Wales, so the build stops.
 */
export function outOfHoursOptions<T extends SupportService>(records: readonly T[], exclude: readonly string[]): OutOfHoursOptions<T> {
  const open24 = records.filter((s) => s.hours.kind === 'always' && s.phone && !exclude.includes(s.id));
  const everywhere = open24.find((s) => s.coverage === 'england-and-wales' || s.coverage === 'uk');
  if (!everywhere) throw new Error('The services record has no 24-hour service with a phone number for England and Wales');
  return { everywhere, wales: open24.find((s) => s.coverage === 'wales') };
}
