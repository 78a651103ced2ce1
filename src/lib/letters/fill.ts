/**
 * Writes phone numbers from the services record ({phone:<id>}) and figures from
 * src/data/victims-rights.ts ({figure:<name>}) into the letter builder's words, so no number is
 * typed into them. No zod here: the step-by-step guide's lazily loaded letter builder uses it on
 * words that src/lib/letters/content.ts validates at build time (the make-a-letter page and the
 * unit tests load the same file through the strict schema).
 */
import { getService, type SupportServiceId } from '../../data/support-services';
import { victimsRightsFigures, type VictimsRightsFigure } from '../../data/victims-rights';
import { TOKEN } from './ids';

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

/** Every string in a value with its tokens filled, in a copy. */
export function deepFill<T>(value: T): T {
  if (typeof value === 'string') return fillTokens(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepFill(v)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepFill(v)])) as T;
  return value;
}
