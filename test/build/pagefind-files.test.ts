import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unusedPagefindFiles } from '../../src/integrations/pagefind.mjs';
import { distDir } from '../support/paths';

/**
 * Ship only what is used (issue 27, point 4): the site searches with Pagefind's JS API and its
 * own interface, so Pagefind's ready-made interfaces (about 434 KB, which write HTML with
 * innerHTML) are not in dist/pagefind/. And GitHub Pages publishes _astro/ only with .nojekyll.
 */
describe('dist/pagefind/', () => {
  const top = readdirSync(path.join(distDir, 'pagefind')).sort();

  it('holds the search code, the worker, the wasm and the index, and nothing else', () => {
    const kinds = top.map((name) =>
      /^wasm\.[\w-]+\.pagefind$/.test(name) ? 'wasm.*.pagefind' : /^pagefind\.[\w-]+\.pf_meta$/.test(name) ? 'pagefind.*.pf_meta' : name,
    );
    expect([...new Set(kinds)].sort()).toEqual(
      ['filter', 'fragment', 'index', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js', 'pagefind.*.pf_meta', 'wasm.*.pagefind'].sort(),
    );
    for (const folder of ['filter', 'fragment', 'index']) expect(statSync(path.join(distDir, 'pagefind', folder)).isDirectory()).toBe(true);
  });

  it('has none of Pagefind’s ready-made interfaces', () => {
    expect(unusedPagefindFiles.length).toBeGreaterThanOrEqual(7);
    expect(top.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });
});

describe('dist/.nojekyll', () => {
  it('is there, so GitHub Pages publishes _astro/ (Jekyll drops folders starting with _)', () => {
    expect(existsSync(path.join(distDir, '.nojekyll'))).toBe(true);
    expect(existsSync(path.join(distDir, '_astro'))).toBe(true);
  });
});
