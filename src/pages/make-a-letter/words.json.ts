/**
 * The letter builder's interface words (the interface table's `letters.` keys, in English; each
 * other published locale's are beside its builder page, src/pages/[locale]/[makeALetter]/words.json.ts) as a file, for the builder inside the step-by-step guide's result: it fetches them when
 * it loads, with its code, so they are not in the guide page's HTML (src/lib/letters/words-file.ts),
 * at an address versioned with this text's hash (src/lib/letters/words-version.ts).
 * The builder's own page passes the same words as props.
 */
import type { APIRoute } from 'astro';
import { letterWordsText } from '../../lib/letters/words-version';

export const GET: APIRoute = () => new Response(letterWordsText('en-GB'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
