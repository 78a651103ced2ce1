import { z } from 'astro/zod';

/** Subjects a guidance page can belong to; the guide's contents page groups pages by these. */
export const guidanceTopics = [
  'stalking',
  'orders',
  'breach',
  'other-orders',
  'record',
  'help',
  'safety',
  'law',
  'site',
] as const;

/** Headings shown for each topic on the contents page, in display order. */
export const topicLabels: Record<(typeof guidanceTopics)[number], string> = {
  stalking: 'Understanding stalking',
  orders: 'Stalking Protection Orders',
  breach: 'When an order is broken',
  'other-orders': 'Other orders that can protect you',
  record: 'Keeping a record',
  help: 'Getting help',
  safety: 'Staying safe',
  law: 'The law and how it is changing',
  site: 'About this site',
};

/** The parts of the UK a page can be about. */
export const pageScopes = ['england-and-wales', 'scotland-and-northern-ireland'] as const;

/** The tag under each page's H1 that says which law the page is about. */
export const scopeLabels: Record<(typeof pageScopes)[number], string> = {
  'england-and-wales': 'Applies to England and Wales',
  'scotland-and-northern-ireland': 'About Scotland and Northern Ireland',
};

/** A source a page relies on, shown in its Sources list. */
export const sourceSchema = z.object({
  /** Name of the source as a reader would recognise it, e.g. "Stalking Protection Act 2019". */
  label: z.string().min(3),
  /** Web address of the source; must be https so readers are not sent to an insecure page. */
  url: z.url({ protocol: /^https$/, error: 'must be an https:// web address' }),
  /** The exact part relied on, e.g. "section 2(1)" or "Section 1, Introduction". */
  pinpoint: z.string().min(2).optional(),
});

/** ISO calendar date ("2026-11-28"), kept as a Date. */
const isoDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

/**
 * A real calendar date written as a quoted ISO string ("2026-12-01"), kept as a string.
 * "2026-02-30" and "1 December 2026" are rejected. (One place, so it can be unified with the
 * review dates' check.)
 */
export const isoDateString = z
  .string({ error: 'must be a date written as "YYYY-MM-DD" in quotes' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as "YYYY-MM-DD"' })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, {
    error: 'is not a real calendar date',
  });

/** One line of a page's change history, shown under "Updates to this page" (GOV.UK's convention). */
export const pageUpdateSchema = z.strictObject({
  /** The day the page changed. */
  date: isoDateString,
  /** What changed, in one plain sentence. */
  text: z.string().trim().min(10, { error: 'must say what changed, in one sentence' }).max(300),
});

/** Frontmatter every guidance page must have. Build fails, naming the file and field, if any is wrong. */
export const guidanceSchema = z
  .object({
    /** Page title: the H1 and the <title>. Describes the page; never personal. */
    title: z.string().min(3).max(90),
    /** One-sentence description for search results and the meta description. */
    description: z.string().min(20).max(200),
    /** What the page says, in up to three short bullets, shown first. */
    summary: z.array(z.string().min(10)).min(1).max(3),
    /** Subject the page belongs to, for grouping and search filters. */
    topic: z.enum(guidanceTopics),
    /** Who the page is mainly written for. */
    audience: z.enum(['victim', 'supporter', 'both']),
    /** Position within its topic on the contents page (lower comes first). */
    order: z.number().int().min(0),
    /** When the page was last checked against the fact sheet. */
    lastReviewed: isoDate,
    /** When the page must next be checked; must be after lastReviewed. */
    reviewDue: isoDate,
    /** Sources the page relies on; at least one. */
    sources: z.array(sourceSchema).min(1, { error: 'needs at least one source' }),
    /** Whether the page is included in site search. */
    search: z.boolean().default(true),
    /** Which law the page is about, shown as a tag under the H1; most pages are about England and Wales. */
    scope: z.enum(pageScopes).default('england-and-wales'),
    /** What has changed on the page, newest first; optional. Each entry needs a date and a sentence. */
    updates: z.array(pageUpdateSchema).min(1).optional(),
  })
  .refine((page) => page.reviewDue > page.lastReviewed, {
    path: ['reviewDue'],
    error: 'must be later than lastReviewed',
  })
  .refine((page) => (page.updates ?? []).every((u, i, all) => i === 0 || u.date <= all[i - 1]!.date), {
    path: ['updates'],
    error: 'list updates newest first',
  })
  .refine((page) => (page.updates ?? []).every((u) => new Date(`${u.date}T00:00:00Z`) <= page.lastReviewed), {
    path: ['updates'],
    error: 'an update cannot be dated after lastReviewed: move lastReviewed to the day of the change',
  });

/** Parsed frontmatter of a guidance page. */
export type Guidance = z.infer<typeof guidanceSchema>;
