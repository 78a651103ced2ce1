import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage, readDist, urlPathOf } from '../support/dist';
import { distDir, root } from '../support/paths';
import { englishPathOf } from '../support/page-locale';

/**
 * The CSS each page links, against the bench's budgets (bench/budgets.json: a page's own entry,
 * else the defaults, 3 KB gzip for a guidance page, issue 15), measured the bench's way (each
 * file gzipped at level 9, summed, 1 KB = 1,024 bytes). The bench checks the same figure for
 * eight page types in a browser; this checks every page, on every test run.
 *
 * And the stylesheet every page shares holds only what most pages use: the styles of components
 * that one or two pages use ship only with those pages.
 */
interface Budget { path?: string; cssGzipKB?: number }
const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8')) as { defaults: Budget; pages: Budget[] };
// A page in another language has its English page's budget.
const budgetFor = (url: string) => budgets.pages.find((p) => p.path === englishPathOf(url))?.cssGzipKB ?? budgets.defaults.cssGzipKB!;

const stylesheets = (file: string) => loadPage(file).querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);
const gzipKB = (href: string) => gzipSync(readFileSync(path.join(distDir, href)), { level: constants.Z_BEST_COMPRESSION }).length / 1024;

const pages = htmlPages();

describe('CSS shipped with each page', () => {
  it('the default budget is issue 15’s 3 KB gzip or less', () => {
    expect(budgets.defaults.cssGzipKB).toBeLessThanOrEqual(3);
  });

  it.each(pages)('%s links CSS within its budget', (file) => {
    const hrefs = stylesheets(file);
    expect(hrefs.length).toBeGreaterThan(0);
    const total = hrefs.reduce((sum, href) => sum + gzipKB(href), 0);
    expect(total, `${hrefs.join(', ')}: ${total.toFixed(2)} KB gzip`).toBeLessThanOrEqual(budgetFor(urlPathOf(file)));
  });

  /** Class names (BEM blocks) of components used on one or two pages, and a page that uses each. */
  const rare = [
    { selector: '.stalking-log', page: 'stalking-log/index.html' },
    { selector: '.printable', page: 'living-with-an-order/index.html' },
    { selector: '.order-card', page: 'living-with-an-order/index.html' },
    { selector: '.button', page: 'stalking-log/index.html' },
    { selector: '.service-card', page: 'getting-help/index.html' },
    { selector: '.open-now', page: 'getting-help/index.html' },
    { selector: '.orders-table', page: 'other-protective-orders/index.html' },
    { selector: '.police-forces', page: 'your-local-police-force/index.html' },
  ];
  const shared = stylesheets('404.html').filter((href) => pages.every((file) => stylesheets(file).includes(href)));

  it('every page shares one stylesheet', () => {
    expect(shared).toHaveLength(1);
  });

  it.each(rare)('$selector is styled only on the pages that use it, such as $page, not in the shared stylesheet', ({ selector, page }) => {
    // The block's own class, its elements (__) and its modifiers (--).
    const rule = new RegExp(`\\${selector}(?:__|--|(?![\\w-]))`);
    for (const href of shared) expect(readDist(href), href).not.toMatch(rule);
    expect(stylesheets(page).filter((href) => !shared.includes(href)).some((href) => rule.test(readDist(href)))).toBe(true);
  });
});
