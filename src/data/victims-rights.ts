/**
 * Figures and dates about victims' rights when the police say no (fact sheet section 13a):
 * the Victims' Right to Review, complaints, the stalking super-complaint and Clare's Law.
 * Pages and the letter builder render these; nobody types them. Kept beside legal-figures.ts
 * (SPA figures) so each file has one subject.
 */
export const victimsRightsFigures = {
  /** Ask for a Victims' Right to Review within this many months of being told of the decision not to charge. */
  reviewRequestMonths: 3,
  /** The force should acknowledge a review request within this many working days. */
  reviewAcknowledgeWorkingDays: 10,
  /** …and aims to decide within about this many working days. */
  reviewDecisionWorkingDays: 30,
  /** Apply for a review of a complaint's outcome within this many days of the outcome letter. */
  complaintReviewDays: 28,
  /** Recommendations in the joint report on the stalking super-complaint. */
  superComplaintRecommendations: 29,
  /** The Suzy Lamplugh Trust made the super-complaint in this month. */
  superComplaintMade: '2022-11',
  /** Date of the joint report (IOPC, HMICFRS, College of Policing). */
  superComplaintReport: '2024-09-27',
  /** Clare's Law: the youngest age at which a person can ask about a partner. */
  claresLawMinimumAge: 16,
  /** Clare's Law has applied across England and Wales since this month. */
  claresLawFrom: '2014-03',
} as const;

/** Name of a figure in {@link victimsRightsFigures}. */
export type VictimsRightsFigure = keyof typeof victimsRightsFigures;

