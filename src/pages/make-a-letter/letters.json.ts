/**
 * The letters' own words in English (validated, with the services record's numbers written in), as a
 * file for the builder inside the step-by-step guide's result, beside words.json and versioned with it
 * (src/lib/letters/words-version.ts). Each other published locale's is beside its builder page
 * (src/pages/[locale]/[makeALetter]/letters.json.ts). The builder's own page has them as props.
 */
import type { APIRoute } from 'astro';
import { letterContentText } from '../../lib/letters/words-version';

export const GET: APIRoute = () => new Response(letterContentText('en-GB'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
