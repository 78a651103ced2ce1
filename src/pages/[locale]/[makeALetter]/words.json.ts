/**
 * The letter builder's interface words in each published locale but English, beside that locale's
 * builder page (/en-xa/make-a-letter/words.json): what the builder in the guide's result fetches on a
 * page in that locale (src/lib/letters/words-file.ts). English's are src/pages/make-a-letter/words.json.ts.
 */
import type { APIRoute } from 'astro';
import { letterWordsText } from '../../../lib/letters/words-version';
import { localeOfPath, localisedPaths } from '../../../i18n/routing';

export const getStaticPaths = () => localisedPaths('makeALetter');

export const GET: APIRoute = ({ url }) =>
  new Response(letterWordsText(localeOfPath(url.pathname)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
