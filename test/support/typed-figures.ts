/**
 * Finds legal figures and dates typed into words that should render them from a record
 * (src/data/legal-figures.ts, src/data/protective-orders.ts): "5 years", "two years",
 * "48 hours", "10 to 17", "aged 16", "£5,000", "18 November 2024", "(as at November 2025)",
 * "In late 2025", "March 2023". A year is allowed only as part of a name (an Act, regulations,
 * a bill, a case citation such as "[2024] EWHC").
 */

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const numberWords =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|eighteen|twenty|twenty-four|twenty-eight|forty-eight';

/** What a typed figure looks like; each pattern names the kind of figure it finds. */
const patterns: { kind: string; pattern: RegExp }[] = [
  { kind: 'date', pattern: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:${months})\\b`, 'g') },
  { kind: 'date', pattern: new RegExp(`\\b(?:${months}),? \\d{4}\\b`, 'g') },
  // A month on its own ("in November") is a date too; "May" alone is the verb far more often.
  { kind: 'date', pattern: /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g },
  { kind: 'date', pattern: /\b(?:early|mid|late|spring|summer|autumn|winter)[ -]\d{4}\b/gi },
  { kind: 'year', pattern: /\b(?:19|20)\d{2}\b/g },
  {
    kind: 'amount',
    pattern: new RegExp(`\\b(?:\\d+|${numberWords})[ -](?:years?|months?|weeks?|days?|hours?|occasions)\\b`, 'gi'),
  },
  { kind: 'range', pattern: /\b\d+ (?:to|and|-|–) \d+\b/g },
  { kind: 'age', pattern: /\b(?:aged?|over|under) \d+\b|\b\d+ or (?:over|older|under)\b/gi },
  { kind: 'money', pattern: /£\s?\d+(?:,\d{3})*(?:\.\d{2})?/g },
];

/** A year is part of a name when it follows one of these ("Stalking Protection Act 2019", "[2024] EWHC"). */
const yearInName = /(?:\bAct|\bRegulations|\bBill|\bCode|\bOrder)(?: \([A-Z][A-Za-z ]+\))? $/;

/** One typed figure found in a text. */
export interface TypedFigure {
  kind: string;
  match: string;
  /** The words around it, to find it in the file. */
  context: string;
}

/** Every figure or date typed into a piece of prose. */
export function typedFiguresIn(text: string): TypedFigure[] {
  const found: TypedFigure[] = [];
  const taken: [number, number][] = [];
  for (const { kind, pattern } of patterns) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      if (kind === 'year') {
        const before = text.slice(Math.max(0, start - 40), start);
        if (yearInName.test(before) || (text[start - 1] === '[' && text[end] === ']')) continue;
      }
      taken.push([start, end]);
      found.push({ kind, match: m[0], context: text.slice(Math.max(0, start - 30), end + 30).replace(/\s+/g, ' ') });
    }
  }
  return found;
}

/**
 * The prose of an MDX page: its body without the frontmatter (sources and pinpoints may carry
 * dates), import lines, JSX expressions (`{longDate(figures.inForce)}`), tag attributes or link targets.
 */
export function mdxProse(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/** Every string value in a JSON document, with its path, placeholders such as {date:inForce} removed. */
export function jsonStrings(value: unknown, at = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: at, text: value.replace(/\{[^{}]*\}/g, ' ') }];
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonStrings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => jsonStrings(v, at ? `${at}.${k}` : k));
  }
  return [];
}
