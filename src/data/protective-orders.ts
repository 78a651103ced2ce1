/**
 * The orders that can protect someone from stalking in England and Wales, compared on the
 * same five questions. Feeds the comparison table on "Other protective orders" (OrdersTable).
 * Facts: ../shared/facts/spo-facts.md sections 1, 3, 5, 7 and 12. Where the fact sheet does not
 * confirm something, the row names the point (`hedge`) and the table says so once, from the record.
 */
import { z } from 'astro/zod';
import { otherRouteIds } from '../lib/guide/result-ids';
import { useStrings } from '../i18n';
import { amount, legalFigures, longDate, pageFigures } from './legal-figures';
import { unconfirmedPoints, type UnconfirmedPoint } from './unconfirmed-points';

// The record's prose is English (the records' words are not yet split from their facts, issue 28 point 3),
// so its amounts are in English words too.
const { plural } = useStrings('en-GB');

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

const columns = ['whoApplies', 'court', 'whenItFits', 'howLong', 'breaking'] as const;
const words = z.string().min(1);

/** One order, described in plain words on the five things people ask. Checked when the site is built. */
export const protectiveOrderSchema = z
  .object({
    /** Stable id, also the anchor of its section on the page. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The order's name as people will hear it. */
    name: words,
    /** Glossary anchor for the order's name. */
    glossary: words,
    /** Who asks the court for it. */
    whoApplies: words,
    /** Which court makes it. */
    court: words,
    /** When it fits. */
    whenItFits: words,
    /** How long it lasts. */
    howLong: words,
    /** What breaking it means. */
    breaking: words,
    /** A point in one of the columns that is not yet confirmed, said once after that column's text. */
    hedge: z.object({ column: z.enum(columns), point: z.enum(Object.keys(unconfirmedPoints) as [UnconfirmedPoint, ...UnconfirmedPoint[]]) }).strict().optional(),
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

const f = legalFigures;
const o = otherOrderFigures;

/** The orders, as written (checked below). */
const orderEntries: readonly ProtectiveOrderInput[] = [
  {
    id: 'stalking-protection-order',
    name: 'Stalking Protection Order (SPO)',
    glossary: 'stalking-protection-order',
    whoApplies: 'Only the police. You cannot apply, but you can ask the police to.',
    court: `Magistrates’ court, or the youth court if the person is under ${pageFigures.youthCourtUnderAge}.`,
    whenItFits:
      'Any stalking, by a stranger, someone you know or an ex-partner. Nobody has to be charged or convicted.',
    howLong: `At least ${amount(f.minimumOrderYears, 'year')}, or until the court makes another order.`,
    breaking: `A crime. Up to ${amount(f.breachMaxYearsCrownCourt, 'year')} in prison.`,
    relationship: 'anyone',
  },
  {
    id: 'interim-stalking-protection-order',
    name: 'Interim Stalking Protection Order',
    glossary: 'interim-stalking-protection-order',
    whoApplies: 'Only the police, with their SPO application or after it.',
    court: 'Magistrates’ court.',
    whenItFits: 'To protect you quickly while the court decides about a full SPO.',
    howLong: 'A period the court sets. It ends anyway when the court decides about the full SPO.',
    breaking: 'The same crime as breaking a full SPO.',
    relationship: 'anyone',
  },
  {
    id: 'restraining-order-on-conviction',
    name: 'Restraining order (after a conviction)',
    glossary: 'restraining-order',
    whoApplies: 'You do not apply. The prosecutor usually asks the court.',
    court: 'The criminal court that sentences the person: a magistrates’ court or the Crown Court.',
    whenItFits: 'The person has been found guilty of a crime of any kind.',
    howLong: 'A set time, or until the court makes another order.',
    breaking: `A crime. Up to ${amount(o.restrainingOrderBreachMaxYears, 'year')} in prison.`,
    relationship: 'anyone',
  },
  {
    id: 'restraining-order-on-acquittal',
    name: 'Restraining order (after a not guilty verdict)',
    glossary: 'restraining-order',
    whoApplies: 'You do not apply. The court decides at the end of the trial.',
    court: 'The criminal court that found the person not guilty.',
    whenItFits:
      'The person was found not guilty, but the court considers an order necessary to protect someone from harassment by them.',
    howLong: 'A set time, or until the court makes another order.',
    breaking: `A crime. Up to ${amount(o.restrainingOrderAcquittalBreachMaxYears, 'year')} in prison.`,
    relationship: 'anyone',
  },
  {
    id: 'harassment-injunction',
    name: 'Injunction under the Protection from Harassment Act',
    glossary: 'injunction',
    whoApplies: 'You do, by starting a civil case. A solicitor can help.',
    court: 'The county court or the High Court.',
    whenItFits:
      'Harassment or stalking by anyone. No prosecution is needed. You can also claim money (damages) for the harm.',
    howLong: 'The court decides.',
    breaking: `A crime, with up to ${amount(o.injunctionBreachMaxYears, 'year')} in prison, or it can be treated as contempt of court. You can ask the court for an arrest warrant.`,
    relationship: 'anyone',
    guideRoute: 'injunction',
  },
  {
    id: 'non-molestation-order',
    name: 'Non-molestation order',
    glossary: 'non-molestation-order',
    whoApplies: 'You do. A court can also make one during other family cases.',
    court: 'The family court.',
    whenItFits:
      'The person is an “associated person”, such as a partner, ex-partner, relative or someone you lived with. Not for strangers.',
    howLong: 'The court decides.',
    breaking: `A crime, with up to ${amount(o.nonMolestationBreachMaxYears, 'year')} in prison, or contempt of court, but not both.`,
    relationship: 'personally-connected',
    guideRoute: 'non-molestation',
  },
  {
    id: 'domestic-abuse-protection-order',
    name: 'Domestic Abuse Protection Notice and Order (DAPN and DAPO)',
    glossary: 'domestic-abuse-protection-order',
    whoApplies: `The police, or you if you are ${o.dapoProtectedMinAge} or over. Anyone else, such as a friend, relative or support worker, needs the family court’s permission first. Other courts can make one in their own cases.`,
    court: 'Magistrates’ court (police) or family court (you, or someone the court has given permission).',
    whenItFits: `Domestic abuse, including stalking, by someone you are personally connected to. Tried in some areas in a pilot that was due to end on ${longDate(o.dapoPilotDueToEnd)}. Ask the police whether one can be made where you live.`,
    howLong: 'No set shortest or longest time.',
    breaking: `A crime. Up to ${amount(o.dapoBreachMaxYears, 'year')} in prison.`,
    relationship: 'personally-connected',
    guideRoute: 'dapo',
  },
  {
    id: 'dvpn-dvpo',
    name: 'Domestic Violence Protection Notice and Order (DVPN and DVPO)',
    glossary: 'dvpn-dvpo',
    whoApplies: 'The police. A senior officer gives the notice, then the police apply for the order. Your agreement is not needed.',
    court: `Magistrates’ court, which must hear it within ${plural('figures.hours', o.dvpoHearingHours)} of the notice.`,
    whenItFits:
      'Violence or threats of violence by a partner, ex-partner or relative. Available everywhere in England and Wales, including the DAPO pilot areas.',
    howLong: `${plural('figures.dayRange', o.dvpoMaxDays, { from: o.dvpoMinDays, to: o.dvpoMaxDays })}.`,
    breaking:
      'Not a crime in itself. The magistrates’ court deals with it as a civil breach. The police can arrest the person, and the court can warn or fine them, or send them to prison for a short time.',
    relationship: 'personally-connected',
  },
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
