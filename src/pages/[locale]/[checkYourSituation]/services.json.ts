/**
 * What the step-by-step guide's result shows of each service, in each published locale but English, beside
 * that locale's guide page (src/lib/guide/services-file.ts).
 */
import type { APIRoute } from 'astro';
import { serviceDetailsText } from '../../../lib/guide/services-file';
import { localeOfPath, localisedPaths } from '../../../i18n/routing';

export const getStaticPaths = () => localisedPaths('checkYourSituation');

export const GET: APIRoute = ({ url }) =>
  new Response(serviceDetailsText(localeOfPath(url.pathname)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
