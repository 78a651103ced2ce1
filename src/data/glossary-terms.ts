/**
 * Every term the glossary (/glossary/) explains, by its anchor: `<GlossaryTerm term="breach">`
 * links to /glossary/#breach, and the build fails for a term not listed here. The build tests
 * check that the glossary page has an anchor, with an explanation, for each one.
 */
export const glossaryTerms = [
  'stalking', 'harassment', 'course-of-conduct', 'acts-associated-with-stalking', 'stalking-by-proxy',
  'stalking-protection-order', 'interim-stalking-protection-order', 'chief-officer-of-police', 'magistrates-court',
  'youth-court', 'crown-court', 'family-court', 'civil-order', 'standard-of-proof', 'prohibition', 'requirement',
  'breach', 'reasonable-excuse', 'notification-requirements', 'served', 'variation', 'renewal', 'discharge', 'appeal',
  'restraining-order', 'non-molestation-order', 'injunction', 'associated-person', 'domestic-abuse-protection-order',
  'dvpn-dvpo', 'officer-in-the-case', 'crime-reference-number', 'hearsay', 'statutory-guidance', 'advocate', 'interim',
  'four', 'evidence', 'hearing', 'criminal-offence', 'either-way-offence', 'arrest', 'solicitor',
] as const;

/** A glossary anchor. */
export type GlossaryTermId = (typeof glossaryTerms)[number];
