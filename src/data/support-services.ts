/**
 * The one record of every support service the site names. Every phone number, text
 * number, opening time and web address of a service on the site is rendered from here;
 * pages never type one in. Facts come from ../shared/facts/spo-facts.md section 13.
 *
 * This file holds the facts (ids, numbers, hours, coverage, web addresses, dates). Each service's
 * words (its name, who runs it, its purpose, its contacts' labels and details) are in
 * src/content/records/<locale>/support-services.json, keyed by the service's id and checked against
 * this record by src/data/record-words.ts, which gives a service with its words in a locale
 * (`servicesIn(locale)`, `serviceIn(locale, id)`).
 */

import { z } from 'astro/zod';

/** A day of the week as used in opening hours (ISO order, Monday first). */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour "HH:MM" time');

/** One opening period within a day, in 24-hour "HH:MM" local time (Europe/London). */
const openingPeriodSchema = z.object({ opens: hhmm, closes: hhmm }).strict();
export type OpeningPeriod = z.output<typeof openingPeriodSchema>;

const dayPeriods = z.array(openingPeriodSchema).optional();

/** Opening hours as data, so the site can list them and work out "usually open now". */
const openingHoursSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('always'), timeZone: z.literal('Europe/London') }).strict(),
  z
    .object({
      kind: z.literal('weekly'),
      timeZone: z.literal('Europe/London'),
      /** Periods for each day; a missing day means closed all day. */
      days: z.object({ mon: dayPeriods, tue: dayPeriods, wed: dayPeriods, thu: dayPeriods, fri: dayPeriods, sat: dayPeriods, sun: dayPeriods }).strict(),
      /** True when the service is closed on bank holidays in England and Wales. */
      closedOnBankHolidays: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('unknown') }).strict(),
]);
export type OpeningHours = z.output<typeof openingHoursSchema>;

/** A phone number in the two forms the site needs. */
const phoneNumberSchema = z
  .object({
    /** As people read and dial it, e.g. "0808 802 0300". */
    display: z.string().min(1),
    /** E.164 form for `tel:` links, e.g. "+448088020300". */
    e164: z.string().regex(/^\+?\d+$/),
  })
  .strict();
export type PhoneNumber = z.output<typeof phoneNumberSchema>;

/**
 * Kinds of contact. `phone`, `sms` and `textphone` need a number (`sms` makes an `sms:` link, the
 * others `tel:`); `silent-call` is advice on calling without speaking; `advice` a tip on reaching
 * the service; `web-chat`, `email` and `web-form` are reached through the website.
 */
export const contactKinds = ['phone', 'sms', 'textphone', 'silent-call', 'web-chat', 'email', 'web-form', 'advice'] as const;
export type ContactKind = (typeof contactKinds)[number];
const kindsWithNumber: readonly ContactKind[] = ['phone', 'sms', 'textphone'];

/** The four nations; a service for the whole UK lists all four. */
export const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof nations)[number];
/** Coverage of a service for the whole UK. */
const UK: Nation[] = [...nations];
/** Coverage of a service for England and Wales. */
const ENGLAND_AND_WALES: Nation[] = ['england', 'wales'];

/** Who a service is for. */
export const serviceAudiences = ['victim', 'supporter', 'professional'] as const;
const EVERYONE = [...serviceAudiences];

/**
 * Situations a service fits, for the places that choose services by situation:
 * `danger-now` (999), `report` (telling the police), `stalking-advice`, `high-risk-advocacy`,
 * `crime-support`, `domestic-abuse`, `image-abuse`, `anonymous-report`, and `helpline-closed`:
 * a service the help strip offers when the National Stalking Helpline is closed.
 */
export const serviceSituations = [
  'danger-now',
  'report',
  'stalking-advice',
  'high-risk-advocacy',
  'crime-support',
  'domestic-abuse',
  'image-abuse',
  'anonymous-report',
  'helpline-closed',
  // Thoughts of suicide or self-harm: the search's crisis panel (src/data/search-crisis.json) offers it.
  'crisis',
] as const;
/** A situation a service fits. */
export type ServiceSituation = (typeof serviceSituations)[number];

/**
 * How the step-by-step guide uses a service. The guide's composer (src/lib/guide/decide.ts) reads
 * these fields with `coverage` and `situations`; it never names a service.
 */
export const guideUseSchema = z
  .object({
    /** Place in the guide's lists of services: lower comes first. No two services share one. */
    rank: z.number().int().positive(),
    /**
     * When the guide's "Where to get help" lists it: for `everyone`, wherever they live; for everyone
     * living in a nation it `covers`; or, for people in a nation it covers, only when the answers
     * point to one of its situations (`situations`: a partner or family member -> `domestic-abuse`,
     * something online -> `image-abuse`). Left out: the guide does not list it there.
     */
    listed: z.enum(['everyone', 'covers', 'situations']).optional(),
    /**
     * True when the guide offers it as a call button wherever the guide names one of its situations:
     * the next steps ("call 999" -> `danger-now`, "report" -> `report`, "call the helpline" ->
     * `stalking-advice`) and what to do about a broken order (`danger-now`, `report`).
     */
    callButton: z.boolean().optional(),
  })
  .strict();
/** How the guide uses a service, checked. */
export type GuideUse = z.output<typeof guideUseSchema>;

/** One support service. Checked when the site is built: a wrong field stops the build, naming it. */
export const supportServiceSchema = z
  .object({
    /** Stable id used by pages and the guide to refer to the service, and the key of its words. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Main phone number, if it has one. */
    phone: phoneNumberSchema.optional(),
    /**
     * Other ways to get in touch, each of a different kind (its words, the label the card shows and
     * any detail, are keyed by the kind in the words files).
     */
    otherContact: z
      .array(
        z
          .object({ kind: z.enum(contactKinds), phone: phoneNumberSchema.optional() })
          .strict()
          .refine((c) => kindsWithNumber.includes(c.kind) === (c.phone !== undefined), {
            message: 'a phone, sms or textphone contact needs a number, and only those have one',
          }),
      )
      .refine((contacts) => new Set(contacts.map((c) => c.kind)).size === contacts.length, { message: 'two contacts of the same kind: their words could not be told apart' })
      .optional(),
    /** When it is open. */
    hours: openingHoursSchema,
    /**
     * Where its hours (and the note on how sure they are) are shown: `every-list`, or only on its
     * own card on the getting-help page (`service-card-only`), for lines always answered where hours
     * would only distract from the number (999, 101).
     */
    hoursShown: z.enum(['every-list', 'service-card-only']),
    /** The service's own web address. */
    website: z.url().optional(),
    /** The nations it serves. A card says "For people in …" when England is not one of them. */
    coverage: z.array(z.enum(nations)).min(1),
    /** Who it is for. */
    audience: z.array(z.enum(serviceAudiences)).min(1),
    /** The situations it fits (see serviceSituations). */
    situations: z.array(z.enum(serviceSituations)).min(1),
    /** How the step-by-step guide lists it or offers it as a call button; left out: the guide never shows it. */
    guide: guideUseSchema.optional(),
    /** Date this entry was last checked against the project's fact sheet (ISO date). */
    verifiedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Where the details come from: the maintainers' note of the sources (not shown on the site). */
    source: z.string().min(1),
    /**
     * How sure the opening hours are, where they come from an older or dated source: the year
     * ("2020") or ISO date they were last confirmed, and the kind of source. The card and the guide
     * show it once, as "Hours last confirmed: 21 April 2023, from …" (see hoursConfirmation in
     * src/lib/opening-hours.ts). Services whose hours are unknown need none: they say "not yet confirmed".
     * `sourceKind` is the maintainers' note of the kind of source (not shown on the site).
     */
    hoursLastConfirmed: z.object({ when: z.string().min(4), sourceKind: z.string().min(1) }).strict().optional(),
  })
  .strict();

/** One support service, as the record's entries are written. */
export type SupportServiceInput = z.input<typeof supportServiceSchema>;
/** One support service, checked. */
export type SupportService = z.output<typeof supportServiceSchema>;

/** Date the entries below were last checked against the fact sheet. */
const CHECKED = '2026-11-28';
/** Date of the legal review that corrected an entry (Victim Support Scotland's number). */
const CORRECTED = '2026-12-01';
/** Date of the December legal review (issue 23) that corrected or added an entry (fact sheet 13c, 13d-C to 13d-E). */
const REVIEWED = '2026-12-07';

const weekdays = (opens: string, closes: string): Partial<Record<Weekday, OpeningPeriod[]>> => ({
  mon: [{ opens, closes }],
  tue: [{ opens, closes }],
  wed: [{ opens, closes }],
  thu: [{ opens, closes }],
  fri: [{ opens, closes }],
});

/** Every service the site names, in the order the "Getting help" page lists them. */
export const supportServices = [
  {
    id: 'emergency',
    phone: { display: '999', e164: '999' },
    otherContact: [
      { kind: 'silent-call' },
      { kind: 'sms', phone: { display: '999', e164: '999' } },
      { kind: 'textphone', phone: { display: '18000', e164: '18000' } },
    ],
    hours: { kind: 'always', timeZone: 'Europe/London' },
    coverage: UK,
    audience: EVERYONE,
    situations: ['danger-now'],
    hoursShown: 'service-card-only',
    guide: { rank: 1, callButton: true },
    verifiedOn: CHECKED,
    source: 'IOPC "Make Yourself Heard" (2019); Yorkshire Ambulance Service, emergencySMS',
  },
  {
    id: 'police-non-emergency',
    phone: { display: '101', e164: '101' },
    otherContact: [{ kind: 'textphone', phone: { display: '18001 101', e164: '18001101' } }],
    hours: { kind: 'always', timeZone: 'Europe/London' },
    coverage: ENGLAND_AND_WALES,
    audience: EVERYONE,
    situations: ['report'],
    hoursShown: 'service-card-only',
    guide: { rank: 2, callButton: true },
    verifiedOn: CHECKED,
    source: 'UK Says No More; Cambridgeshire and West Yorkshire Police accessibility pages',
  },
  {
    id: 'national-stalking-helpline',
    phone: { display: '0808 802 0300', e164: '+448088020300' },
    otherContact: [{ kind: 'advice' }],
    hours: {
      kind: 'weekly',
      timeZone: 'Europe/London',
      days: { ...weekdays('09:30', '16:00'), wed: [{ opens: '13:00', closes: '16:00' }] },
      closedOnBankHolidays: true,
    },
    website: 'https://www.suzylamplugh.org/',
    coverage: UK,
    audience: EVERYONE,
    situations: ['stalking-advice'],
    hoursShown: 'every-list',
    guide: { rank: 3, listed: 'everyone', callButton: true },
    verifiedOn: REVIEWED,
    source: 'All Wales School Liaison Core Programme news, National Stalking Awareness Week (21 April 2023); Alice Ruggles Trust; Suzy Lamplugh Trust',
    hoursLastConfirmed: { when: '2023-04-21', sourceKind: 'a Welsh police schools programme’s news page' },
  },
  {
    id: 'paladin',
    phone: { display: '020 3866 4107', e164: '+442038664107' },
    hours: { kind: 'unknown' },
    website: 'https://paladinservice.co.uk/',
    coverage: ENGLAND_AND_WALES,
    audience: EVERYONE,
    situations: ['high-risk-advocacy'],
    hoursShown: 'every-list',
    guide: { rank: 4, listed: 'covers' },
    verifiedOn: REVIEWED,
    source: 'Arun District Council; Paladin, guidance for professionals; Alice Ruggles Trust',
  },
  {
    id: 'protection-against-stalking',
    otherContact: [{ kind: 'web-form' }],
    hours: { kind: 'unknown' },
    website: 'http://www.protectionagainststalking.org/',
    coverage: UK,
    audience: ['victim'],
    situations: ['stalking-advice'],
    hoursShown: 'every-list',
    verifiedOn: CHECKED,
    source: 'Protection Against Stalking',
  },
  {
    id: 'victim-support',
    phone: { display: '08 08 16 89 111', e164: '+448081689111' },
    hours: { kind: 'always', timeZone: 'Europe/London' },
    website: 'https://www.victimsupport.org.uk/',
    coverage: ENGLAND_AND_WALES,
    audience: ['victim', 'supporter'],
    situations: ['crime-support', 'helpline-closed'],
    hoursShown: 'every-list',
    guide: { rank: 5, listed: 'covers' },
    verifiedOn: CHECKED,
    source: 'Victim Support (2020); askthe.police.uk',
    hoursLastConfirmed: { when: '2020', sourceKind: 'Victim Support’s own website' },
  },
  {
    id: 'national-domestic-abuse-helpline',
    phone: { display: '0808 2000 247', e164: '+448082000247' },
    hours: { kind: 'always', timeZone: 'Europe/London' },
    website: 'https://www.refuge.org.uk/',
    coverage: ENGLAND_AND_WALES,
    audience: EVERYONE,
    situations: ['domestic-abuse', 'helpline-closed'],
    hoursShown: 'every-list',
    guide: { rank: 6, listed: 'situations' },
    verifiedOn: REVIEWED,
    source: 'Refuge (2020); The Telegraph, inside Refuge’s helpline (28 December 2020)',
  },
  {
    id: 'mens-advice-line',
    phone: { display: '0808 801 0327', e164: '+448088010327' },
    hours: { kind: 'unknown' },
    coverage: UK,
    audience: EVERYONE,
    situations: ['domestic-abuse'],
    hoursShown: 'every-list',
    guide: { rank: 12, listed: 'situations' },
    verifiedOn: REVIEWED,
    source: 'Home Office news via Wired-Gov (29 April 2010); Men’s Advice Line leaflet',
  },
  {
    id: 'galop',
    phone: { display: '0800 999 5428', e164: '+448009995428' },
    otherContact: [{ kind: 'email' }],
    hours: {
      kind: 'weekly',
      timeZone: 'Europe/London',
      days: { ...weekdays('10:00', '20:30'), fri: [{ opens: '10:00', closes: '16:30' }] },
      closedOnBankHolidays: false,
    },
    coverage: ENGLAND_AND_WALES,
    audience: EVERYONE,
    situations: ['domestic-abuse'],
    hoursShown: 'every-list',
    guide: { rank: 13, listed: 'situations' },
    verifiedOn: REVIEWED,
    source: 'Hits Radio news, new LGBT+ abuse helpline (last updated 2 February 2023)',
    hoursLastConfirmed: { when: '2023-02-02', sourceKind: 'a radio news page' },
  },
  {
    id: 'live-fear-free',
    phone: { display: '0808 80 10 800', e164: '+448088010800' },
    otherContact: [{ kind: 'sms', phone: { display: '07860 077333', e164: '+447860077333' } }],
    hours: { kind: 'always', timeZone: 'Europe/London' },
    website: 'https://www.gov.wales/live-fear-free',
    coverage: ['wales'],
    audience: EVERYONE,
    situations: ['domestic-abuse', 'helpline-closed'],
    hoursShown: 'every-list',
    guide: { rank: 7, listed: 'covers' },
    verifiedOn: CHECKED,
    source: 'Welsh Government; Welsh Women’s Aid',
  },
  {
    id: 'crimestoppers',
    phone: { display: '0800 555 111', e164: '+44800555111' },
    otherContact: [{ kind: 'web-form' }],
    hours: { kind: 'always', timeZone: 'Europe/London' },
    website: 'https://crimestoppers-uk.org/',
    coverage: UK,
    audience: EVERYONE,
    situations: ['anonymous-report'],
    hoursShown: 'every-list',
    verifiedOn: CHECKED,
    source: 'Crimestoppers',
  },
  {
    id: 'revenge-porn-helpline',
    phone: { display: '0345 6000 459', e164: '+443456000459' },
    hours: {
      kind: 'weekly',
      timeZone: 'Europe/London',
      days: weekdays('10:00', '16:00'),
      closedOnBankHolidays: true,
    },
    website: 'https://revengepornhelpline.org.uk/',
    coverage: UK,
    audience: ['victim', 'supporter'],
    situations: ['image-abuse'],
    hoursShown: 'every-list',
    guide: { rank: 8, listed: 'situations' },
    verifiedOn: CHECKED,
    source: 'SWGfL; Revenge Porn Helpline',
  },
  {
    id: 'scotland-domestic-abuse-helpline',
    phone: { display: '0800 027 1234', e164: '+448000271234' },
    otherContact: [
      { kind: 'advice' },
      { kind: 'web-chat' },
    ],
    hours: { kind: 'always', timeZone: 'Europe/London' },
    website: 'https://sdafmh.org.uk/',
    coverage: ['scotland'],
    audience: EVERYONE,
    situations: ['domestic-abuse'],
    hoursShown: 'every-list',
    guide: { rank: 14, listed: 'covers' },
    verifiedOn: REVIEWED,
    source: 'safer.scot; Police Scotland; Citizens Advice Scotland; STV News',
  },
  {
    id: 'northern-ireland-domestic-sexual-abuse-helpline',
    phone: { display: '0808 802 1414', e164: '+448088021414' },
    otherContact: [{ kind: 'email' }],
    hours: { kind: 'always', timeZone: 'Europe/London' },
    coverage: ['northern-ireland'],
    audience: EVERYONE,
    situations: ['domestic-abuse'],
    hoursShown: 'every-list',
    guide: { rank: 15, listed: 'covers' },
    verifiedOn: REVIEWED,
    source: 'Victim Support NI; BBC News (16 January 2023); Business First, Nexus (4 April 2023)',
  },
  {
    id: 'victim-support-scotland',
    phone: { display: '0800 160 1985', e164: '+448001601985' },
    hours: { kind: 'unknown' },
    coverage: ['scotland'],
    audience: ['victim', 'supporter'],
    situations: ['crime-support'],
    hoursShown: 'every-list',
    guide: { rank: 9, listed: 'covers' },
    verifiedOn: CORRECTED,
    source: 'Martin Whitfield MSP, Victims Awareness Week (19 February 2024)',
  },
  {
    id: 'samaritans',
    phone: { display: '116 123', e164: '116123' },
    otherContact: [{ kind: 'email' }],
    hours: { kind: 'always', timeZone: 'Europe/London' },
    coverage: UK,
    audience: EVERYONE,
    situations: ['crisis'],
    hoursShown: 'every-list',
    verifiedOn: '2026-12-07',
    source: 'Samaritans, "Contact a Samaritan"; fact sheet section 13d-K',
  },
] as const satisfies readonly SupportServiceInput[];

/** Ids of the services in the record. */
export type SupportServiceId = (typeof supportServices)[number]['id'];

/**
 * The record, checked against the schema (a wrong field stops the build, naming the service and
 * the field), seen through the common shape so optional fields can be read on any service.
 */
export const serviceRecords: readonly (SupportService & { id: SupportServiceId })[] = supportServices.map((entry) => {
  const result = supportServiceSchema.safeParse(entry);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Support service "${entry.id}" in src/data/support-services.ts: ${problems}`);
  }
  return result.data as SupportService & { id: SupportServiceId };
});

/** Throws, naming both, when two services share a place in the guide's lists. */
export function checkGuideRanks(records: readonly Pick<SupportService, 'id' | 'guide'>[]): void {
  const seen = new Map<number, string>();
  for (const { id, guide } of records) {
    if (!guide) continue;
    const other = seen.get(guide.rank);
    if (other !== undefined) throw new Error(`Support services "${other}" and "${id}" in src/data/support-services.ts share guide rank ${guide.rank}`);
    seen.set(guide.rank, id);
  }
}
checkGuideRanks(serviceRecords);

/** Looks up a service by id; throws on an unknown id so a typo fails the build. */
export function getService(id: SupportServiceId): SupportService {
  const service = serviceRecords.find((s) => s.id === id);
  if (!service) throw new Error(`Unknown support service "${id}"`);
  return service;
}

/** Every `tel:` target the site may link to, for checks over the built pages. */
export function allTelTargets(): string[] {
  const targets = new Set<string>();
  for (const service of serviceRecords) {
    if (service.phone) targets.add(service.phone.e164);
    for (const other of service.otherContact ?? []) if (other.phone) targets.add(other.phone.e164);
  }
  return [...targets];
}
