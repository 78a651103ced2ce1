/**
 * The messages a script composes in the browser, in English, compiled: one module per group
 * (src/i18n/client-messages.ts). Each other published locale's are at /<segment>/messages/<group>.js
 * (src/pages/[locale]/messages/[group].js.ts).
 */
import type { APIRoute } from 'astro';
import { clientMessagesText, messageGroups, type MessageGroup } from '../../i18n/client-messages';

export const getStaticPaths = () => messageGroups.map((group) => ({ params: { group } }));

export const GET: APIRoute = ({ params }) =>
  new Response(clientMessagesText(params['group'] as MessageGroup, 'en-GB'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
