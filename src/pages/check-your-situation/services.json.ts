/**
 * What the step-by-step guide's result shows of each service, in English (what it is for, its hours, its
 * website: src/lib/guide/services-file.ts): fetched by the guide's island with the result's words. Each other
 * published locale's is beside its guide page (src/pages/[locale]/[checkYourSituation]/services.json.ts).
 */
import type { APIRoute } from 'astro';
import { serviceDetailsText } from '../../lib/guide/services-file';

export const GET: APIRoute = () => new Response(serviceDetailsText('en-GB'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
