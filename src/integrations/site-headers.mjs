// The response headers of public/_headers (the Netlify and Cloudflare Pages format), read with
// Netlify's own parser so that `npm start`, `npm run preview` and the browser tests send exactly
// what a host that reads the file sends (safety note, promise 7). One source of truth: nothing
// here lists a header.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllHeaders } from '@netlify/headers-parser';

/** The deployable headers file. */
export const headersFile = fileURLToPath(new URL('../../public/_headers', import.meta.url));

/**
 * Reads a `_headers` file and returns the headers it sends with every response.
 * Throws, naming the file, when it cannot be read or parsed, or when it has a rule for
 * anything but every path (`/*`): a preview server sends one set of headers for all paths,
 * so a per-path rule would be tested as if it applied everywhere.
 * @param {string} [file]
 * @returns {Promise<Record<string, string>>}
 */
export async function readSiteHeaders(file = headersFile) {
  const name = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) throw new Error(`${name} is missing: it holds the security headers every page is served with`);
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: true });
  if (errors.length) throw new Error(`${name}: ${errors.map((error) => error.message).join('; ')}`);
  const others = headers.filter((rule) => rule.for !== '/*');
  if (others.length) {
    throw new Error(`${name}: only rules for every path ("/*") can be served in preview and tests, found ${others.map((r) => `"${r.for}"`).join(', ')}`);
  }
  const values = Object.assign({}, ...headers.map((rule) => rule.values));
  if (!Object.keys(values).length) throw new Error(`${name} has no headers for "/*"`);
  return values;
}

/**
 * Starts Astro's own preview server on the built site and sends the headers of
 * public/_headers with every response it makes. Astro's `server.headers` option reaches only
 * the files the preview serves, not its 404 page, so the headers are set on each response
 * before Astro handles the request. Used by `npm start`, `npm run preview` (scripts/preview.mjs)
 * and the browser tests (test/support/serve-site.ts), so all three serve the site alike.
 * @param {{ root: string, host: string, port: number, outDir?: string, logLevel?: 'info' | 'error' }} options
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
export async function previewWithSiteHeaders({ root, host, port, outDir, logLevel = 'info' }) {
  const headers = await readSiteHeaders();
  const { preview } = await import('astro');
  const server = await preview({ root, ...(outDir ? { outDir } : {}), logLevel, server: { host, port } });
  server.server.prependListener('request', (_request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  });
  return { port: server.port, stop: () => server.stop() };
}
