import { english } from '../support/english';
import { describe, expect, it } from 'vitest';
import { mainNav } from '../../src/data/site';
const { t } = english;
import { htmlPages, loadPage, readDist } from '../support/dist';

/**
 * No page carries a form or a form field in its HTML, except the few that are forms: the search
 * page and the step-by-step guide (a browser that reports forms to its maker learns nothing from
 * the others). The header's search field is built only when the visitor asks for it. The
 * printable pages (the stalking log, Living with an order) have no exception: their printed
 * heading is always "Notes" and their layout follows the paper chosen in the print dialog, so
 * they need no field to choose either.
 */
const formPages = new Set(['search/index.html', 'check-your-situation/index.html']);
const pages = htmlPages().filter((file) => !formPages.has(file));

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
    expect(link?.getAttribute('href')).toBe('/search/');
    expect(link?.text.trim()).toBe(t(search.label));
    expect(link?.getAttribute('data-search-toggle')).toBe('header-search');
  });
});
