/**
 * Loads the letter builder's words at build time: validates them against the strict schema,
 * then writes in phone numbers from the services record ({phone:<id>}) and figures from
 * src/data/victims-rights.ts ({figure:<name>}), so no number is typed into the words.
 */
import { getService, type SupportServiceId } from '../../data/support-services';
import { victimsRightsFigures, type VictimsRightsFigure } from '../../data/victims-rights';
import { lettersContentSchema, TOKEN, type LettersContent } from '../../schemas/letters';

/** Replaces every {phone:…} and {figure:…} in one string; throws on an unknown id. */
export function fillTokens(text: string): string {
  return text.replace(TOKEN, (_m, kind: string, id: string) => {
    if (kind === 'phone') {
      const phone = getService(id as SupportServiceId).phone;
      if (!phone) throw new Error(`Service "${id}" has no phone number`);
      return phone.display;
    }
    if (!Object.hasOwn(victimsRightsFigures, id)) throw new Error(`Unknown figure "${id}"`);
    return String(victimsRightsFigures[id as VictimsRightsFigure]);
  });
}

function deepFill<T>(value: T): T {
  if (typeof value === 'string') return fillTokens(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepFill(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepFill(v)])) as T;
  return value;
}

/** Validated words with numbers filled in. Throws (failing the build) when anything is wrong or missing. */
export function loadLettersContent(raw: unknown): LettersContent {
  return deepFill(lettersContentSchema.parse(raw));
}
