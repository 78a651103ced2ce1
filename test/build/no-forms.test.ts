import { describe, expect, it } from 'vitest';
import { mainNav } from '../../src/data/site';
import { href } from '../../src/i18n/routing';
import { htmlPages, loadPage, readDist, urlPathOf } from '../support/dist';
import { englishPathOf, localeOfFile, wordsOfFile } from '../support/page-locale';

/**
 * No page carries a form or a form field in its HTML, except the few that are forms: the search
 * page and the step-by-step guide (a browser that reports forms to its maker learns nothing from
 * the others). The header's search field is built only when the visitor asks for it. The
 * printable pages (the stalking log, Living with an order) have no exception: their printed
 * heading is always "Notes" and their layout follows the paper chosen in the print dialog, so
 * they need no field to choose either.
 */
const formPages = new Set(['/search/', '/check-your-situation/']);
// In every language: a page is a form page when its English page is.
const pages = htmlPages().filter((file) => !formPages.has(englishPathOf(urlPathOf(file))));

describe('pages without forms', () => {
  it('are every page but the search page and the step-by-step guide, the printable pages included', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(htmlPages()).toContain('search/index.html');
    expect(pages).toEqual(expect.arrayContaining(['stalking-log/index.html', 'living-with-an-order/index.html']));
  });

  it.each(pages)('%s has no <form>, <input>, <select> or <textarea>, not even in its scripts', (file) => {
    expect(readDist(file)).not.toMatch(/<(form|input|select|textarea)\b/i);
    expect(loadPage(file).querySelectorAll('form, input, select, textarea')).toHaveLength(0);
  });

  it.each(pages)('%s has a "Search" link to the search page in the header, for use without JavaScript', (file) => {
    const search = mainNav.find((item) => item.page === 'search')!;
    const link = loadPage(file).querySelector('.site-header .site-nav a.site-nav__search');
    expect(link?.getAttribute('href')).toBe(href('search', localeOfFile(file)));
    expect(link?.text.trim()).toBe(wordsOfFile(file).t(search.label));
    expect(link?.getAttribute('data-search-toggle')).toBe('header-search');
  });
});
