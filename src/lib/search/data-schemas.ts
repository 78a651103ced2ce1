/**
 * Schemas of the reviewed search data files other than synonyms (see synonyms.ts): the danger
 * rules with the phrases that must and must not trigger them, and the intents. The build parses
 * every search data file with parseSearchFile (src/pages/search.astro), so a mistake fails it with
 * a message naming the file and the field. The browser gets only the data, never these schemas.
 */
import { z } from 'astro/zod';
import { normaliseQuery } from './normalise';

/** A list of phrases, each written normalised (see normaliseQuery), none twice. */
const phraseList = (min: number) =>
  z
    .array(z.string().min(1).max(60))
    .min(min)
    .superRefine((phrases, ctx) => {
      phrases.forEach((phrase, i) => {
        if (normaliseQuery(phrase) !== phrase) {
          ctx.addIssue({ code: 'custom', path: [i], message: `phrase "${phrase}" must be written normalised, as "${normaliseQuery(phrase)}"` });
        }
      });
      const seen = new Set<string>();
      phrases.forEach((phrase, i) => {
        if (seen.has(phrase)) ctx.addIssue({ code: 'custom', path: [i], message: `phrase "${phrase}" is listed twice` });
        seen.add(phrase);
      });
    });

/**
 * Adds an issue for every phrase that an earlier list of `lists` already holds: one phrase, one
 * place. `where(i, j)` is the path of phrase j of list i; `owner(i)` names list i in the message.
 */
function noPhraseTwice(ctx: z.RefinementCtx, lists: readonly (readonly string[])[], where: (i: number, j: number) => PropertyKey[], owner: (i: number) => string): void {
  const first = new Map<string, number>();
  lists.forEach((phrases, i) => {
    phrases.forEach((phrase, j) => {
      const earlier = first.get(phrase);
      if (earlier === undefined) first.set(phrase, i);
      else if (earlier !== i) ctx.addIssue({ code: 'custom', path: where(i, j), message: `phrase "${phrase}" is already in ${owner(earlier)}` });
    });
  });
}

/**
 * The test lists of the danger and crisis files: no query twice, nor on both lists. (Rules may
 * share phrases: the same words can read as danger with different other words.)
 */
function checkTestLists(file: { mustTrigger: readonly string[]; mustNotTrigger: readonly string[] }, ctx: z.RefinementCtx): void {
  const lists = { mustTrigger: file.mustTrigger, mustNotTrigger: file.mustNotTrigger };
  const names = Object.keys(lists) as (keyof typeof lists)[];
  noPhraseTwice(ctx, names.map((name) => lists[name]), (i, j) => [names[i]!, j], (i) => names[i]!);
  for (const name of names) {
    lists[name].forEach((query, j) => {
      if (lists[name].indexOf(query) < j) ctx.addIssue({ code: 'custom', path: [name, j], message: `query "${query}" is listed twice` });
    });
  }
}

/** A path of a Zod issue as a reader writes it: intents[3].phrases[0]. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '') || '(the whole file)';
}

/**
 * Parses a reviewed search data file, or throws an error naming the file and, for each problem,
 * the field and what is wrong with it (one line each), rather than Zod's own dump.
 */
export function parseSearchFile<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${fieldName(issue.path)}: ${issue.message}`);
  throw new Error(`${file} is not valid:\n${lines.join('\n')}`);
}

/** One rule for words that read as immediate danger (see danger.ts). */
export const dangerRuleSchema = z
  .object({
    /** Why this rule exists, for the reviewer (never shown to readers). */
    why: z.string().min(10),
    /** A query containing one of these (as whole words) meets the rule… */
    phrases: phraseList(1),
    /** …when it also contains one of these; empty: the phrase is enough. */
    alsoOneOf: phraseList(0),
    /** A query that is exactly one of these meets the rule. */
    wholeQuery: phraseList(0),
    /** A query containing one of these never meets this rule. */
    except: phraseList(0),
  })
  .strict();

/** A site path ending in "/", with "#section-id" when one section is meant. */
const sitePath = z.string().regex(/^\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, 'a site path such as /getting-help/ or /getting-help/#the-police');

/** The danger rules and their test lists. */
export const dangerFileSchema = z
  .object({
    /** Date a person last reviewed the rules and both lists (YYYY-MM-DD). */
    reviewed: z.iso.date(),
    /** The page shown first under the 999 panel, and the words that make Pagefind return it. */
    answer: z
      .object({
        page: sitePath,
        searchFor: z.string().min(2).max(80),
        /** Why, for the reviewer. */
        why: z.string().min(10),
      })
      .strict(),
    rules: z.array(dangerRuleSchema).min(1),
    /** Queries that must show the 999 panel (checked by test/unit/search-danger.test.ts). */
    mustTrigger: z.array(z.string().min(1)).min(20),
    /** Queries that must not show it. */
    mustNotTrigger: z.array(z.string().min(1)).min(10),
  })
  .strict()
  .superRefine(checkTestLists);

/**
 * The crisis rules (thoughts of suicide or self-harm): the same kind of rule as danger's, with the
 * id of the service the crisis panel offers (a record with the "crisis" situation) and test lists.
 */
export const crisisFileSchema = z
  .object({
    /** Date a person last reviewed the rules and both lists (YYYY-MM-DD). */
    reviewed: z.iso.date(),
    /** The services record's id of the line the panel offers (Samaritans). */
    service: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The page shown first under the crisis panel, and the words that make Pagefind return it. */
    answer: z.object({ page: sitePath, searchFor: z.string().min(2).max(80), why: z.string().min(10) }).strict(),
    rules: z.array(dangerRuleSchema).min(1),
    /** Queries that must show the crisis panel (checked by test/unit/search-danger.test.ts). */
    mustTrigger: z.array(z.string().min(1)).min(20),
    /** Queries that must not show it. */
    mustNotTrigger: z.array(z.string().min(1)).min(10),
  })
  .strict()
  .superRefine(checkTestLists);

/** One intent (see intents.ts). */
export const intentSchema = z
  .object({
    /** Everyday questions this page answers, normalised. */
    phrases: phraseList(1),
    /** When given, a query must contain one of these as well as one of the phrases (a situation in two parts). */
    alsoOneOf: phraseList(1).optional(),
    /** Queries containing one of these do not call on the intent. */
    except: phraseList(0),
    /** The page that answers: a site path ending in "/", with "#section-id" when one section answers. */
    page: sitePath,
    /** Words that make Pagefind return that page. */
    searchFor: z.string().min(2).max(80),
    /** Why, for the reviewer; says which page to retarget to when a better one is written. */
    why: z.string().min(10),
  })
  .strict();

/** The intents file. */
export const intentsFileSchema = z
  .object({
    /** Date a person last reviewed every entry (YYYY-MM-DD). */
    reviewed: z.iso.date(),
    /** Phrases that make a query about the site itself, so its own pages are not sent below guidance. */
    siteWords: phraseList(1),
    intents: z.array(intentSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    noPhraseTwice(ctx, file.intents.map((intent) => intent.phrases), (i, j) => ['intents', i, 'phrases', j], (i) => `intent ${i}`);
  });
