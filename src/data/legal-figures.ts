/**
 * Legal figures the site repeats, in one place. Pages and the guide render these;
 * nobody types "two years" or "3 days" into a page. Facts: ../shared/facts/spo-facts.md.
 */

import { useStrings, type Strings } from '../i18n';

/**
 * Figures and dates in words, in one locale: amounts through the table's plural messages (`unit.year` …:
 * each message says the number in words where GOV.UK style would, with exact forms such as `=2`), dates
 * in the locale's long form. Build time only (pages, records, ../lib/guide/figures.ts): page scripts never import this file.
 */
export function figureWords({ plural, dateLocale }: Pick<Strings, 'plural' | 'dateLocale'>) {
  return {
    /** "two years"-style amount. */
    amount: (n: number, unit: 'day' | 'month' | 'year' | 'occasion'): string => plural(`unit.${unit}`, n),
    /** An ISO date as "18 November 2024". */
    longDate: (iso: string): string =>
      new Intl.DateTimeFormat(dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    /** An ISO date ("2023-03-30") or month ("2028-03") as "March 2023", for dates known only to the month. */
    monthYear: (iso: string): string => {
      if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(iso)) throw new Error(`monthYear: "${iso}" is not an ISO date or month`);
      return new Intl.DateTimeFormat(dateLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
    },
  };
}

/**
 * The figure words of the English content: the guidance pages (MDX, through components/mdx.ts), the
 * guide's words and the records' prose are written in English, so the figures inside them are too.
 * Interface words (a page's "Last reviewed" date) use figureWords with the page's own locale.
 */
export const { amount, longDate, monthYear } = figureWords(useStrings('en-GB'));

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
  /** Crime and Policing Act 2026 Royal Assent; some provisions started on this day. */
  crimeAndPolicingActAssent: '2026-04-29',
  /**
   * Two months after Royal Assent: more provisions started on this day, some by the Act itself and
   * some by the first commencement regulations (SI 2026/689). Not the first day any part started.
   */
  crimeAndPolicingActFirstCommencement: '2026-06-29',
  /**
   * The Domestic Abuse Protection Order pilot was due to end on this date in every pilot area
   * (SI 2025/1222). What followed is not confirmed: pages and the guide say "was due to end", never
   * that DAPOs "are being tried" or "are available" somewhere (fact sheet 13c, 13d-G). Here (not only in
   * otherOrderFigures) so the guide's words can use it as {date:dapoPilotDueToEnd}.
   */
  dapoPilotDueToEnd: '2026-03-31',
} as const;

/**
 * Figures and dates that only the guidance pages use, not the step-by-step guide: the history of
 * the law, proposals, and details of single pages. Kept apart from {@link legalFigures} so the guide's
 * JavaScript, which carries legalFigures whole, does not grow with them. Pages import them as
 * `pageFigures` from components/mdx.
 */
export const pageFigures = {
  /** The magistrates' limit first rose to 12 months on this date (SI 2022/500); it is also breachCommittedFrom. */
  magistratesLimitFirstRaised: '2022-05-02',
  /** …and went back down to 6 months on this date (SI 2023/298). */
  magistratesLimitCut: '2023-03-30',
  /** The April 2024 edition of the statutory guidance was published (GOV.UK "Updated 22 April 2024"). */
  statutoryGuidanceEdition: '2024-04-22',
  /** Commissioner of Police of the Metropolis v Malik [2023] EWHC 3213 (Admin), judgment date. */
  malikJudgment: '2023-12-14',
  /** A course of conduct needs conduct on at least this many occasions (PHA s.7(3)). */
  courseOfConductOccasions: 2,
  /** The s.4A offence: the victim fears violence on at least this many occasions (PHA s.4A(1)(b)(i)). */
  fearOfViolenceOccasions: 2,
  /** For a person under this age, "magistrates' court" in the Act means the youth court (SPA s.14). */
  youthCourtUnderAge: 18,
  /** The usual time limit for a complaint in a magistrates' court, in months (MCA 1980 s.127), which does not apply to SPO applications (SPA s.13(2)). */
  complaintTimeLimitMonths: 6,
  /** A full order cannot be ended within this many years of being made unless the person and the police agree (SPA s.4). */
  dischargeConsentYears: 2,
  /** Victims and Prisoners Act 2024 Royal Assent. */
  victimsAndPrisonersActAssent: '2024-05-24',
  /** Since this date the police, prosecutors, courts and others must follow the Victims' Code unless they have good reason not to (VPA 2024 s.5; SI 2025/95). */
  victimsCodeDutyFrom: '2025-01-29',
  /** The consultation on a draft new Victims' Code closed on this date; the new Code is not in force (MoJ answer, 1 June 2026). */
  victimsCodeConsultationClosed: '2026-04-30',
  /** The Sentencing Act 2026: Royal Assent. */
  sentencingActAssent: '2026-01-22',
  /** Its rule that short sentences are normally suspended applies to people convicted on or after this date (s.1, s.49(4)). */
  sentencingActSuspendFrom: '2026-03-22',
  /** The rule covers prison sentences of this many months or less. */
  sentencingActSuspendMaxMonths: 12,
  /** The Courts and Tribunals Bill reached Commons report stage on this date (still a Bill, not law). */
  courtsBillReportStage: '2026-04-29',
  /** The joint report on the stalking super-complaint (IOPC, HMICFRS, College of Policing). */
  superComplaintReport: '2024-09-27',
  /** How many recommendations that report made. */
  superComplaintRecommendations: 29,
  /** The government announced a review of stalking law in this month (known to the month only). */
  stalkingLawReviewAnnounced: '2024-12',
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

