import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths';
import { guidancePages, loadPage } from '../support/dist';
import { mdxSourceOf } from '../support/page-locale';

/**
 * "On this page": on guidance pages with four or more sections (H2s from the page's own MDX), a
 * contents list right after the summary, linking to each section in order. Not in search, not printed
 * (the print styles hide every nav).
 */
const pages = guidancePages();

describe.each(pages)('%s', (file) => {
  const html = loadPage(file);
  const article = html.querySelector('article')!;
  // The page's own sections: the "## " headings of its MDX file (not headings that components draw).
  const mdx = readFileSync(path.join(root, mdxSourceOf(file)), 'utf8');
  const sections = [...mdx.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
  const nav = article.querySelector('nav.on-this-page');

  it(sections.length >= 4 ? 'lists its sections after the summary, in order, each link landing on its heading' : 'has no contents list (fewer than four sections)', () => {
    if (sections.length < 4) {
      expect(nav).toBeNull();
      return;
    }
    expect(nav).not.toBeNull();
    expect(nav!.previousElementSibling?.classList.contains('summary-box')).toBe(true);
    expect(nav!.getAttribute('aria-labelledby')).toBe('on-this-page');
    expect(nav!.getAttribute('data-pagefind-ignore')).toBe('all');
    const links = nav!.querySelectorAll('a');
    // Astro curls straight quotes in headings ("right to know" becomes “right to know”).
    const plain = (text: string) => text.trim().replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    expect(links.map((a) => plain(a.text))).toEqual(sections.map(plain));
    for (const link of links) {
      const targets = html.querySelectorAll(`[id="${link.getAttribute('href')!.replace(/^#/, '')}"]`);
      expect(targets, link.getAttribute('href')!).toHaveLength(1);
      expect(targets[0]!.tagName).toBe('H2');
      expect(targets[0]!.text.trim()).toBe(link.text.trim());
    }
  });
});

describe('the contents lists', () => {
  it('appear on the long guidance pages', () => {
    const withList = pages.filter((file) => loadPage(file).querySelector('nav.on-this-page'));
    expect(withList.length).toBeGreaterThanOrEqual(10);
  });
});
