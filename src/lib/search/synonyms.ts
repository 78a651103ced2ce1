import { z } from 'astro/zod';
import { normaliseQuery } from './normalise';

/** One reviewed mapping from the words people type to the words this site uses. */
export const synonymEntrySchema = z
  .object({
    /** Everyday phrases, legal terms from other orders, and common misspellings people type. Written normalised (see normaliseQuery). */
    phrases: z.array(z.string().min(2).max(60)).min(1),
    /** What to search for instead: short runs of words that the right pages actually use. */
    searchFor: z.array(z.string().min(2).max(80)).min(1).max(4),
    /** Why this mapping exists, for the reviewer (never shown to readers). */
    why: z.string().min(10),
  })
  .strict()
  .superRefine((entry, ctx) => {
    entry.phrases.forEach((phrase, i) => {
      if (normaliseQuery(phrase) !== phrase) {
        ctx.addIssue({
          code: 'custom',
          path: ['phrases', i],
          message: `phrase "${phrase}" must be written normalised, as "${normaliseQuery(phrase)}"`,
        });
      }
    });
    if (new Set(entry.phrases).size !== entry.phrases.length) {
      ctx.addIssue({ code: 'custom', path: ['phrases'], message: 'a phrase is listed twice' });
    }
    entry.searchFor.forEach((term, i) => {
      if (normaliseQuery(term) === '') {
        ctx.addIssue({ code: 'custom', path: ['searchFor', i], message: 'search term has no words' });
      }
    });
  });

/** The whole reviewed synonyms file. */
export const synonymsFileSchema = z
  .object({
    /** Date a person last reviewed every entry (YYYY-MM-DD). */
    reviewed: z.iso.date(),
    /** The mappings. */
    entries: z.array(synonymEntrySchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.entries.forEach((entry, i) => {
      entry.phrases.forEach((phrase, j) => {
        const first = seen.get(phrase);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, 'phrases', j],
            message: `phrase "${phrase}" is already in entry ${first}; one phrase belongs to one entry`,
          });
        } else seen.set(phrase, i);
      });
    });
  });
