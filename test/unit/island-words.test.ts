import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { islandWords } from '../../src/i18n/islands';
import { root } from '../support/paths';

/**
 * The guide's and the letter builder's interface words come from the interface table (src/i18n),
 * each island given only its own keys (src/i18n/islands.ts). Every key of those blocks is used
 * where it is meant to be, so no word rides in a page or a bundle for nothing.
 */
const source = (...files: string[]) => files.map((f) => readFileSync(path.join(root, f), 'utf8')).join('\n');
/** An island's source: its component and every screen of it (one component per screen). */
const island = (folder: string) => source(...globSync(`${folder}/**/*.{ts,tsx}`, { cwd: root }));
const keys = (prefix: string) => Object.keys(en).filter((k) => k.startsWith(prefix));
const unused = (prefix: string, text: string, except = '') =>
  keys(prefix).filter((k) => (!except || !k.startsWith(except)) && !text.includes(`'${k}'`) && !text.includes(`"${k}"`));

describe('the islands’ interface words', () => {
  it('give each island its prefix’s words, none of its page’s, and no message with arguments (those come compiled)', () => {
    const withArguments = (k: string) => /\{/.test(en[k as keyof typeof en]);
    const guide = Object.keys(islandWords('guide', 'en-GB'));
    expect(guide).toEqual(keys('guide.').filter((k) => !k.startsWith('guide.page.') && !withArguments(k)));
    expect(guide.length).toBeGreaterThan(15);
    expect(keys('guide.').filter(withArguments)).toContain('guide.progress');
    expect(Object.keys(islandWords('letters', 'en-GB'))).toEqual(keys('letters.').filter((k) => !k.startsWith('letters.page.') && !withArguments(k)));
    expect(Object.values(islandWords('letters', 'en-GB'))).toEqual(Object.keys(islandWords('letters', 'en-GB')).map((k) => en[k as keyof typeof en]));
  });

  it('the guide uses every guide key it is given, and its page every page key', () => {
    expect(unused('guide.', island('src/components/guide'), 'guide.page.')).toEqual([]);
    const page = source('src/pages/check-your-situation.astro', ...globSync('src/components/guide/*.astro', { cwd: root }));
    expect(unused('guide.page.', page)).toEqual([]);
  });

  it('the letter builder uses every letters key it is given, and its page every page key', () => {
    expect(unused('letters.', island('src/components/letters'), 'letters.page.')).toEqual([]);
    expect(unused('letters.page.', source('src/pages/make-a-letter.astro'))).toEqual([]);
  });
});
