/**
 * The step-by-step guide's result words in each published locale but English, beside that locale's
 * guide page, with the pages they link to at that locale's addresses (src/lib/guide/result-file.ts).
 */
import type { APIRoute } from 'astro';
import { resultWordsText } from '../../../lib/guide/result-file';
import { localeOfPath, localisedPaths } from '../../../i18n/routing';

export const getStaticPaths = () => localisedPaths('checkYourSituation');

export const GET: APIRoute = ({ url }) =>
  new Response(resultWordsText(localeOfPath(url.pathname)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
