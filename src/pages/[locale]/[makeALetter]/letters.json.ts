/**
 * The letters' own words in each published locale but English, beside that locale's builder page
 * (src/lib/letters/words-version.ts; the content in the locale's language, src/lib/content-locale.ts).
 */
import type { APIRoute } from 'astro';
import { letterContentText } from '../../../lib/letters/words-version';
import { localeOfPath, localisedPaths } from '../../../i18n/routing';

export const getStaticPaths = () => localisedPaths('makeALetter');

export const GET: APIRoute = ({ url }) =>
  new Response(letterContentText(localeOfPath(url.pathname)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
