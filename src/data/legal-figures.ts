/**
 * Legal figures the site repeats, in one place. Pages and the wizard render these;
 * nobody types "two years" or "3 days" into a page. Facts: ../shared/facts/spo-facts.md.
 */

/** Formats a whole number as a word where GOV.UK style would (one to nine). */
export function numberWord(n: number): string {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return Number.isInteger(n) && n >= 0 && n < words.length ? words[n]! : String(n);
}

/** "2 years" style amount, with the number in words. */
export function amount(n: number, unit: 'day' | 'month' | 'year'): string {
  return `${numberWord(n)} ${unit}${n === 1 ? '' : 's'}`;
}

/** Formats an ISO date as "18 November 2024". */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

export const legalFigures = {
  /** A full SPO with a fixed period lasts at least this many years (SPA s.3(2)). */
  minimumOrderYears: 2,
  /** Crown Court maximum prison term for breaching an SPO or interim SPO (SPA s.8(2)(b)). */
  breachMaxYearsCrownCourt: 5,
  /** Magistrates' court maximum prison term for a breach, under the dates below (SPA s.8(2)(a)). */
  breachMaxMonthsMagistrates: 12,
  /** The 12-month magistrates' limit applies to breaches committed on or after this date… */
  breachCommittedFrom: '2022-05-02',
  /** …where the person is convicted on or after this date. */
  magistratesLimitFrom: '2024-11-18',
  /** Days to notify names and home address after the order is served, and changes after they happen (SPA s.9). */
  notificationDays: 3,
  /** Maximum prison term on indictment for failing the notification duties (SPA s.11). */
  notificationOffenceMaxYears: 5,
  /** Maximum for the PHA s.4A stalking offence on indictment. */
  stalkingFearOfViolenceMaxYears: 10,
  /** Royal Assent of the Stalking Protection Act 2019. */
  royalAssent: '2019-03-15',
  /** SPOs became available on this date. */
  inForce: '2020-01-20',
  /** Date of the current edition of the statutory guidance for the police (page last updated). */
  statutoryGuidanceUpdated: '2024-05-10',
  /** Northern Ireland's own SPOs came into effect on this date. */
  northernIrelandInForce: '2023-10-19',
  /** The stalking offences in England and Wales took effect on this date. */
  stalkingOffencesFrom: '2012-11-25',
  /** Crime and Policing Act 2026 Royal Assent. */
  crimeAndPolicingActAssent: '2026-04-29',
  /** First commencement of the Crime and Policing Act 2026 (not the stalking measures, as far as known). */
  crimeAndPolicingActFirstCommencement: '2026-06-29',
} as const;

/** Name of a figure in {@link legalFigures}. */
export type LegalFigure = keyof typeof legalFigures;
