/**
 * The orders that can protect someone from stalking in England and Wales, compared on the
 * same five questions. Feeds the comparison table on "Other protective orders" (OrdersTable).
 * This file holds the facts; the words are in src/content/records/<locale>/protective-orders.json
 * (src/data/record-words.ts gives them for a locale: `protectiveOrdersIn(locale)`).
 * Facts: ../shared/facts/spo-facts.md sections 1, 3, 5, 7 and 12. Where the fact sheet does not
 * confirm something, the row names the point (`hedge`) and the table says so once, from the record.
 */
import { z } from 'astro/zod';
import { otherRouteIds } from '../lib/guide/result-ids';
import { legalFigures } from './legal-figures';
import { unconfirmedPoints, type UnconfirmedPoint } from './unconfirmed-points';

/** Figures about the other orders, in one place, so pages never type them. */
export const otherOrderFigures = {
  /** Maximum prison term on indictment for breaking a restraining order (Sentencing Code s.363). */
  restrainingOrderBreachMaxYears: 5,
  /** Maximum on indictment for breaking a restraining order made after a not guilty verdict (PHA s.5A with s.5(6)). */
  restrainingOrderAcquittalBreachMaxYears: 5,
  /** Maximum for the crime of breaking a Protection from Harassment Act s.3 injunction. */
  injunctionBreachMaxYears: 5,
  /** Maximum for the crime of breaking a non-molestation order (Family Law Act 1996 s.42A). */
  nonMolestationBreachMaxYears: 5,
  /** Maximum for breaking a Domestic Abuse Protection Order (Domestic Abuse Act 2021 s.39(5)). */
  dapoBreachMaxYears: 5,
  /** The person a DAPO protects must be at least this old (Domestic Abuse Act 2021 s.27(1)). */
  dapoProtectedMinAge: 16,
  /** A DVPO application must be heard within this many hours of the notice being served. */
  dvpoHearingHours: 48,
  /** Shortest and longest a DVPO lasts, in days. */
  dvpoMinDays: 14,
  dvpoMaxDays: 28,
  /** DVPNs and DVPOs available across every police force from this date. */
  dvpoNationwideFrom: '2014-03-08',
  /** The Domestic Abuse Protection Order pilot began on this date. */
  dapoPilotFrom: '2024-11-27',
  /** Cleveland joined the pilot on this date (SI 2025/319, which clarified the area named in SI 2025/261). */
  dapoClevelandFrom: '2025-03-11',
  /** North Wales joined the pilot on this date. */
  dapoNorthWalesFrom: '2025-04-28',
  /** The pilot was due to end on this date in every pilot area (one value, kept in legalFigures). */
  dapoPilotDueToEnd: legalFigures.dapoPilotDueToEnd,
} as const;

/** The comparison table's columns after the order's name: the five things people ask, each a field of the order's words. */
export const orderColumns = ['whoApplies', 'court', 'whenItFits', 'howLong', 'breaking'] as const;

/**
 * One order's facts. Its words (its name and the five things people ask: who applies, which court,
 * when it fits, how long it lasts, what breaking it means) are in src/content/records/<locale>/protective-orders.json,
 * checked against this record's ids by src/data/record-words.ts. Checked when the site is built.
 */
export const protectiveOrderSchema = z
  .object({
    /** Stable id, also the anchor of its section on the page. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Glossary anchor for the order's name. */
    glossary: z.string().min(1),
    /** A point in one of the columns that is not yet confirmed, said once after that column's text. */
    hedge: z.object({ column: z.enum(orderColumns), point: z.enum(Object.keys(unconfirmedPoints) as [UnconfirmedPoint, ...UnconfirmedPoint[]]) }).strict().optional(),
    /**
     * Who the person it is made against must be to the person it protects: `anyone`, or someone
     * `personally-connected` (a partner, ex-partner or family member, as the Family Law Act's
     * "associated person" and the Domestic Abuse Act's "personally connected" require).
     */
    relationship: z.enum(['anyone', 'personally-connected']),
    /**
     * The step-by-step guide's words for it among "Other ways to get protection", when the guide
     * offers it there (src/content/guide/guide-result.json, items['other-routes']). The guide offers it
     * to everyone, or only when the answers say the person is a partner or family member, as
     * `relationship` says.
     */
    guideRoute: z.enum(otherRouteIds).optional(),
  })
  .strict();

/** One order, as the record's entries are written. */
export type ProtectiveOrderInput = z.input<typeof protectiveOrderSchema>;
/** One order, checked. */
export type ProtectiveOrder = z.output<typeof protectiveOrderSchema>;

/** The orders, as written (checked below); their words are in src/content/records/<locale>/protective-orders.json. */
const orderEntries: readonly ProtectiveOrderInput[] = [
  { id: 'stalking-protection-order', glossary: 'stalking-protection-order', relationship: 'anyone' },
  { id: 'interim-stalking-protection-order', glossary: 'interim-stalking-protection-order', relationship: 'anyone' },
  { id: 'restraining-order-on-conviction', glossary: 'restraining-order', relationship: 'anyone' },
  { id: 'restraining-order-on-acquittal', glossary: 'restraining-order', relationship: 'anyone' },
  { id: 'harassment-injunction', glossary: 'injunction', relationship: 'anyone', guideRoute: 'injunction' },
  { id: 'non-molestation-order', glossary: 'non-molestation-order', relationship: 'personally-connected', guideRoute: 'non-molestation' },
  { id: 'domestic-abuse-protection-order', glossary: 'domestic-abuse-protection-order', relationship: 'personally-connected', guideRoute: 'dapo' },
  { id: 'dvpn-dvpo', glossary: 'dvpn-dvpo', relationship: 'personally-connected' },
];

/**
 * The orders in the comparison table, in the order they are shown, each checked against the schema
 * (a wrong field stops the build, naming the order and the field).
 */
export const protectiveOrders: readonly ProtectiveOrder[] = orderEntries.map((entry) => {
  const result = protectiveOrderSchema.safeParse(entry);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Protective order "${entry.id}" in src/data/protective-orders.ts: ${problems}`);
  }
  return result.data;
});

/**
 * Northern Ireland's own Stalking Protection Orders (Protection from Stalking Act (Northern
 * Ireland) 2022), for the page for readers there. Date in force: legalFigures.northernIrelandInForce.
 */
export const northernIrelandFigures = {
  /** Applications about a person under this age go to the youth court (s.12(4)–(6)). */
  youthCourtUnderAge: 18,
  /** Maximum prison term for a breach dealt with in a magistrates' court (s.13). */
  breachMaxMonthsSummary: 6,
  /** Maximum fine for a breach dealt with in a magistrates' court (s.13), in pounds. */
  breachMaxFineSummary: 5000,
  /** Maximum prison term for a breach on indictment (s.13). */
  breachMaxYearsIndictment: 5,
  /** Days to notify the police, counted from when the order comes into force (s.14). */
  notificationDays: 3,
} as const;

/** Scotland: non-harassment orders. */
export const scotlandFigures = {
  /** Maximum prison term on indictment for breaking a non-harassment order. */
  nonHarassmentBreachMaxYears: 5,
  /** Stalking offence: section 39 of the Criminal Justice and Licensing (Scotland) Act 2010. */
  stalkingOffenceSection: 39,
  /** It came into force on this date. */
  stalkingOffenceFrom: '2010-12-13',
  /** Maximum prison term on indictment for the stalking offence. */
  stalkingOffenceMaxYears: 5,
} as const;
