/**
 * Opening hours as data (the services record, src/data/support-services.ts), so the site can list them and work
 * out "usually open now". A module of its own, with no records, so the guide's result can check the hours it
 * fetches (src/lib/guide/services-file.ts) without bringing the record into the browser.
 */
import { z } from 'astro/zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour "HH:MM" time');

/** One opening period within a day, in 24-hour "HH:MM" local time (Europe/London). */
const openingPeriodSchema = z.object({ opens: hhmm, closes: hhmm }).strict();
export type OpeningPeriod = z.output<typeof openingPeriodSchema>;

const dayPeriods = z.array(openingPeriodSchema).optional();

/** Opening hours as data, so the site can list them and work out "usually open now". */
export const openingHoursSchema = z.discriminatedUnion('kind', [
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
