/**
 * The step-by-step guide's result words in English, with the pages they link to at their English
 * addresses (src/lib/guide/result-file.ts): what the guide's island fetches once the visitor has
 * answered a question. Each other published locale's are beside its guide page
 * (src/pages/[locale]/[checkYourSituation]/result.json.ts).
 */
import type { APIRoute } from 'astro';
import { resultWordsText } from '../../lib/guide/result-file';

export const GET: APIRoute = () => new Response(resultWordsText('en-GB'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
