import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alternatePath, loadPage, pagesOfLocale, readDist, urlPathOf } from '../support/dist';
import { distDir } from '../support/paths';
import { describeBrowser, openPage, useBrowser } from '../support/browser';
import { searchFor } from '../browser/search-helpers';
import { en } from '../../src/i18n/en';
import { isWrapped } from '../support/pseudo-check';
import { alternatesOf } from '../../src/i18n/routing';

/**
 * One build, two languages (issue 28): the pseudo build publishes every page in English at / and in
 * en-XA at /en-xa/…, each page in its own language (`lang` from its address, not from the build), each
 * pointing at the other with `hreflang` and a language link, and a page's search finding pages of its
 * own language only.
 */
const english = pagesOfLocale('');
const pseudo = pagesOfLocale('en-xa');
/** The built file an address is served from. */
const fileOf = (href: string) => path.join(href.replace(/^\//, ''), 'index.html');
/** A page's address in the other language, from the routing's map (a translated page has its own slug). */
const pairOf = (own: string, locale: 'en-GB' | 'en-XA') => alternatesOf(own, ['en-GB', 'en-XA']).find((a) => a.locale === locale)!.href;

describe('the two-language build', () => {
  it('shows a translated page at its own address, with one line in its own language when its English page is newer', () => {
    const html = loadPage('en-xa/staalkiing-loog/index.html');
    expect(html.querySelector('h1')?.text).toBe('Stáálkííng lóóg tóó príínt');
    const notice = html.querySelectorAll('.translation-outdated');
    expect(notice).toHaveLength(1);
    expect(isWrapped(notice[0]!.text.trim())).toBe(true);
    expect(notice[0]!.text).toContain('1 December 2026');
    const link = notice[0]!.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/stalking-log/');
    expect(link?.getAttribute('hreflang')).toBe('en-GB');
    // Only there: pages shown in English content, and every English page, have no such line.
    const others = [...english, ...pseudo].filter((f) => f !== 'en-xa/staalkiing-loog/index.html');
    for (const file of others) expect(loadPage(file).querySelectorAll('.translation-outdated'), file).toHaveLength(0);
  });

  it('has every page in both languages', () => {
    expect(english.length).toBeGreaterThan(30);
    expect(pseudo).toEqual(english.map((f) => fileOf(pairOf(urlPathOf(f), 'en-XA'))).sort());
    // The pseudo-locale's one translated page (a fixture) is at its own address, not the English one.
    expect(pseudo).toContain('en-xa/staalkiing-loog/index.html');
    expect(pseudo).not.toContain('en-xa/stalking-log/index.html');
  });

  it.each(english)('%s is in English, with hreflang pairs and a link to its en-XA page, named in en-XA', (file) => {
    const html = loadPage(file);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(html.querySelector('title')?.text).not.toMatch(/⟦/);
    const own = urlPathOf(file);
    const alternates: Record<string, string> = Object.fromEntries(html.querySelectorAll('link[rel="alternate"]').map((l) => [l.getAttribute('hreflang') ?? '', alternatePath(l.getAttribute('href') ?? '') ?? '']));
    const pair = pairOf(own, 'en-XA');
    expect(pair).toMatch(/^\/en-xa\//);
    expect(alternates).toEqual({ 'en-GB': own, 'en-XA': pair, 'x-default': own });
    const links = html.querySelectorAll('.site-header a[hreflang]');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(pair);
    expect(links[0]!.getAttribute('lang')).toBe('en-XA');
    expect(links[0]!.getAttribute('hreflang')).toBe('en-XA');
    expect(isWrapped(links[0]!.text)).toBe(true);
  });

  it.each(pseudo)('%s is in en-XA, with hreflang pairs that resolve and a link to its English page, named in English', (file) => {
    const html = loadPage(file);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en-XA');
    const own = urlPathOf(file);
    const englishPath = pairOf(own, 'en-GB');
    expect(englishPath).not.toMatch(/^\/en-xa\//);
    const alternates: Record<string, string> = Object.fromEntries(html.querySelectorAll('link[rel="alternate"]').map((l) => [l.getAttribute('hreflang') ?? '', alternatePath(l.getAttribute('href') ?? '') ?? '']));
    expect(alternates).toEqual({ 'en-GB': englishPath, 'en-XA': own, 'x-default': englishPath });
    for (const href of Object.values(alternates)) expect(existsSync(path.join(distDir, fileOf(href))), href).toBe(true);
    const link = html.querySelector('.site-header a[hreflang]');
    expect(link?.getAttribute('href')).toBe(englishPath);
    expect(link?.getAttribute('lang')).toBe('en-GB');
    expect(link?.text).toBe(en['language.name']);
    // The site's own links on it stay in en-XA: the header's and the footer's.
    const siteLinks = html.querySelectorAll('.site-header nav a, .site-footer a').map((a) => a.getAttribute('href') ?? '');
    expect(siteLinks.length).toBeGreaterThan(5);
    for (const href of siteLinks) expect(href, `${file}: ${href}`).toMatch(/^\/en-xa\//);
  });

  it('says on the guide’s page, where there is another language, that changing it clears the answers', () => {
    expect(loadPage('check-your-situation/index.html').querySelector('.guide-intro')?.text).toContain(en['guide.page.languageClears']);
  });

  it('has one 404 page, with no other language', () => {
    const html = loadPage('404.html');
    expect(html.querySelectorAll('link[rel="alternate"]')).toHaveLength(0);
    expect(html.querySelectorAll('.site-header a[hreflang]')).toHaveLength(0);
  });

  it('indexes each language for search on its own, every page in each', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en-gb', 'en-xa']);
    expect(entry.languages['en-xa']!.page_count).toBe(entry.languages['en-gb']!.page_count);
  });

  it('serves the letter builder’s words in each language beside its builder', () => {
    const inEnglish = JSON.parse(readFileSync(path.join(distDir, 'make-a-letter/words.json'), 'utf8')) as Record<string, string>;
    const inPseudo = JSON.parse(readDist('en-xa/make-a-letter/words.json')) as Record<string, string>;
    expect(Object.keys(inPseudo)).toEqual(Object.keys(inEnglish));
    expect(inEnglish['letters.make']).toBe(en['letters.make']);
    expect(isWrapped(inPseudo['letters.make']!)).toBe(true);
  });
});

describeBrowser('search in the two-language build', () => {
  useBrowser();

  it('finds pages of the page’s own language only', async () => {
    for (const [start, inPseudo] of [['/en-xa/search/', true], ['/search/', false]] as const) {
      const { page } = await openPage(start);
      for (const query of ['order', 'police said no']) {
        const { top } = await searchFor(page, query);
        expect(top.length, `${start} "${query}"`).toBeGreaterThan(0);
        for (const found of top) expect(found.startsWith('/en-xa/'), `${start} "${query}" → ${found}`).toBe(inPseudo);
      }
    }
  });
});
