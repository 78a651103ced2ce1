/**
 * The messages a script composes in the browser, in each published locale but English, at the
 * locale's own root (src/i18n/client-messages.ts).
 */
import type { APIRoute } from 'astro';
import { clientMessagesText } from '../../i18n/client-messages';
import { localeOfPath, localisedPaths } from '../../i18n/routing';

export const getStaticPaths = () => localisedPaths('home');

export const GET: APIRoute = ({ url }) =>
  new Response(clientMessagesText(localeOfPath(url.pathname)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
