/**
 * The letter builder's interface words (the interface table's `letters.` keys, in this build's
 * locale) as a file, for the builder inside the step-by-step guide's result: it fetches them when
 * it loads, with its code, so they are not in the guide page's HTML (src/components/letters/GuideLetterBuilder.tsx).
 * The builder's own page passes the same words as props.
 */
import type { APIRoute } from 'astro';
import { islandWords } from '../../i18n/islands';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(islandWords('letters')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
