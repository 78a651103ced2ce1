/**
 * Checks words fetched in the browser against their zod schema: the guide's result words
 * (src/lib/guide/island-words.ts) and the letter builder's words (./words-file.ts). Loaded with a
 * dynamic import, in a chunk of its own with zod and the schema, never with a page.
 *
 * Zod runs here without compiling code at run time (`jitless`): its fast path tries `new Function`,
 * which the site's Content Security Policy and Trusted Types refuse (and report as an error).
 */
import { z } from 'astro/zod';

/** Sets zod to run without compiling code; called once, as this module loads. */
export function withoutEval(): void {
  z.config({ jitless: true });
}
withoutEval();

/** What a check found: the value, when it has the schema's shape; else the first wrong field ("a.b.1: message", or the message alone for the value as a whole). */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Checks a value against a schema; the caller says what was checked in its own error. */
export function checkShape<T>(schema: z.ZodType<T>, value: unknown): Checked<T> {
  const checked = schema.safeParse(value);
  if (checked.success) return { ok: true, value: checked.data };
  const issue = checked.error.issues[0]!;
  return { ok: false, problem: issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message };
}
