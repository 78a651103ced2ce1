/**
 * Writes phone numbers ({phone:<service id>}) and figures from src/data/victims-rights.ts
 * ({figure:<name>}) into the letter builder's words, so no number is typed into them. The phone
 * numbers come from the caller: at build time from the services record
 * (src/lib/letters/content.ts), and in the step-by-step guide's lazily loaded builder from the
 * services the guide was given (so neither zod nor the whole services record, with its web
 * addresses, goes into that code). The words themselves are validated at build time: the
 * make-a-letter page and the unit tests load the same file through the strict schema.
 */
import { victimsRightsFigures, type VictimsRightsFigure } from '../../data/victims-rights';
import { TOKEN } from './ids';

/** A service's phone number as written, or undefined when it has none. */
export type PhoneFor = (serviceId: string) => string | undefined;

/** Replaces every {phone:…} and {figure:…} in one string; throws on an unknown id. */
export function fillTokens(text: string, phoneFor: PhoneFor): string {
  return text.replace(TOKEN, (_m, kind: string, id: string) => {
    if (kind === 'phone') {
      const phone = phoneFor(id);
      if (!phone) throw new Error(`Service "${id}" has no phone number`);
      return phone;
    }
    if (!Object.hasOwn(victimsRightsFigures, id)) throw new Error(`Unknown figure "${id}"`);
    return String(victimsRightsFigures[id as VictimsRightsFigure]);
  });
}

/** Every string in a value with its tokens filled, in a copy. */
export function deepFill<T>(value: T, phoneFor: PhoneFor): T {
  if (typeof value === 'string') return fillTokens(value, phoneFor) as T;
  if (Array.isArray(value)) return value.map((v) => deepFill(v, phoneFor)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepFill(v, phoneFor)])) as T;
  return value;
}
