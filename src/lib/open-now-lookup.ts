/**
 * Reading the "usually open now" stretches a page carries (openNowPayload in
 * src/lib/opening-hours.ts, made at build time with openStatus): what to say at a moment. Pure and
 * free of the words table, so the page script (src/scripts/open-now.ts) ships only this.
 */
import type { OpenNowPayload } from './opening-hours';

/** What to say at a moment: whether the service is usually open, and the words. */
export interface OpenNowAnswer {
  state: 'open' | 'closed';
  words: string;
}

/**
 * The answer at `now` (ms since 1970), or undefined before the first stretch, from the last one
 * on (past the build's horizon) and for a stretch with no words: then the page keeps the hours.
 * "{date}" becomes the day the next open stretch starts, in London: its day and the payload's month name
 * ("28 Rhagfyr"), not the browser's Intl, which may not know the page's language.
 */
export function openNowAt({ s, t, w, m, z }: OpenNowPayload, now: number): OpenNowAnswer | undefined {
  const spans: [number, string][] = [];
  let at = s;
  for (const [, minutes, word] of t.matchAll(/([^A-Z]+)([A-Z])/g)) spans.push([(at += parseInt(minutes!, 36)), w[word!.charCodeAt(0) - 65]!]);
  let i = -1;
  while (spans[i + 1] && spans[i + 1]![0] * 60_000 <= now) i++;
  const [state, words] = spans[i]?.[1].split('|') ?? [];
  if (!words) return undefined;
  // openNowPayload ends the stretches with the last opening, so a "{date}" always has one after it.
  const opens = spans.slice(i).find(([, word]) => word[0] === 'o');
  const date = opens ? dayAndMonthInLondon(opens[0], m, z) : '';
  return { state: state === 'o' ? 'open' : 'closed', words: words.replace('{date}', date) };
}

/**
 * The day in London of a moment (minutes since 1970) with its month's name from `months`: "28 December". Plain
 * arithmetic with the payload's offsets, not the browser's Intl: a page's first Intl.DateTimeFormat costs 15 to 40 ms.
 */
function dayAndMonthInLondon(minute: number, months: readonly string[], offsets: readonly [number, number][]): string {
  let offset = 0;
  for (const [from, ahead] of offsets) if (from <= minute) offset = ahead;
  const there = new Date((minute + offset) * 60_000);
  return `${there.getUTCDate()} ${months[there.getUTCMonth()]}`;
}
