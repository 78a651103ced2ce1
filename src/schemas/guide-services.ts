/**
 * The shape of the services file the guide's island fetches with the result's words (src/lib/guide/services-file.ts):
 * for each service the page gave the island, what it is for, its hours in words, a note on how sure those hours
 * are, and its website. (Its weekly hours as data come with the page: checking their shape here would bring
 * more of zod into the result's chunk, about 2 KB gzip.) Strict: a field that is not one of these is an error. Which
 * services it must hold is checked against the page's own list when the two are joined (withDetails).
 */
import { z } from 'astro/zod';

export const serviceDetailsSchema = z.strictObject({
  id: z.string().min(1),
  purpose: z.string().min(1),
  hours: z.array(z.string().min(1)),
  caveat: z.string().min(1).optional(),
  website: z.string().regex(/^https:\/\//, 'an https address').optional(),
});

/** The file: each service's details with its id, in the page's order (a list, not a record: zod's record would add about 1 KB gzip to the chunk). */
export const serviceDetailsFileSchema = z.array(serviceDetailsSchema);
