/**
 * The shape of the services file the guide's island fetches with the result's words (src/lib/guide/services-file.ts):
 * for each service the page gave the island, what it is for, its hours in words, a note on how sure those hours
 * are, its website, and its weekly hours as data. Strict: a field that is not one of these is an error. Which
 * services it must hold is checked against the page's own list when the two are joined (withDetails).
 */
import { z } from 'astro/zod';
import { openingHoursSchema } from './opening-hours';

export const serviceDetailsSchema = z.strictObject({
  purpose: z.string().min(1),
  hours: z.array(z.string().min(1)),
  caveat: z.string().min(1).optional(),
  website: z.string().regex(/^https:\/\//, 'an https address').optional(),
  opening: openingHoursSchema.optional(),
});

/** The file: each service's details by its id. */
export const serviceDetailsFileSchema = z.record(z.string(), serviceDetailsSchema);
