/**
 * Writes phone numbers into the guide's words: {phone:<service id>} becomes the number as people
 * dial it. No imports, so the island can use it with the numbers it is given, and the build with
 * the services record.
 */
const PHONE = /\{phone:([a-z-]+)\}/g;

/** The number to show for a service, or undefined when it has none. */
export type PhoneOf = (id: string) => string | undefined;

/** Replaces {phone:id} in one string; throws, naming the service, when it has no number. */
export function fillPhonesIn(text: string, phoneOf: PhoneOf): string {
  return text.replace(PHONE, (_m, id: string) => {
    const phone = phoneOf(id);
    if (phone === undefined) throw new Error(`Service "${id}" has no phone number`);
    return phone;
  });
}

/** The same value with {phone:id} filled in every string inside it. */
export function fillPhonesDeep<T>(value: T, phoneOf: PhoneOf): T {
  if (typeof value === 'string') return fillPhonesIn(value, phoneOf) as T;
  if (Array.isArray(value)) return value.map((v) => fillPhonesDeep(v, phoneOf)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPhonesDeep(v, phoneOf)])) as T;
  }
  return value;
}
