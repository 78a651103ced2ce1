/**
 * Build time: what a translation of the guide's words must keep from the English words. The schema
 * checks the keys; this checks what the schema cannot: every text keeps the same placeholders
 * ({phone:emergency}, {years:minimumOrderYears} …, in any order, so a translation may move them but
 * never drop one: a Welsh danger line without its 999 would still pass the schema), every link keeps
 * its target (`href`: a page key or address, never translated), and every list keeps its length.
 */

/** The placeholders in a text, sorted: {kind:name} and {name}, as the guide's fillers read them. */
export const placeholdersIn = (text: string): string[] => [...text.matchAll(/\{[A-Za-z-]+(?::[A-Za-z-]+)?\}/g)].map(([p]) => p).sort();

/** A path the way the schema's errors write it: `sections.breach["penalty-spo"]`, `links.forbid[0].href`. */
const step = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}["${key}"]`;

const listed = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.join(' '));

/**
 * Each place where `translated` does not keep what `english` has, as "<path>: …" (empty when it keeps
 * everything). A key missing from `translated` is left to the schema.
 */
export function parityProblems(english: unknown, translated: unknown, path = ''): string[] {
  if (typeof english === 'string') {
    if (typeof translated !== 'string') return [];
    if (path.endsWith('.href') || path === 'href') {
      return translated === english ? [] : [`${path}: the link goes to "${translated}", the English to "${english}" (links are not translated)`];
    }
    const theirs = placeholdersIn(translated);
    const ours = placeholdersIn(english);
    return theirs.join() === ours.join() ? [] : [`${path}: placeholders ${listed(theirs)}, the English has ${listed(ours)}`];
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(translated)) return [];
    if (translated.length !== english.length) return [`${path}: ${translated.length} items, the English has ${english.length}`];
    return english.flatMap((item, i) => parityProblems(item, translated[i], step(path, i)));
  }
  if (english !== null && typeof english === 'object') {
    if (translated === null || typeof translated !== 'object' || Array.isArray(translated)) return [];
    const theirs = translated as Record<string, unknown>;
    return Object.entries(english).flatMap(([key, value]) => (Object.hasOwn(theirs, key) ? parityProblems(value, theirs[key], step(path, key)) : []));
  }
  return [];
}
