// Moves the Content-Security-Policy <meta> that Astro's `security.csp` writes to be the first
// element of <head> on every built page (safety note, promise 7). A <meta> policy only governs
// what comes after it in the document, so nothing (not even the favicon <link>) may precede it.
// Runs in astro:build:done, before the Pagefind integration indexes the pages.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /<meta\s+http-equiv=(["']?)content-security-policy\1[^>]*>/gi;
const HEAD_OPEN = /<head(\s[^>]*)?>/i;

/**
 * Returns the page with its single CSP meta moved to just after `<head>`.
 * Throws when a page has a <head> but no CSP meta, or more than one: a page without the
 * policy must never ship silently.
 * @param {string} html
 * @param {string} [name] file name, for error messages
 * @returns {string}
 */
export function moveCspMetaFirst(html, name = 'page') {
  const head = HEAD_OPEN.exec(html);
  if (!head) return html;
  const metas = html.match(CSP_META) ?? [];
  if (metas.length !== 1) {
    throw new Error(`${name}: expected exactly one Content-Security-Policy <meta>, found ${metas.length}`);
  }
  const [meta] = metas;
  const without = html.replace(CSP_META, '');
  const at = without.search(HEAD_OPEN) + head[0].length;
  return `${without.slice(0, at)}${meta}${without.slice(at)}`;
}

/** @param {string} dir @returns {AsyncGenerator<string>} */
async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/** @returns {import('astro').AstroIntegration} */
export default function cspFirstIntegration() {
  return {
    name: 'spo-csp-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let moved = 0;
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const next = moveCspMetaFirst(html, path.relative(root, file));
          if (next !== html) {
            await writeFile(file, next);
            moved += 1;
          }
        }
        logger.info(`Content-Security-Policy <meta> placed first in <head> on ${moved} page(s)`);
      },
    },
  };
}
