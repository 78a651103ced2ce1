/**
 * The search's reviewed data and spelling vocabulary in English, as files beside the search page
 * (/search/data.json, /search/vocabulary.json), fetched when someone is about to search
 * (src/lib/search/data-file.ts). Each other published locale's are beside its search page
 * (src/pages/[locale]/[search]/[file].json.ts).
 */
import type { APIRoute } from 'astro';
import { searchFileText, type SearchFile } from '../../lib/search/data-file';

export const getStaticPaths = () => (['data', 'vocabulary'] as const).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(searchFileText(params['file'] as SearchFile, 'en-GB'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
