import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { footerNav } from '../../src/data/site';
import { href, publishedLocales } from '../../src/i18n/routing';
import { useStrings, type Locale } from '../../src/i18n';
import { localeOfFile } from '../support/page-locale';
import { distDir } from '../support/paths';
import { alternatePath, htmlPages, loadPage, urlPathOf } from '../support/dist';

const pages = htmlPages();

describe('the built site', () => {
  it('has a home page, a 404 page (and one in each other language) and a search index', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    for (const locale of publishedLocales().filter((l) => href('home', l) !== '/')) expect(pages).toContain(`${href('home', locale).slice(1)}404.html`);
    // Astro's own place for it is emptied: the page is only at <locale>/404.html.
    expect(pages.filter((f) => f.endsWith('/404/index.html'))).toEqual([]);
    expect(existsSync(path.join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe.each(pages)('%s', (file) => {
  const html = loadPage(file);
  const locale = localeOfFile(file);

  it('has one H1, a skip link to main content, a title and the page language', () => {
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    const skip = html.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main-content');
    expect(html.querySelector('main#main-content')).not.toBeNull();
    expect(html.querySelector('title')?.text.trim()).not.toBe('');
    expect(html.querySelector('html')?.getAttribute('lang')).toBe(locale);
  });

  it('names its pair in every published language (hreflang), links to it by the language’s own name, and is named back by it', () => {
    expect(file.startsWith('en-xa')).toBe(false);
    if (file.endsWith('404.html')) {
      // "Page not found", one for each language (cy/404.html: src/integrations/locale-404.mjs): no address, no pair to name.
      expect(html.querySelectorAll('link[rel="alternate"]')).toHaveLength(0);
      return;
    }
    const alternates = html.querySelectorAll('link[rel="alternate"]').map((l) => [l.getAttribute('hreflang'), alternatePath(l.getAttribute('href'))] as const);
    // A build of one language names no pairs.
    expect(alternates.map(([lang]) => lang)).toEqual(publishedLocales().length > 1 ? [...publishedLocales(), 'x-default'] : []);
    if (publishedLocales().length === 1) return;
    const self = urlPathOf(file);
    expect(alternates.find(([lang]) => lang === locale)?.[1]).toBe(self);
    for (const [lang, target] of alternates) {
      const pair = pages.find((f) => urlPathOf(f) === target);
      expect(pair, `${lang}: ${target} is built`).toBeDefined();
      // Reciprocal: the pair names this page for this page's language.
      const back = alternatePath(loadPage(pair!).querySelectorAll('link[rel="alternate"]').find((l) => l.getAttribute('hreflang') === locale)?.getAttribute('href'));
      expect(back, `${target} names ${self} back`).toBe(self);
    }
    const languageLinks = html.querySelectorAll('.site-header a[hreflang]');
    expect(languageLinks.map((a) => a.getAttribute('hreflang'))).toEqual(publishedLocales().filter((other) => other !== locale));
    for (const link of languageLinks) {
      const other = link.getAttribute('hreflang') as Locale;
      expect(link.getAttribute('href')).toBe(alternates.find(([lang]) => lang === other)?.[1]);
      expect(link.getAttribute('lang')).toBe(other);
      expect(link.text.trim()).toBe(useStrings(other).t('language.name'));
    }
  });

  it('links the footer pages', () => {
    const footerLinks = html.querySelectorAll('.site-footer a').map((a) => a.getAttribute('href'));
    for (const item of footerNav) expect(footerLinks).toContain(href(item.page, locale));
  });
});
