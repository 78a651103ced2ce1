import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { footerNav } from '../../src/data/site';
import { href } from '../../src/i18n/routing';
import { en } from '../../src/i18n/en';
import { distDir } from '../support/paths';
import { htmlPages, loadPage } from '../support/dist';

const pages = htmlPages();

describe('the built site', () => {
  it('has a home page, a 404 page and a search index', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    expect(existsSync(path.join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe.each(pages)('%s', (file) => {
  const html = loadPage(file);

  it('has one H1, a skip link to main content, a title and the page language', () => {
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    const skip = html.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main-content');
    expect(html.querySelector('main#main-content')).not.toBeNull();
    expect(html.querySelector('title')?.text.trim()).not.toBe('');
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
  });

  it('is in the production build’s one language: no alternates, no language links, no en-XA page', () => {
    expect(html.querySelectorAll('link[rel="alternate"]')).toHaveLength(0);
    expect(html.querySelectorAll('[hreflang]')).toHaveLength(0);
    expect(file.startsWith('en-xa')).toBe(false);
    expect(html.text).not.toContain(en['guide.page.languageClears']);
  });

  it('links the footer pages', () => {
    const footerLinks = html.querySelectorAll('.site-footer a').map((a) => a.getAttribute('href'));
    for (const item of footerNav) expect(footerLinks).toContain(href(item.page, 'en-GB'));
  });
});
