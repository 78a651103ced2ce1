import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths';
import { guidanceSlugs } from '../support/content';
import { fixedPageAddresses } from '../../src/i18n/routing';

/**
 * Issue 28: no page's address is typed into code, content or the guide's words. Links are made from a
 * page's key and the page's locale (src/i18n/routing.ts: `href`; `page:<key>` links in MDX, drawn by
 * src/components/PageLink.astro; page keys in the guide's words, made addresses by
 * src/lib/guide/result-file.ts), so a page in another language links to pages in that language.
 * An English address typed anywhere else fails here, naming the file and the line.
 */
const SCANNED = [
  'src/components/**/*.{astro,ts,tsx}',
  'src/layouts/**/*.astro',
  'src/pages/**/*.{astro,ts}',
  'src/scripts/**/*.ts',
  'src/lib/**/*.ts',
  'src/data/**/*.ts',
  'src/integrations/**/*.{ts,mjs}',
  'src/content/**/*.{mdx,json}',
];
/** The one file that holds the addresses. */
const ADDRESS_BOOK = 'src/i18n/routing.ts';
/**
 * A translated language's search data (src/content/translations/<locale>/search/*.json and the
 * search-runtime.json made from them) names pages by their English address, as English's
 * src/data/search-*.json do: src/lib/search/data-file.ts (pageIn) makes each the language's own page
 * when it is built, so none reaches a page as typed.
 */
const SEARCH_DATA = /^src\/content\/translations\/[^/]+\/search(-runtime\.json$|\/[a-z-]+\.json$)/;

/** Every page's English address but the home page's, as typed: "/what-is-stalking/", "/make-a-letter/". */
const addresses = [...guidanceSlugs(), ...Object.values(fixedPageAddresses).map((a) => a['en-GB'])].filter((slug) => slug !== '').map((slug) => `/${slug}/`);
const escaped = addresses.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** An address as a string, a Markdown link's target or an attribute: after a quote, a backtick or "](". The home page as href="/". */
const TYPED = new RegExp(`(?:["'\`]|\\]\\()(?:${escaped.join('|')})|href=["']/["']`);

/** The text people and the build read, without comments (which may name an address to explain it). */
const withoutComments = (text: string, file: string) =>
  file.endsWith('.json') ? text : text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[\s;{}(,])\/\/.*$/gm, '$1');

/** Each typed address in a text: "line: the line". */
export function typedPaths(text: string, file: string): string[] {
  return withoutComments(text, file)
    .split('\n')
    .flatMap((line, i) => (TYPED.test(line) ? [`${i + 1}: ${line.trim().slice(0, 120)}`] : []));
}

describe('typed addresses', () => {
  const files = SCANNED.flatMap((pattern) => globSync(pattern, { cwd: root })).filter((f) => f !== ADDRESS_BOOK && !SEARCH_DATA.test(f.split(path.sep).join('/')));

  it('reads the code, the pages’ content and the guide’s words', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('src/content/guide/guide-result.json');
    expect(files).toContain('src/content/guidance/what-is-stalking.mdx');
    expect(files).not.toContain('src/content/translations/cy/search-runtime.json');
    expect(files).not.toContain('src/content/translations/cy/search/intents.json');
    expect(SEARCH_DATA.test('src/content/translations/cy/search-vocabulary.json')).toBe(false);
    expect(addresses).toContain('/what-is-stalking/');
    expect(addresses).toContain('/make-a-letter/');
  });

  it('finds none: every link is made from a page’s key and the page’s language', () => {
    const found = files.flatMap((file) => typedPaths(readFileSync(path.join(root, file), 'utf8'), file).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });

  it('the check is live: it finds an address typed as a string, a link, an attribute or in JSON, not in a comment', () => {
    expect(typedPaths(`const letter = '/make-a-letter/';`, 'a.ts')).toHaveLength(1);
    expect(typedPaths('Read [What stalking is](/what-is-stalking/#signs).', 'a.mdx')).toHaveLength(1);
    expect(typedPaths('<a href="/getting-help/">Getting help</a>', 'a.astro')).toHaveLength(1);
    expect(typedPaths('<a class="x" href="/">Home</a>', 'a.astro')).toHaveLength(1);
    expect(typedPaths('{ "href": "/keeping-a-record/" }', 'a.json')).toHaveLength(1);
    expect(typedPaths('// see "/search/" for the page\n/* or "/search/" */\nconst ok = 1;', 'a.ts')).toEqual([]);
    expect(typedPaths("Read [What stalking is](page:what-is-stalking#signs). href('search', locale)", 'a.mdx')).toEqual([]);
    expect(typedPaths("fetch('https://example.org/search/'); const p = '/pagefind/pagefind.js';", 'a.ts')).toEqual([]);
  });
});
