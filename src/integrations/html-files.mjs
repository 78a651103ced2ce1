// Every built HTML page under a folder, for the integrations that rewrite pages after the build
// (csp-first.mjs, modulepreload.mjs) and the one that indexes them for search (pagefind.mjs).
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** @param {string} dir @returns {AsyncGenerator<string>} */
export async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}
