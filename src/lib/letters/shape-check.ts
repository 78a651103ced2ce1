/**
 * Checks words fetched in the browser against their zod schema: the guide's result words
 * (src/lib/guide/island-words.ts) and the letter builder's words (./words-file.ts). Loaded with a
 * dynamic import, in a chunk of its own with zod and the schema, never with a page.
 *
 * Zod runs here without compiling code at run time (`jitless`): its fast path tries `new Function`,
 * which the site's Content Security Policy and Trusted Types refuse (and report as an error).
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

/** The value, when it has the schema's shape; otherwise throws, naming what was checked and the first wrong field. */
export function checkShape<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const checked = schema.safeParse(value);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0]!;
  throw new Error(`${what} do not match their schema: ${issue.path.join('.') || 'the file as a whole'}: ${issue.message}`);
}
