// Builds the Pagefind search index over the finished site, as the last step of `astro build`,
// so `dist/pagefind/` always matches the pages beside it.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind's ready-made interfaces and highlighter, which the site does not load. */
export const unusedPagefindFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIntegration() {
  return {
    name: 'spo-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        // Ship only what is used: the site has its own search interface on Pagefind's JS API
        // (src/scripts/search-ui.ts), so Pagefind's ready-made interfaces (about 434 KB, which
        // write HTML with innerHTML) are removed. test/build/pagefind-files.test.ts lists the folder.
        for (const file of unusedPagefindFiles) rmSync(path.join(site, 'pagefind', file), { force: true });
        logger.info(`Search index: ${added.page_count} pages indexed into pagefind/`);
        await pagefind.close();
      },
    },
  };
}
