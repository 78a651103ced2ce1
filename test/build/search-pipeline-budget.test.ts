import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlPages, readDist } from '../support/dist';
import { distDir, root } from '../support/paths';

/**
 * The search pipeline chunk (issue 25) against its line in bench/budgets.json, measured the bench's
 * way (gzip level 9, 1 KB = 1,024 bytes), on every test run; the bench prints the same figure. It is
 * loaded only when someone is about to search, so it must never be in a page's JavaScript on load.
 */
const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8')) as { site: { searchPipelineGzipKB: number } };
const chunks = readdirSync(path.join(distDir, '_astro')).filter((name) => /^search-pipeline-.*\.js$/.test(name));

describe('the search pipeline chunk', () => {
  it('is one file, within its budget', () => {
    expect(chunks).toHaveLength(1);
    const kb = gzipSync(readFileSync(path.join(distDir, '_astro', chunks[0]!)), { level: constants.Z_BEST_COMPRESSION }).length / 1024;
    console.log(`\nSearch pipeline chunk: ${kb.toFixed(2)} KB gzip (budget ${budgets.site.searchPipelineGzipKB})\n`);
    expect(kb).toBeGreaterThan(1);
    expect(kb).toBeLessThanOrEqual(budgets.site.searchPipelineGzipKB);
  });

  it('carries none of the reviewers’ notes, and is named by no page (it is loaded lazily)', () => {
    const chunk = readDist(`_astro/${chunks[0]}`);
    // A "why" of the intents file, and of the danger rules.
    expect(chunk).not.toContain('People whose police will not act');
    expect(chunk).not.toMatch(/\bwhy:/);
    expect(chunk).toContain('police say no');
    for (const file of htmlPages()) expect(readDist(file), file).not.toContain(chunks[0]!);
  });
});
