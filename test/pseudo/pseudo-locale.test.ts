import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { htmlPages, loadPage, urlPathOf } from '../support/dist';
import { NOT_YET_IN_TABLE, isWrapped, unwrappedText } from '../support/pseudo-check';

/**
 * The pseudo-locale build (npm run build:pseudo, en-XA) shows every interface word wrapped in ⟦ ⟧.
 * A word written straight into a component, layout or page, instead of coming from the interface
 * table (src/i18n/en.ts), shows up here unwrapped. Content (guidance MDX and words from records,
 * marked data-content) and the two features in NOT_YET_IN_TABLE are left out, by name.
 */
const pages = htmlPages();
const excluded = new Set<string>(NOT_YET_IN_TABLE.map((e) => e.page));

describe('the pseudo-locale build', () => {
  it('has every page of the site', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const { page } of NOT_YET_IN_TABLE) expect(pages.map(urlPathOf)).toContain(page);
  });

  it.each(pages)('%s is in en-XA and every interface word on it comes from the table', (file) => {
    const html = loadPage(file);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en-XA');
    const title = html.querySelector('title')?.text ?? '';
    expect(isWrapped(title), `title "${title}"`).toBe(true);
    const skipMain = excluded.has(urlPathOf(file));
    const problems = unwrappedText(html.querySelector('body')!, (el) => skipMain && el.tagName === 'MAIN');
    expect(problems).toEqual([]);
  });

  it('leaves out only the main part of the two named features, and their islands are there', () => {
    for (const { page, island } of NOT_YET_IN_TABLE) {
      const html = loadPage(pages.find((f) => urlPathOf(f) === page)!);
      const islands = html.querySelectorAll('astro-island').map((i) => i.getAttribute('component-url') ?? '');
      expect(islands.some((url) => url.includes(island)), `${page} has the ${island} island`).toBe(true);
      // Everything outside <main> on these pages is still checked.
      expect(unwrappedText(html.querySelector('body')!, (el) => el.tagName === 'MAIN')).toEqual([]);
    }
  });

  it('the check is live: a word typed into markup, across a link, in an attribute or in script words fails it', () => {
    const check = (markup: string) => unwrappedText(parse(`<body>${markup}</body>`).querySelector('body')!);
    expect(check('<p>⟦Héélp⟧ 999</p>')).toEqual([]);
    expect(check('<p>⟦Séééé <a href="/">⟦thíís⟧</a> ǹóów⟧</p>')).toEqual([]);
    expect(check('<p data-content>Words from a record</p><time>1 December 2026</time>')).toEqual([]);
    expect(check('<article data-content><p>Content</p><div data-ui><h2>Summary</h2><ul data-content><li>Point</li></ul></div></article>')).toHaveLength(1);
    expect(check('<article data-content><div data-ui><h2>⟦Súúmmááry⟧</h2><ul data-content><li>Point</li></ul></div></article>')).toEqual([]);
    expect(check('<p>Exit this page</p>')).toHaveLength(1);
    expect(check('<p>⟦Héélp⟧ now</p>')).toHaveLength(1);
    expect(check('<p>⟦Séééé <a href="/">here</a>⟧</p>')).toHaveLength(1);
    expect(check('<p>⟦Séééé</p><p>⟧ ⟦móóréé⟧</p>')).toHaveLength(2);
    expect(check('<nav aria-label="Main"></nav>')).toHaveLength(1);
    expect(check(`<div data-exit-strings='{"exit.leaving":"Leaving"}'></div>`)).toHaveLength(1);
    expect(check(`<div data-exit-strings='{"exit.left":{"one":"⟦x⟧","other":"More"}}'></div>`)).toHaveLength(1);
    expect(check('<p>⟧</p>')).toHaveLength(1);
  });
});
