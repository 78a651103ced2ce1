/**
 * /search.css: the search form and results styles, as one small file that search-loader.ts adds
 * when the visitor first opens the header's search (so pages do not carry them up front).
 * The search page bundles the same file (src/styles/search.css) in its own CSS.
 */
import type { APIRoute } from 'astro';
import css from '../styles/search.css?inline';

export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
