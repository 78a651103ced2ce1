/**
 * Loads the guide's words for the page at build time: validates them against the schema
 * and writes in phone numbers from the services record ({phone:<service id>} becomes the
 * number as people dial it), so no number is ever typed into the words.
 */
import { z } from 'astro/zod';
import { getService, type SupportServiceId } from '../../data/support-services';
import { wizardContentSchema, type WizardContent } from '../../schemas/wizard';

const PHONE = /\{phone:([a-z-]+)\}/g;

/** Replaces {phone:id} in one string; throws on a service with no phone. */
export function fillPhones(text: string): string {
  return text.replace(PHONE, (_m, id: string) => {
    const phone = getService(id as SupportServiceId).phone;
    if (!phone) throw new Error(`Service "${id}" has no phone number`);
    return phone.display;
  });
}

function deepFill<T>(value: T): T {
  if (typeof value === 'string') return fillPhones(value) as T;
  if (Array.isArray(value)) return value.map((v) => deepFill(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepFill(v)])) as T;
  }
  return value;
}

/**
 * Validated words with phone numbers filled in. Throws (failing the build) when anything is
 * missing, naming the file (`source`) and the path of each wrong field.
 */
export function loadWizardContent(raw: unknown, source = 'src/content/wizard/wizard.json'): WizardContent {
  const result = wizardContentSchema.safeParse(raw);
  if (!result.success) throw new Error(`${source} does not match the guide's content schema:\n${z.prettifyError(result.error)}`);
  return deepFill(result.data);
}
