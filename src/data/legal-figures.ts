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
export function amount(n: number, unit: 'day' | 'month' | 'year' | 'occasion'): string {
  return `${numberWord(n)} ${unit}${n === 1 ? '' : 's'}`;
}

/** Formats an ISO date as "18 November 2024". */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** Formats an ISO date ("2023-03-30") or month ("2028-03") as "March 2023", for dates known only to the month. */
export function monthYear(iso: string): string {
  if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(iso)) throw new Error(`monthYear: "${iso}" is not an ISO date or month`);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 7)}-01T00:00:00Z`),
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
  /** The magistrates' limit first rose to 12 months on this date (SI 2022/500); it is also breachCommittedFrom. */
  magistratesLimitFirstRaised: '2022-05-02',
  /** …and went back down to 6 months on this date (SI 2023/298). */
  magistratesLimitCut: '2023-03-30',
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
  /** The April 2024 edition of the statutory guidance was published (GOV.UK "Updated 22 April 2024"). */
  statutoryGuidanceEdition: '2024-04-22',
  /** Commissioner of Police of the Metropolis v Malik [2023] EWHC 3213 (Admin), judgment date. */
  malikJudgment: '2023-12-14',
  /** A course of conduct needs conduct on at least this many occasions (PHA s.7(3)). */
  courseOfConductOccasions: 2,
  /** The s.4A offence: the victim fears violence on at least this many occasions (PHA s.4A(1)(b)(i)). */
  fearOfViolenceOccasions: 2,
  /** Youngest and oldest ages for which an application is reported to go to a youth court (PNLD, 2020; UNCONFIRMED). */
  youthCourtYoungest: 10,
  youthCourtOldest: 17,
  /** Northern Ireland's own SPOs came into effect on this date. */
  northernIrelandInForce: '2023-10-19',
  /** The stalking offences in England and Wales took effect on this date. */
  stalkingOffencesFrom: '2012-11-25',
  /** Crime and Policing Act 2026 Royal Assent; some provisions started on this day. */
  crimeAndPolicingActAssent: '2026-04-29',
  /**
   * Two months after Royal Assent: more provisions started on this day, some by the Act itself and
   * some by the first commencement regulations (SI 2026/689). Not the first day any part started.
   */
  crimeAndPolicingActFirstCommencement: '2026-06-29',
  /** Victims and Prisoners Act 2024 Royal Assent. */
  victimsAndPrisonersActAssent: '2024-05-24',
  /** The joint report on the stalking super-complaint (IOPC, HMICFRS, College of Policing). */
  superComplaintReport: '2024-09-27',
  /** How many recommendations that report made. */
  superComplaintRecommendations: 29,
  /** The government announced a review of stalking law in this month (known to the month only). */
  stalkingLawReviewAnnounced: '2024-12',
  /**
   * The newest confirmed list of Domestic Abuse Protection Order pilot areas is as at this date.
   * Here (not only in otherOrderFigures) so the guide's words can use it as {date:dapoAreasAsAt}.
   */
  dapoAreasAsAt: '2025-11-25',
  /** The Courts and Tribunals Bill was introduced to Parliament (proposed, not law). */
  courtsBillIntroduced: '2026-02-25',
  /** The Bill would let ministers raise the magistrates' limit to one of these, in months. */
  courtsBillMagistratesMonthsLower: 18,
  courtsBillMagistratesMonthsUpper: 24,
  /** The impact assessment is reported to give this month as the earliest start (known to the month only). */
  courtsBillEarliestStart: '2028-03',
} as const;

/** Name of a figure in {@link legalFigures}. */
export type LegalFigure = keyof typeof legalFigures;

/**
 * Legal points the site cannot yet state as certain, each with the one calm sentence that says so.
 * Pages render these through the Confirmed component (`<Confirmed point="youth-court" />`), so a
 * point is worded the same everywhere and hedged once. Facts: ../shared/facts/spo-facts.md.
 */
export const unconfirmedPoints = {
  /** SPA s.13 not read; one secondary source (PNLD, 2020). */
  'youth-court': `We understand that if the police apply for a Stalking Protection Order against someone aged ${legalFigures.youthCourtYoungest} to ${legalFigures.youthCourtOldest}, the case goes to a youth court.`,
  /** Crime and Policing Act 2026: SPOs on conviction or acquittal, and "right to know" guidance. */
  'crime-and-policing-act-stalking':
    'Whether these parts are in the Act as planned, and whether they are in force, is not yet confirmed.',
  /** Courts and Tribunals Bill: whether its appeal changes reach SPA s.7 appeals. */
  'courts-bill-spo-appeals': 'Whether this would change appeals about Stalking Protection Orders is not yet confirmed.',
  /** A breach of an England and Wales SPO committed in Scotland or Northern Ireland. */
  'breach-outside-england-and-wales':
    'How a breach that happens outside England and Wales is dealt with is not yet confirmed, so ask the police.',
  /** Domestic Abuse Protection Orders: any rollout after the newest confirmed list of areas. */
  'dapo-rollout': 'Whether they have reached other areas since then is not yet confirmed.',
  /** No Scottish equivalent of the police-applied SPO was found in the sources reviewed. */
  'scotland-police-led-order':
    'Whether Scotland has an order like this, where the police apply without anyone being convicted, is not yet confirmed.',
} as const;

/** Name of a point in {@link unconfirmedPoints}. */
export type UnconfirmedPoint = keyof typeof unconfirmedPoints;
