// Each language's "page not found" where static hosts look for it. Astro writes the page
// src/pages/[locale]/404.astro, like every page, as <locale>/404/index.html; this moves each one to
// <locale>/404.html, beside the locale's pages, as the root's 404.html is beside the English ones. Hosts that
// look for the nearest 404.html up a missing address's path (Cloudflare Pages, GitHub Pages for the root only)
// and the site's own servers (npm start: src/integrations/site-headers.mjs; the nginx and Caddy configurations
// of scripts/server-config.mjs) then answer a missing Welsh address in Welsh. Runs in astro:build:done, before
// the other integrations rewrite the pages.
import { readdir, rename, rmdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Moves every <folder>/404/index.html directly under `root` to <folder>/404.html; returns the folders moved.
 * @param {string} root the built site
 * @returns {Promise<string[]>}
 */
export async function moveLocale404s(root) {
  const moved = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const from = path.join(root, entry.name, '404', 'index.html');
    if (!existsSync(from)) continue;
    await rename(from, path.join(root, entry.name, '404.html'));
    await rmdir(path.join(root, entry.name, '404'));
    moved.push(entry.name);
  }
  return moved;
}

/** @returns {import('astro').AstroIntegration} */
export default function locale404Integration() {
  return {
    name: 'spo-locale-404',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const moved = await moveLocale404s(fileURLToPath(dir));
        if (moved.length) logger.info(`"Page not found" in ${moved.map((m) => `/${m}/404.html`).join(', ')}`);
      },
    },
  };
}
