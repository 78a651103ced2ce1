/**
 * The messages a script composes in the browser, in English, compiled (src/i18n/client-messages.ts).
 * Each other published locale's are at /<segment>/messages.js (src/pages/[locale]/messages.js.ts).
 */
import type { APIRoute } from 'astro';
import { clientMessagesText } from '../i18n/client-messages';

export const GET: APIRoute = () => new Response(clientMessagesText('en-GB'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
