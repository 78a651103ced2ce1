import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlPages, readDist } from '../support/dist';
import { distDir, root } from '../support/paths';

/**
 * The search pipeline chunk (issue 25) and the search data it works from (/search/data.json, in the
 * page's language: issue 28) against their line in bench/budgets.json, measured the bench's way (gzip
 * level 9, 1 KB = 1,024 bytes), on every test run; the bench prints the same figure. Both load only when
 * someone is about to search, so they must never be in a page's JavaScript on load.
 */
const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8')) as { site: { searchPipelineGzipKB: number } };
const chunks = readdirSync(path.join(distDir, '_astro')).filter((name) => /^search-pipeline-.*\.js$/.test(name));

const gzipKB = (file: string) => gzipSync(readFileSync(path.join(distDir, file)), { level: constants.Z_BEST_COMPRESSION }).length / 1024;

describe('the search pipeline chunk and its data', () => {
  it('are one code file and one data file, within their budget together', () => {
    expect(chunks).toHaveLength(1);
    const code = gzipKB(`_astro/${chunks[0]!}`);
    const data = gzipKB('search/data.json');
    console.log(`\nSearch pipeline chunk ${code.toFixed(2)} KB + search data ${data.toFixed(2)} KB gzip (budget ${budgets.site.searchPipelineGzipKB})\n`);
    expect(code).toBeGreaterThan(1);
    expect(data).toBeGreaterThan(1);
    expect(code + data).toBeLessThanOrEqual(budgets.site.searchPipelineGzipKB);
  });

  it('hold the budget in every language the build publishes (Welsh data carries English’s danger and crisis rules too)', () => {
    const code = gzipKB(`_astro/${chunks[0]!}`);
    const dataFiles = htmlPages().filter((f) => /(^|\/)(search|chwilio)\/index\.html$/.test(f)).map((f) => f.replace(/index\.html$/, 'data.json'));
    expect(dataFiles).toContain('search/data.json');
    const sizes = dataFiles.map((file) => [file, code + gzipKB(file)] as const);
    console.log(`\nSearch pipeline chunk + data by language: ${sizes.map(([file, kb]) => `${file} ${kb.toFixed(2)} KB`).join(', ')}\n`);
    expect(sizes.filter(([, kb]) => kb > budgets.site.searchPipelineGzipKB)).toEqual([]);
  });

  it('the code carries no data: every language’s comes as its own file, without the reviewers’ notes; neither is named by a page’s scripts on load', () => {
    const chunk = readDist(`_astro/${chunks[0]}`);
    expect(chunk).not.toContain('police say no');
    expect(chunk).not.toContain('stalking protection order');
    const data = readDist('search/data.json');
    // A "why" of the intents file, and of the danger rules.
    expect(data).not.toContain('People whose police will not act');
    expect(data).not.toMatch(/"why"/);
    expect(data).toContain('police say no');
    expect(JSON.parse(data)).not.toHaveProperty('generatedBy');
    for (const file of htmlPages()) expect(readDist(file), file).not.toContain(chunks[0]!);
  });
});
