/**
 * The search's reviewed data and spelling vocabulary in each published locale but English, beside that
 * locale's search page (src/lib/search/data-file.ts): its own, or English's where the locale shows English content.
 */
import type { APIRoute } from 'astro';
import { searchFileText, type SearchFile } from '../../../lib/search/data-file';
import { localeOfPath, localisedPaths } from '../../../i18n/routing';

export const getStaticPaths = () => localisedPaths('search').flatMap(({ params }) => (['data', 'vocabulary'] as const).map((file) => ({ params: { ...params, file } })));

export const GET: APIRoute = ({ params, url }) =>
  new Response(searchFileText(params['file'] as SearchFile, localeOfPath(url.pathname)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
