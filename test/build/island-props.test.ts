/**
 * Islands given their props as a JSON data block (src/components/IslandProps.astro): on every built page, each
 * block is JSON that cannot end its element early, and each island given `from` has its block on the page.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage, readDist } from '../support/dist';
import { islandPropsOn } from '../support/island-props';

const withBlocks = htmlPages().filter((file) => readDist(file).includes('data-island-props'));

describe('islands’ JSON data blocks', () => {
  it('are on the letter builder’s page in every language', () => {
    expect(withBlocks).toContain('make-a-letter/index.html');
    expect(withBlocks).toContain('cy/gwneud-llythyr/index.html');
  });

  it.each(withBlocks)('%s: each block is JSON with no "<", and its island finds it', (file) => {
    const raw = readDist(file);
    const blocks = [...raw.matchAll(/<script\b[^>]*\bdata-island-props\b[^>]*>([\s\S]*?)<\/script>/g)];
    expect(blocks.length).toBeGreaterThan(0);
    for (const [, json] of blocks) {
      expect(json).not.toContain('<');
      expect(() => JSON.parse(json!)).not.toThrow();
    }
    const props = islandPropsOn(loadPage(file), 'PageLetterBuilder');
    expect(Object.keys(props).sort()).toEqual(['content', 'dateLocale', 'forces', 'resultHeadings', 'words']);
  });
});
