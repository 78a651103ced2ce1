// Puts `<meta charset>` first and the Content-Security-Policy <meta> that Astro's
// `security.csp` writes second in <head>, on every built page (safety note, promise 7).
// The charset declaration must end within the first 1,024 bytes of the file (HTML standard,
// "specifying the document's character encoding") and fetches nothing, so it may come before
// the policy. A <meta> policy only governs what comes after it in the document, so nothing
// that can fetch (not even the favicon <link>) may precede the policy.
// Runs in astro:build:done, before the Pagefind integration indexes the pages.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';

const CSP_META = /<meta\s+http-equiv=(["']?)content-security-policy\1[^>]*>/gi;
const CHARSET_META = /<meta\s+charset=(["']?)[\w-]+\1\s*\/?>/gi;
const HEAD_OPEN = /<head(\s[^>]*)?>/i;

/**
 * Returns the page with its `<meta charset>` just after `<head>` and its single CSP meta
 * right after that. Throws, naming the page, when a page has a <head> but not exactly one of
 * each: a page without the policy, or without its encoding, must never ship silently.
 * @param {string} html
 * @param {string} [name] file name, for error messages
 * @returns {string}
 */
export function charsetThenCsp(html, name = 'page') {
  const head = HEAD_OPEN.exec(html);
  if (!head) return html;
  const metas = html.match(CSP_META) ?? [];
  if (metas.length !== 1) {
    throw new Error(`${name}: expected exactly one Content-Security-Policy <meta>, found ${metas.length}`);
  }
  const charsets = html.match(CHARSET_META) ?? [];
  if (charsets.length !== 1) {
    throw new Error(`${name}: expected exactly one <meta charset>, found ${charsets.length}`);
  }
  const without = html.replace(CSP_META, '').replace(CHARSET_META, '');
  const at = without.search(HEAD_OPEN) + head[0].length;
  return `${without.slice(0, at)}${charsets[0]}${metas[0]}${without.slice(at)}`;
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
          const next = charsetThenCsp(html, path.relative(root, file));
          if (next !== html) {
            await writeFile(file, next);
            moved += 1;
          }
        }
        logger.info(`<meta charset> first and the Content-Security-Policy <meta> second in <head> on ${moved} page(s)`);
      },
    },
  };
}
