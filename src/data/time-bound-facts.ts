/**
 * Facts that go stale: each time-bound fact the site shows from src/data (a pilot with an end date,
 * an "as at" figure, opening hours with the date they were confirmed, a Bill that is not yet law, an
 * expected commencement) with the date it was last confirmed (`asAt`) and, where the arrangement
 * ends, the day it ends (`until`). Checked by zod when the module loads: a wrong entry stops the
 * build, naming the fact and the field.
 *
 * Which pages show which fact: each fact names the handles through which it reaches a page
 * (`shownBy`): a figure (`figure:dapoPilotDueToEnd`), a service (`service:galop`), a not-yet-confirmed
 * point (`point:dapo-after-pilot`), a protective order (`order:dvpn-dvpo`) or a whole record
 * (`record:police-forces`). The build (src/integrations/fact-dates.mjs) reads every guidance page for
 * the handles it uses, and fails when a page reviewed after a fact's `until` shows that fact.
 * `npm run content-status` lists every fact and page from the same data.
 * Facts: ../shared/facts/spo-facts.md (13c, 13d).
 */
import { z } from 'astro/zod';
import { legalFigures, pageFigures } from './legal-figures';
import { otherOrderFigures, northernIrelandFigures, protectiveOrders, scotlandFigures } from './protective-orders';
import { policeForcesSource } from './police-forces';
import { serviceRecords } from './support-services';
import { recordWords } from './record-words';
import { unconfirmedPoints } from './unconfirmed-points';
import { victimsRightsFigures } from './victims-rights';
import { outOfHoursOptions } from '../lib/help-strip';

/** A year ("2020"), a month ("2024-12") or a day ("2026-03-31"): as precisely as the source dates it. */
const asAtDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a year, "YYYY-MM" or "YYYY-MM-DD"');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date "YYYY-MM-DD"');
const handle = z.string().regex(/^(?:figure|service|point|order|record):[A-Za-z0-9-]+$/, 'a handle such as "figure:dapoPilotDueToEnd" or "service:galop"');

/** One time-bound fact. */
export const timeBoundFactSchema = z
  .object({
    /** Stable kebab-case id, named by the build's error and by content-status. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case'),
    /** What the fact says, in a few words, for the maintainer. */
    label: z.string().min(5),
    /** When a source last confirmed it (the newest dated source). */
    asAt: asAtDate,
    /** The last day it holds, where the arrangement has an end (a pilot's end date, say). */
    until: isoDay.optional(),
    /** Where it was confirmed. */
    source: z.string().min(3),
    /** The handles through which it reaches a page; at least one. */
    shownBy: z.array(handle).min(1),
  })
  .strict()
  .refine((fact) => fact.until === undefined || fact.until >= fact.asAt, { path: ['until'], error: 'until cannot be before asAt' });

/** One time-bound fact, as written. */
export type TimeBoundFactInput = z.input<typeof timeBoundFactSchema>;
/** One time-bound fact, checked. */
export type TimeBoundFact = z.output<typeof timeBoundFactSchema>;

/** Checks facts against the schema, throwing with the fact's id and the field on the first wrong one, and refusing duplicate ids. */
export function checkedFacts(entries: readonly TimeBoundFactInput[], file = 'src/data/time-bound-facts.ts'): TimeBoundFact[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    const result = timeBoundFactSchema.safeParse(entry);
    const id = typeof entry?.id === 'string' ? entry.id : '(no id)';
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join('.') || '(fact)'}: ${i.message}`).join('; ');
      throw new Error(`Time-bound fact "${id}" in ${file}: ${problems}`);
    }
    if (seen.has(result.data.id)) throw new Error(`Time-bound fact "${id}" in ${file}: the id is used twice`);
    seen.add(result.data.id);
    return result.data;
  });
}

/** Every handle the data offers, so a fact cannot name one that no page could use. */
export const knownHandles: ReadonlySet<string> = new Set([
  ...[legalFigures, pageFigures, otherOrderFigures, northernIrelandFigures, scotlandFigures, victimsRightsFigures].flatMap((o) =>
    Object.keys(o).map((k) => `figure:${k}`),
  ),
  ...serviceRecords.map((s) => `service:${s.id}`),
  ...Object.keys(unconfirmedPoints).map((k) => `point:${k}`),
  ...protectiveOrders.map((o) => `order:${o.id}`),
  'record:police-forces',
]);

/**
 * What every page shows whatever its content: the help strip (999, the National Stalking Helpline and
 * its hours, the services open when it is closed) and the search panel (the helpline again).
 */
export const siteWideHandles: readonly string[] = (() => {
  const { everywhere, wales } = outOfHoursOptions(serviceRecords);
  return ['service:emergency', 'service:national-stalking-helpline', `service:${everywhere.id}`, ...(wales ? [`service:${wales.id}`] : [])];
})();

/** The records' English words: this list is the maintainers' report (npm run content-status), in English. */
const englishWords = recordWords('en-GB');

/** Opening hours confirmed by a dated source: one fact per service, from the services record itself. */
const serviceHours: TimeBoundFactInput[] = serviceRecords.flatMap((s) =>
  s.hoursLastConfirmed && s.hours.kind !== 'unknown'
    ? [
        {
          id: `hours-${s.id}`,
          label: `${englishWords['support-services'][s.id]!.name}: opening hours`,
          asAt: s.hoursLastConfirmed.when,
          source: s.source,
          shownBy: [`service:${s.id}`],
        },
      ]
    : [],
);

/** The facts written here (the services' hours come from their own record, above). */
const writtenFacts: TimeBoundFactInput[] = [
  {
    id: 'dapo-pilot',
    label: 'The Domestic Abuse Protection Order pilot was due to end on this date; what followed is not confirmed',
    asAt: '2025-11-24',
    source: 'SI 2025/1222, summarised by Legislation Tracker (24 November 2025); fact sheet 13c, 13d-G',
    shownBy: [
      'figure:dapoPilotDueToEnd',
      'figure:dapoPilotFrom',
      'figure:dapoClevelandFrom',
      'figure:dapoNorthWalesFrom',
      'point:dapo-after-pilot',
      'order:domestic-abuse-protection-order',
    ],
  },
  {
    id: 'magistrates-limit',
    label: 'A magistrates’ court can give up to 12 months for breaking an order',
    asAt: legalFigures.magistratesLimitFrom,
    source: 'SI 2024/1067; PNLD legal update (18 November 2024)',
    shownBy: ['figure:breachMaxMonthsMagistrates', 'figure:magistratesLimitFrom'],
  },
  {
    id: 'courts-bill',
    label: 'The Courts and Tribunals Bill is a proposal, not law',
    asAt: pageFigures.courtsBillReportStage,
    source: 'Courts and Tribunals Bill amendment paper, Commons report stage (29 April 2026)',
    shownBy: ['figure:courtsBillIntroduced', 'figure:courtsBillReportStage', 'figure:courtsBillEarliestStart', 'point:courts-bill-spo-appeals'],
  },
  {
    id: 'crime-and-policing-act-stalking',
    label: 'The Crime and Policing Act 2026’s stalking measures: whether in force is not confirmed',
    asAt: legalFigures.crimeAndPolicingActFirstCommencement,
    source: 'Home Office circular 004/2026 (29 June 2026); Legislation Tracker (June 2026)',
    shownBy: ['figure:crimeAndPolicingActAssent', 'figure:crimeAndPolicingActFirstCommencement', 'point:crime-and-policing-act-stalking'],
  },
  {
    id: 'new-victims-code',
    label: 'A new Victims’ Code is not yet in force; the duty to follow the current one applies',
    asAt: '2026-06-01',
    source: 'Ministry of Justice written answer (1 June 2026); SI 2025/95',
    shownBy: ['figure:victimsCodeDutyFrom', 'figure:victimsCodeConsultationClosed'],
  },
  {
    id: 'sentencing-act-presumption',
    label: 'Short sentences are usually suspended, except for breaking a court order',
    asAt: pageFigures.sentencingActSuspendFrom,
    source: 'Sentencing Act 2026 s.1, revised text to 22 March 2026',
    shownBy: ['figure:sentencingActSuspendFrom', 'figure:sentencingActSuspendMaxMonths', 'figure:sentencingActAssent'],
  },
  {
    id: 'statutory-guidance-edition',
    label: 'The newest edition of the police statutory guidance found',
    asAt: legalFigures.statutoryGuidanceUpdated,
    source: 'GOV.UK, Stalking Protection Orders statutory guidance, page updated 10 May 2024',
    shownBy: ['figure:statutoryGuidanceUpdated', 'figure:statutoryGuidanceEdition'],
  },
  {
    id: 'stalking-law-review',
    label: 'The government’s review of stalking law: no result published',
    asAt: '2025',
    source: 'Home Office written answer (2025)',
    shownBy: ['figure:stalkingLawReviewAnnounced'],
  },
  {
    id: 'police-forces-list',
    label: 'The list of police forces and their websites',
    asAt: policeForcesSource.checkedOn,
    source: englishWords['police-forces'].source.label,
    shownBy: ['record:police-forces'],
  },
];

/** Every time-bound fact, checked; importing this module throws if one is wrong or names an unknown handle. */
export const timeBoundFacts: readonly TimeBoundFact[] = (() => {
  const facts = checkedFacts([...writtenFacts, ...serviceHours]);
  for (const fact of facts) {
    for (const h of fact.shownBy) {
      if (!knownHandles.has(h)) throw new Error(`Time-bound fact "${fact.id}" in src/data/time-bound-facts.ts: shownBy names "${h}", which no record offers`);
    }
  }
  return facts;
})();
