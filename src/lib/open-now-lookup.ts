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
 * "{date}" becomes the day the next open stretch starts, in London, written in the payload's locale.
 */
export function openNowAt({ s, t, w, l }: OpenNowPayload, now: number): OpenNowAnswer | undefined {
  const spans: [number, string][] = [];
  let at = s;
  for (const [, minutes, word] of t.matchAll(/([^A-Z]+)([A-Z])/g)) spans.push([(at += parseInt(minutes!, 36)), w[word!.charCodeAt(0) - 65]!]);
  let i = -1;
  while (spans[i + 1] && spans[i + 1]![0] * 60_000 <= now) i++;
  const [state, words] = spans[i]?.[1].split('|') ?? [];
  if (!words) return undefined;
  // openNowPayload ends the stretches with the last opening, so a "{date}" always has one after it.
  const opens = spans.slice(i).find(([, word]) => word[0] === 'o');
  const date = opens ? new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', timeZone: 'Europe/London' }).format(opens[0] * 60_000) : '';
  return { state: state === 'o' ? 'open' : 'closed', words: words.replace('{date}', date) };
}
