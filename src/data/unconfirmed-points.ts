/**
 * Legal points the site cannot yet state as certain, each with the one calm sentence that says so.
 * (A module of its own, so the guide's JavaScript, which imports legal-figures, does not carry it.)
 * Pages render these through the Confirmed component (`<Confirmed point="dapo-after-pilot" />`), so a
 * point is worded the same everywhere and hedged once. Facts: ../shared/facts/spo-facts.md.
 */
export const unconfirmedPoints = {
  /** Crime and Policing Act 2026: SPOs on conviction or acquittal, and "right to know" guidance. */
  'crime-and-policing-act-stalking':
    'Whether these parts are in the Act as planned, and whether they are in force, is not yet confirmed.',
  /** Courts and Tribunals Bill: whether its appeal changes reach SPA s.7 appeals. */
  'courts-bill-spo-appeals': 'Whether this would change appeals about Stalking Protection Orders is not yet confirmed.',
  /** A breach of an England and Wales SPO committed in Scotland or Northern Ireland. */
  'breach-outside-england-and-wales':
    'How a breach that happens outside England and Wales is dealt with is not yet confirmed, so ask the police.',
  /** Domestic Abuse Protection Orders: what followed the pilot's end date (fact sheet 13c, 13d-G). */
  'dapo-after-pilot': 'What happened after that date is not yet confirmed.',
  /** No Scottish equivalent of the police-applied SPO was found in the sources reviewed. */
  'scotland-police-led-order':
    'Whether Scotland has an order like this, where the police apply without anyone being convicted, is not yet confirmed.',
} as const;

/** Name of a point in {@link unconfirmedPoints}. */
export type UnconfirmedPoint = keyof typeof unconfirmedPoints;
