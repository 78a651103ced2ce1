/**
 * The records' words, per locale. The records (support-services.ts, police-forces.ts,
 * protective-orders.ts) hold the facts: ids, phone numbers, hours, coverage, web addresses, dates,
 * groups. Their names, purposes, labels and sentences live in one folder per locale,
 * src/content/records/<locale>/, one JSON file per record, keyed by the record's own ids:
 *
 * - support-services.json: `{ "<service id>": { name, runBy?, purpose, contacts?: { "<contact kind>": { label, detail?: [sentences] } } } }`
 *   (a detail is a list of sentences: the card shows them all, the search's danger panel the first of 999's silent-call advice)
 * - police-forces.json: `{ "source": { label }, "forces": { "<force id>": { name, areas } } }`
 * - protective-orders.json: `{ "<order id>": { name, whoApplies, court, whenItFits, howLong, breaking } }`,
 *   whose `{name}` placeholders take the figures of `orderFigureNames` (amounts and dates in the page's words)
 *
 * Each file is checked against a strict schema built from the record's own id list: every id has its
 * words, no other id, every field (and a service's words for exactly its contacts). A wrong file stops the
 * build, naming the file, the id and the field. The pseudo-locale en-XA has no files: its words are the
 * English words pseudo-localised, so a pseudo build shows any record word that bypasses the locale.
 * Official names stay as each language has them (a force's name is its own; the Welsh forces' Welsh names
 * come with Welsh).
 *
 * Build time only: pages and components call `servicesIn(locale)`, `policeForcesIn(locale)`,
 * `protectiveOrdersIn(locale)` with `Astro.locals.locale`; islands get what they need as props.
 */
import { z } from 'astro/zod';
import { useStrings, type Locale } from '../i18n';
import { pseudoTemplate } from '../i18n/pseudo';
import { argumentsOf, messageFormatter, parseMessage } from '../i18n/messages';
import { figureWords, legalFigures, pageFigures } from './legal-figures';
import { serviceRecords, type SupportService, type SupportServiceId } from './support-services';
import { policeForces, policeForcesSource, type PoliceForce } from './police-forces';
import { orderColumns, otherOrderFigures, protectiveOrders, type ProtectiveOrder } from './protective-orders';
import enServices from '../content/records/en-GB/support-services.json';
import enForces from '../content/records/en-GB/police-forces.json';
import enOrders from '../content/records/en-GB/protective-orders.json';
import cyServices from '../content/records/cy/support-services.json';
import cyForces from '../content/records/cy/police-forces.json';
import cyOrders from '../content/records/cy/protective-orders.json';
import cyUnconfirmed from '../content/records/cy/unconfirmed-points.json';
import { unconfirmedPoints, type UnconfirmedPoint } from './unconfirmed-points';

/** Where a locale's words files live. */
export const recordWordsDir = (locale: Locale): string => `src/content/records/${locale}`;

/** The locales whose words are written in files; every other locale's are made from one of these. */
type FileLocale = Exclude<Locale, 'en-XA'>;

/** The locale the others are translated from: its optional words decide where theirs are due. */
const sourceLocale = 'en-GB' satisfies FileLocale;

/** Each written locale's files, as imported (checked below, when first asked for). */
const files = {
  'en-GB': { 'support-services': enServices, 'police-forces': enForces, 'protective-orders': enOrders },
  cy: { 'support-services': cyServices, 'police-forces': cyForces, 'protective-orders': cyOrders },
} satisfies Record<FileLocale, Record<RecordFile, unknown>>;

/** The records that have words files. */
export type RecordFile = 'support-services' | 'police-forces' | 'protective-orders';

const words = z.string().trim().min(1);

/**
 * A strict object with one entry per id, each checked by `entry(id)`: a missing id, an extra id or a
 * missing field is an issue whose path names the id and the field.
 */
export function keyedByIds<Id extends string, S extends z.ZodType>(ids: readonly Id[], entry: (id: Id) => S) {
  return z.strictObject(Object.fromEntries(ids.map((id) => [id, entry(id)])) as Record<Id, S>);
}

/**
 * Words that are optional in the source locale (English), and in another locale exactly where the
 * source has them: a translation may not leave out who runs a service or a contact's detail.
 */
const asInSource = <S extends z.ZodType>(schema: S, source: Record<string, unknown> | undefined, field: string) =>
  source === undefined ? schema.optional() : source[field] === undefined ? z.never({ error: `the English words have no ${field} here` }).optional() : schema;

/** The words of one service: those for its contacts exactly, by contact kind; `source`: the English words, for another locale. */
function serviceEntrySchema(service: SupportService, source?: ServiceWords) {
  const base = { name: words, runBy: asInSource(words, source as Record<string, unknown> | undefined, 'runBy'), purpose: words };
  const kinds = (service.otherContact ?? []).map((c) => c.kind);
  if (kinds.length === 0) return z.strictObject(base);
  const contact = (kind: string) => z.strictObject({ label: words, detail: asInSource(z.array(words).min(1), source?.contacts?.[kind], 'detail') });
  return z.strictObject({ ...base, contacts: keyedByIds(kinds, contact) });
}

/**
 * The schema of a locale's support-services.json, from the services record's ids and contacts. For a
 * locale other than English, `source` (the English words) says where `runBy` and a contact's `detail` are due.
 */
export const serviceWordsSchema = (records: readonly SupportService[] = serviceRecords, source?: Record<string, ServiceWords>) =>
  z.strictObject(Object.fromEntries(records.map((s) => [s.id, serviceEntrySchema(s, source?.[s.id])])) as Record<string, ReturnType<typeof serviceEntrySchema>>);

/** One service's words. */
export interface ServiceWords {
  name: string;
  runBy?: string | undefined;
  purpose: string;
  contacts?: Partial<Record<string, { label: string; detail?: string[] | undefined }>> | undefined;
}

/** A police-forces.json as checked. */
export interface ForceWordsFile {
  source: { label: string };
  forces: Record<string, { name: string; areas: string[] }>;
}

/**
 * The schema of a locale's police-forces.json, from the forces record's ids; names are unique within a
 * locale. For a locale other than English, `source` (the English file) gives each force's number of areas:
 * a translation names the same areas.
 */
export const forceWordsSchema = (records: readonly PoliceForce[] = policeForces, source?: ForceWordsFile) =>
  z
    .strictObject({
      /** The label of the link to where the list was checked. */
      source: z.strictObject({ label: words }),
      forces: keyedByIds(
        records.map((f) => f.id),
        (id) => {
          const areas = z.array(words.min(3)).min(1);
          const count = source?.forces[id]?.areas.length;
          return z.strictObject({ name: words.min(8), areas: count === undefined ? areas : areas.length(count, `the English words name ${count} areas here`) });
        },
      ),
    })
    .superRefine((file, ctx) => {
      const seen = new Map<string, string>();
      for (const [id, force] of Object.entries(file.forces)) {
        const other = seen.get(force.name);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: ['forces', id, 'name'], message: `"${force.name}" is also the name of "${other}"` });
        seen.set(force.name, id);
      }
    });

/** The figures a protective order's words may name as `{placeholder}`, each in the page's words (see orderFigures). */
export const orderFigureNames = [
  'youthCourtUnderAge',
  'minimumOrderYears',
  'breachMaxYearsCrownCourt',
  'restrainingOrderBreachMaxYears',
  'restrainingOrderAcquittalBreachMaxYears',
  'injunctionBreachMaxYears',
  'nonMolestationBreachMaxYears',
  'dapoBreachMaxYears',
  'dapoProtectedMinAge',
  'dapoPilotDueToEnd',
  'dvpoHearingHours',
  'dvpoDays',
] as const;

/** The order's fields that are words, in the comparison table's column order after its name. */
export const orderWordFields = ['name', ...orderColumns] as const;

/** The `{placeholders}` of a text, sorted. */
const placeholdersOf = (text: string): string[] => [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).sort();

/**
 * Words whose `{placeholders}` are all figures of orderFigureNames; in a locale other than English, the
 * same figures as the English words (`english`), so a translation cannot drop or swap a legal figure.
 */
const orderText = (english?: string) =>
  words.superRefine((text, ctx) => {
    for (const name of placeholdersOf(text)) {
      if (!(orderFigureNames as readonly string[]).includes(name)) {
        ctx.addIssue({ code: 'custom', message: `{${name}} is not a figure of the orders (src/data/record-words.ts, orderFigureNames)` });
      }
    }
    if (english !== undefined && placeholdersOf(text).join() !== placeholdersOf(english).join()) {
      ctx.addIssue({ code: 'custom', message: `the English words name the figures {${placeholdersOf(english).join('}, {')}}: name the same ones` });
    }
  });

/** One order's words as checked. */
export type OrderWords = Record<(typeof orderWordFields)[number], string>;

/**
 * The schema of a locale's protective-orders.json, from the orders record's ids. For a locale other
 * than English, `source` (the English file) says which figures each text names.
 */
export const orderWordsSchema = (records: readonly ProtectiveOrder[] = protectiveOrders, source?: Record<string, OrderWords>) =>
  keyedByIds(
    records.map((o) => o.id),
    (id) => z.strictObject(Object.fromEntries(orderWordFields.map((field) => [field, orderText(source?.[id]?.[field])])) as Record<(typeof orderWordFields)[number], ReturnType<typeof orderText>>),
  );

const schemas = { 'support-services': serviceWordsSchema, 'police-forces': forceWordsSchema, 'protective-orders': orderWordsSchema } as const;

/**
 * A words file checked against its schema; throws, naming the file, the id and the field of every
 * problem, as the id's path to the field: `… src/content/records/en-GB/support-services.json …: paladin.purpose: …`.
 */
export function checkWords<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(file)'}: ${issue.message}`);
  throw new Error(`Record words in ${file} do not match the record: ${problems.join('; ')}`);
}

/** Every string in a words value, pseudo-localised (placeholders kept); keys and anything else as they are. */
export function pseudoWords<T>(value: T): T {
  if (typeof value === 'string') return pseudoTemplate(value) as T;
  if (Array.isArray(value)) return value.map(pseudoWords) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoWords(v)])) as T;
  return value;
}

interface LocaleWords {
  'support-services': Record<string, ServiceWords>;
  'police-forces': ForceWordsFile;
  'protective-orders': Record<string, OrderWords>;
}

const checked = new Map<Locale, LocaleWords>();

/** A locale's words for every record, checked (en-XA: the English words, pseudo-localised). */
export function recordWords(locale: Locale): LocaleWords {
  const known = checked.get(locale);
  if (known) return known;
  const made: LocaleWords =
    locale === 'en-XA'
      ? pseudoWords(recordWords('en-GB'))
      : {
          'support-services': checkWords(
            schemas['support-services'](serviceRecords, locale === sourceLocale ? undefined : recordWords(sourceLocale)['support-services']),
            files[locale]['support-services'],
            `${recordWordsDir(locale)}/support-services.json`,
          ),
          'police-forces': checkWords(
            schemas['police-forces'](policeForces, locale === sourceLocale ? undefined : recordWords(sourceLocale)['police-forces']),
            files[locale]['police-forces'],
            `${recordWordsDir(locale)}/police-forces.json`,
          ),
          'protective-orders': checkWords(
            schemas['protective-orders'](protectiveOrders, locale === sourceLocale ? undefined : recordWords(sourceLocale)['protective-orders']),
            files[locale]['protective-orders'],
            `${recordWordsDir(locale)}/protective-orders.json`,
          ),
        };
  checked.set(locale, made);
  return made;
}

/** One service, its facts with its words in a locale: the shape pages and components render. */
export type LocalisedService = Omit<SupportService, 'id' | 'otherContact'> & { id: SupportServiceId } &
  Omit<ServiceWords, 'contacts'> & {
    otherContact?: (NonNullable<SupportService['otherContact']>[number] & { label: string; detail?: string[] | undefined })[] | undefined;
  };

const servicesCache = new Map<Locale, readonly LocalisedService[]>();

/** Every service in the record's order, with its words in `locale`. */
export function servicesIn(locale: Locale): readonly LocalisedService[] {
  const known = servicesCache.get(locale);
  if (known) return known;
  const all = recordWords(locale)['support-services'];
  const made = serviceRecords.map((service): LocalisedService => {
    const { contacts, ...rest } = all[service.id]!;
    const { otherContact, ...facts } = service;
    return {
      ...facts,
      ...rest,
      ...(otherContact ? { otherContact: otherContact.map((c) => ({ ...c, ...contacts![c.kind]! })) } : {}),
    };
  });
  servicesCache.set(locale, made);
  return made;
}

/** One service with its words in `locale`; throws on an unknown id. */
export function serviceIn(locale: Locale, id: SupportServiceId): LocalisedService {
  const service = servicesIn(locale).find((s) => s.id === id);
  if (!service) throw new Error(`Unknown support service "${id}"`);
  return service;
}

/** One police force, its facts with its words in a locale. */
export type LocalisedForce = PoliceForce & { name: string; areas: string[] };

/** Every police force in the record's order, with its words in `locale`, and the label of where the list was checked. */
export function policeForcesIn(locale: Locale): { forces: readonly LocalisedForce[]; source: typeof policeForcesSource & { label: string } } {
  const file = recordWords(locale)['police-forces'];
  return {
    forces: policeForces.map((force) => ({ ...force, ...file.forces[force.id]! })),
    source: { ...policeForcesSource, label: file.source.label },
  };
}

/** The figures a protective order's words name, in a locale's words ("two years", "24 November 2025"). */
export function orderFigures(locale: Locale): Record<(typeof orderFigureNames)[number], string | number> {
  const strings = useStrings(locale);
  const { amount, longDate } = figureWords(strings);
  const o = otherOrderFigures;
  return {
    youthCourtUnderAge: pageFigures.youthCourtUnderAge,
    minimumOrderYears: amount(legalFigures.minimumOrderYears, 'year'),
    breachMaxYearsCrownCourt: amount(legalFigures.breachMaxYearsCrownCourt, 'year'),
    restrainingOrderBreachMaxYears: amount(o.restrainingOrderBreachMaxYears, 'year'),
    restrainingOrderAcquittalBreachMaxYears: amount(o.restrainingOrderAcquittalBreachMaxYears, 'year'),
    injunctionBreachMaxYears: amount(o.injunctionBreachMaxYears, 'year'),
    nonMolestationBreachMaxYears: amount(o.nonMolestationBreachMaxYears, 'year'),
    dapoBreachMaxYears: amount(o.dapoBreachMaxYears, 'year'),
    dapoProtectedMinAge: o.dapoProtectedMinAge,
    dapoPilotDueToEnd: longDate(o.dapoPilotDueToEnd),
    dvpoHearingHours: strings.plural('figures.hours', o.dvpoHearingHours),
    dvpoDays: strings.plural('figures.dayRange', o.dvpoMaxDays, { from: o.dvpoMinDays, to: o.dvpoMaxDays }),
  };
}

/** One protective order, its facts with its words in a locale, figures filled in. */
export type LocalisedOrder = ProtectiveOrder & Record<(typeof orderWordFields)[number], string>;

/** Every protective order in the record's order, with its words in `locale`. */
export function protectiveOrdersIn(locale: Locale): readonly LocalisedOrder[] {
  const all = recordWords(locale)['protective-orders'];
  const values: Record<string, string | number> = orderFigures(locale);
  // Each cell is an ICU message whose arguments are figures' names: given the figures it names, so one it
  // does not know stops the build naming the file, the order and the field (src/i18n/messages.ts).
  const format = messageFormatter(useStrings(locale).dateLocale);
  const cell = (key: string, message: string) =>
    format(key, message, Object.fromEntries([...argumentsOf(parseMessage(key, message)).names].filter((name) => name in values).map((name) => [name, values[name]!])));
  return protectiveOrders.map((order) => {
    const entry = all[order.id]!;
    const filled = Object.fromEntries(
      orderWordFields.map((field) => [field, cell(`${recordWordsDir(locale)}/protective-orders.json: "${order.id}".${field}`, entry[field])]),
    ) as Record<(typeof orderWordFields)[number], string>;
    return { ...order, ...filled };
  });
}

/** Where another language's sentences for the legal points not yet confirmed live (English's: src/data/unconfirmed-points.ts). */
const unconfirmedFiles = { cy: cyUnconfirmed } satisfies Record<Exclude<FileLocale, 'en-GB'>, unknown>;

/**
 * The one calm sentence for each legal point not yet confirmed, in a locale (issue 29): English from
 * src/data/unconfirmed-points.ts, another language's from src/content/records/<locale>/unconfirmed-points.json,
 * checked to give exactly the points' ids, each one sentence; en-XA's are English's pseudo-localised.
 */
export function unconfirmedPointsIn(locale: Locale): Readonly<Record<UnconfirmedPoint, string>> {
  if (locale === sourceLocale) return unconfirmedPoints;
  if (locale === 'en-XA') return pseudoWords(unconfirmedPoints);
  const ids = Object.keys(unconfirmedPoints) as UnconfirmedPoint[];
  return checkWords(keyedByIds(ids, () => words), unconfirmedFiles[locale], `${recordWordsDir(locale)}/unconfirmed-points.json`);
}
