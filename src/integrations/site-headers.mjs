// The response headers of public/_headers (the Netlify and Cloudflare Pages format), read with
// Netlify's own parser so that `npm start`, `npm run preview` and the browser tests send exactly
// what a host that reads the file sends (safety note, promise 7). One source of truth: nothing
// here lists a header.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllHeaders } from '@netlify/headers-parser';
import { outDir as defaultOutDir } from './paths.mjs';

/** The deployable headers file. */
export const headersFile = fileURLToPath(new URL('../../public/_headers', import.meta.url));

/**
 * Reads a `_headers` file with Netlify's parser and returns its rules in order: the path pattern
 * each is `for` (an exact path, or a prefix ending in `*`) and its headers.
 * Throws, naming the file, when it cannot be read or parsed, when a pattern uses what only some
 * hosts understand (`:placeholders`, a `*` before the end), or when there is no rule for every
 * path (`/*`) with headers in it.
 * @param {string} [file]
 * @returns {Promise<{ for: string, values: Record<string, string> }[]>}
 */
export async function readHeaderRules(file = headersFile) {
  const name = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) throw new Error(`${name} is missing: it holds the security headers every page is served with`);
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: true });
  if (errors.length) throw new Error(`${name}: ${errors.map((error) => error.message).join('; ')}`);
  const odd = headers.filter((rule) => !rule.for.startsWith('/') || /:|\*(?!$)/.test(rule.for));
  if (odd.length) throw new Error(`${name}: only exact paths and paths ending in * are served alike everywhere, found ${odd.map((r) => `"${r.for}"`).join(', ')}`);
  const every = headers.find((rule) => rule.for === '/*');
  if (!every || !Object.keys(every.values).length) throw new Error(`${name} has no headers for "/*"`);
  return headers.map((rule) => ({ for: rule.for, values: { ...rule.values } }));
}

/**
 * The headers a response for `urlPath` carries, as Netlify and Cloudflare Pages send them: the
 * headers of every rule whose pattern matches, in file order; a header set by two rules is sent
 * once with both values joined by ", " (for Content-Security-Policy that is two policies, and
 * the browser enforces both).
 * @param {{ for: string, values: Record<string, string> }[]} rules
 * @param {string} urlPath
 * @returns {Record<string, string>}
 */
export function headersFor(rules, urlPath) {
  /** @type {Map<string, [string, string]>} */
  const merged = new Map();
  for (const rule of rules) {
    const matches = rule.for.endsWith('*') ? urlPath.startsWith(rule.for.slice(0, -1)) : urlPath === rule.for;
    if (!matches) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = name.toLowerCase();
      const had = merged.get(key);
      merged.set(key, had ? [had[0], `${had[1]}, ${value}`] : [name, value]);
    }
  }
  return Object.fromEntries(merged.values());
}

/**
 * The headers public/_headers sends with every response (its "/*" rule). Per-path rules add to
 * these: headersFor().
 * @param {string} [file]
 * @returns {Promise<Record<string, string>>}
 */
export async function readSiteHeaders(file = headersFile) {
  return headersFor((await readHeaderRules(file)).filter((rule) => rule.for === '/*'), '/');
}

/**
 * What the preview server answers itself, before Astro sees the request, as static hosts do:
 * a path that cannot be decoded, or that holds "..", a NUL or a backslash, gets a plain 400 (Astro
 * answered /..%2f..%2fetc%2fpasswd with a 500 and a stack trace naming absolute paths); a page
 * address without its trailing slash gets a 301 to the address with it; any other path without
 * its slash that names no file gets the site's 404 page (its language's, under /cy/). Null: Astro serves the request.
 * @param {string} url the request's URL as sent (path and query)
 * @param {string} distDir absolute path of the built site
 * @returns {{ status: 301, location: string } | { status: 400 | 404, file?: string } | null}
 */
export function previewAnswer(url, distDir) {
  const [rawPath = '/', query = ''] = url.split(/\?(.*)/s);
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath.split('#')[0] ?? '/');
  } catch {
    return { status: 400 };
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded) || decoded.split('/').includes('..')) return { status: 400 };
  if (decoded.endsWith('/')) return existsSync(path.join(distDir, decoded, 'index.html')) ? null : { status: 404, file: notFoundPage(decoded, distDir) };
  const full = path.join(distDir, decoded);
  if (existsSync(full) && statSync(full).isFile()) return null;
  if (existsSync(path.join(full, 'index.html'))) return { status: 301, location: `${rawPath}/${query ? `?${query}` : ''}` };
  return { status: 404, file: notFoundPage(decoded, distDir) };
}

/**
 * The "page not found" for a missing path: its first folder's own 404.html when it has one (each language's,
 * /cy/404.html: src/integrations/locale-404.mjs), else the site's.
 * @param {string} decoded the decoded path, starting with "/"
 * @param {string} distDir absolute path of the built site
 */
export function notFoundPage(decoded, distDir) {
  const first = decoded.split('/')[1];
  const own = first && decoded.length > first.length + 1 ? path.join(distDir, first, '404.html') : undefined;
  return own && existsSync(own) ? own : path.join(distDir, '404.html');
}

/**
 * Starts Astro's own preview server on the built site and sends the headers of
 * public/_headers with every response it makes, each path its rules' (headersFor). Astro's `server.headers` option reaches only
 * the files the preview serves, not its 404 page, so the headers are set on each response
 * before Astro handles the request. Used by `npm start`, `npm run preview` (scripts/preview.mjs)
 * and the browser tests (test/support/serve-site.ts), so all three serve the site alike.
 * @param {{ root: string, host: string, port: number, outDir?: string, logLevel?: 'info' | 'error' }} options
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
export async function previewWithSiteHeaders({ root, host, port, outDir, logLevel = 'info' }) {
  const rules = await readHeaderRules();
  const { preview } = await import('astro');
  const server = await preview({ root, ...(outDir ? { outDir } : {}), logLevel, server: { host, port } });
  const distDir = path.resolve(root, outDir ?? defaultOutDir);
  const astroListeners = server.server.listeners('request');
  server.server.removeAllListeners('request');
  server.server.on('request', (request, response) => {
    const url = request.url ?? '/';
    const urlPath = url.split(/[?#]/)[0] ?? '/';
    for (const [name, value] of Object.entries(headersFor(rules, urlPath))) response.setHeader(name, value);
    const answer = previewAnswer(url, distDir);
    if (!answer) {
      for (const listener of astroListeners) listener.call(server.server, request, response);
      return;
    }
    response.statusCode = answer.status;
    if (answer.status === 301) {
      response.setHeader('Location', answer.location);
      response.end();
    } else if (answer.status === 404 && answer.file && existsSync(answer.file)) {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(readFileSync(answer.file));
    } else {
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end(answer.status === 400 ? 'Bad request\n' : 'Not found\n');
    }
  });
  return { port: server.port, stop: () => server.stop() };
}
