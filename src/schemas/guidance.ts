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

/** The parts of the UK a page can be about. */
export const pageScopes = ['england-and-wales', 'scotland-and-northern-ireland'] as const;

// Their words (the contents page's topic headings, the tag under each page's H1 that says which
// law the page is about) are in the interface table: topic.* and scope.* in src/i18n/en.ts.

/**
 * Top-level names no public web site can have: single-label and special-use names (RFC 6761,
 * RFC 6762, RFC 8375) and the ones commonly used on private networks.
 */
const nonPublicSuffixes = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'test', 'invalid', 'example', 'home.arpa', 'onion'];

/** Why a source's web address is not one a reader can open on the public web, or undefined. */
export function nonPublicUrlReason(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be a full web address starting https://';
  }
  if (url.protocol !== 'https:') return 'must be an https:// web address';
  // The URL parser turns every IPv4 spelling (decimal, hex, octal) into dotted form.
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  if (/^\[.*\]$/.test(host) || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
    return `must name a public web site, not a bare IP address ("${host}")`;
  }
  const labels = host.split('.');
  if (labels.length < 2) return `must name a public web site, not "${host}"`;
  const suffix = nonPublicSuffixes.find((name) => host === name || host.endsWith(`.${name}`));
  if (suffix) return `must name a public web site, not a local or reserved name ("${host}")`;
  if (!/^[a-z]{2,63}$|^xn--[a-z0-9-]{1,59}$/.test(labels.at(-1)!)) return `must name a public web site ("${host}" has no real top-level domain)`;
  if (url.port) return `must not name a port (":${url.port}"): public sources use the standard https port`;
  if (url.username || url.password) return 'must not carry a user name or password';
  return undefined;
}

/** A source a page relies on, shown in its Sources list. */
export const sourceSchema = z.object({
  /** Name of the source as a reader would recognise it, e.g. "Stalking Protection Act 2019". */
  label: z.string().min(3),
  /**
   * Web address of the source: https, on a public web site (no localhost, private or reserved
   * names, bare IP addresses, ports or passwords), so every reader can open it safely.
   */
  url: z.string({ error: 'must be a web address starting https://' }).check((ctx) => {
    const reason = nonPublicUrlReason(ctx.value);
    if (reason) ctx.issues.push({ code: 'custom', message: reason, input: ctx.value });
  }),
  /** The exact part relied on, e.g. "section 2(1)" or "Section 1, Introduction". */
  pinpoint: z.string().min(2).optional(),
});

/** Today's date in London (the site's time zone) as "YYYY-MM-DD": the build date. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether "YYYY-MM-DD" names a day that exists (no 30 February, no month 13). */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written as a quoted ISO string, "2026-11-28", and kept as that string.
 * Rejects anything else with a message saying how to write it: an unquoted date (YAML turns
 * it into a date object, and quietly moves 2026-02-30 to 2 March), a number such as 2026,
 * "1 March", and days that do not exist.
 */
export const isoDateString = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'must be a date in quotes, like "2026-11-28" (without quotes YAML reads it as a date and can change it)'
        : 'must be a date written in quotes as "YYYY-MM-DD", like "2026-11-28"',
  })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as "YYYY-MM-DD", like "2026-11-28"', abort: true })
  .refine(isCalendarDate, { error: (issue) => `is not a real date: "${String(issue.input)}" does not exist`, abort: true });

/** A checked ISO date as a Date at midnight UTC, for layouts that format it. */
const asDate = (value: string) => new Date(`${value}T00:00:00Z`);

/** A Date made by asDate, back as "YYYY-MM-DD". */
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** The date two years after an ISO date, as a comparable "YYYY-MM-DD" string. */
function twoYearsAfter(value: string): string {
  return `${Number(value.slice(0, 4)) + 2}${value.slice(4)}`;
}

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
    /** When the page was last checked against the fact sheet; not after the build date. */
    lastReviewed: isoDateString
      .refine((value) => value <= londonToday(), {
        error: (issue) => `"${String(issue.input)}" is after today (${londonToday()}): a page cannot have been reviewed in the future`,
      })
      .transform(asDate),
    /** When the page must next be checked: after lastReviewed, and at most 2 years after it. */
    reviewDue: isoDateString.transform(asDate),
    /** Sources the page relies on; at least one. */
    sources: z.array(sourceSchema).min(1, { error: 'needs at least one source' }),
    /** Whether the page is included in site search. */
    search: z.boolean().default(true),
    /** Which law the page is about, shown as a tag under the H1; most pages are about England and Wales. */
    scope: z.enum(pageScopes).default('england-and-wales'),
    /** What has changed on the page, newest first; optional. Each entry needs a date and a sentence. */
    updates: z.array(pageUpdateSchema).min(1).optional(),
  })
  .refine((page) => (page.updates ?? []).every((u, i, all) => i === 0 || u.date <= all[i - 1]!.date), {
    path: ['updates'],
    error: 'list updates newest first',
  })
  .refine((page) => !(page.lastReviewed instanceof Date) || (page.updates ?? []).every((u) => u.date <= isoOf(page.lastReviewed)), {
    path: ['updates'],
    error: 'an update cannot be dated after lastReviewed: move lastReviewed to the day of the change',
  })
  .check((ctx) => {
    // Zod runs this even when a date field already failed: compare only two checked dates.
    if (!(ctx.value.lastReviewed instanceof Date && ctx.value.reviewDue instanceof Date)) return;
    const lastReviewed = isoOf(ctx.value.lastReviewed);
    const reviewDue = isoOf(ctx.value.reviewDue);
    if (reviewDue <= lastReviewed) {
      ctx.issues.push({ code: 'custom', path: ['reviewDue'], input: reviewDue, message: `"${reviewDue}" must be later than lastReviewed ("${lastReviewed}")` });
    } else if (reviewDue > twoYearsAfter(lastReviewed)) {
      ctx.issues.push({ code: 'custom', path: ['reviewDue'], input: reviewDue, message: `"${reviewDue}" is more than 2 years after lastReviewed ("${lastReviewed}"): review at least every 2 years` });
    }
  });

/** Parsed frontmatter of a guidance page. */
export type Guidance = z.infer<typeof guidanceSchema>;

/** Where the guidance collection's files are (src/content.config.ts loads them; tests list them). */
export const guidanceFiles = { pattern: '**/*.mdx', base: './src/content/guidance' } as const;

/**
 * A translated guidance page (issue 28, point 4): the English page's frontmatter fields in its own
 * language, plus which English page it translates (`translationKey`, the English slug) and which
 * version of it (`sourceVersion`: that page's newest lastReviewed or updates date when the translation
 * was made; an older one than the English page's shows the outdated notice). Its file name is its own
 * slug, in its language's words: src/content/translations/<locale>/guidance/<slug>.mdx.
 */
export const translatedGuidanceSchema = guidanceSchema.safeExtend({
  translationKey: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'the English page’s slug'),
  sourceVersion: isoDateString,
  /**
   * Who checked the translation against the law and the English page, reading the language, and when.
   * Without it the page says in one line that it is not checked yet (issue 29, point 8).
   */
  checkedBy: z.strictObject({ name: z.string().trim().min(1, 'the reviewer’s name or role'), date: isoDateString }).optional(),
});

/** Parsed frontmatter of a translated guidance page. */
export type TranslatedGuidance = z.infer<typeof translatedGuidanceSchema>;

/** Where the translations' files are: one folder per locale (src/content.config.ts loads them). */
export const translationFiles = { pattern: '*/guidance/*.mdx', base: './src/content/translations' } as const;
