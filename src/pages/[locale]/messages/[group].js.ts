/**
 * The messages a script composes in the browser, in each published locale but English, at the locale's
 * own root: one module per group (src/i18n/client-messages.ts).
 */
import type { APIRoute } from 'astro';
import { clientMessagesText, messageGroups, type MessageGroup } from '../../../i18n/client-messages';
import { localeOfPath, localisedPaths } from '../../../i18n/routing';

export const getStaticPaths = () => localisedPaths('home').flatMap(({ params }) => messageGroups.map((group) => ({ params: { ...params, group } })));

export const GET: APIRoute = ({ params, url }) =>
  new Response(clientMessagesText(params['group'] as MessageGroup, localeOfPath(url.pathname)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
