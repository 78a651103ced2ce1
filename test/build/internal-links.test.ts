import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtFileFor } from '../../scripts/site.mjs';
import { distDir } from '../support/paths';
import { htmlPages, loadPage, urlPathOf } from '../support/dist';

/**
 * Every link from one page of this site to another (or to a place on the same page) must land:
 * the target file is built, and a #fragment names an element on the target page.
 * Links that leave the site (other schemes or hosts) are checked elsewhere.
 */

const origin = 'https://site.invalid';
const pages = htmlPages();
const parsed = new Map<string, HTMLElement>();
const page = (file: string) => {
  let html = parsed.get(file);
  if (!html) parsed.set(file, (html = loadPage(file)));
  return html;
};

/** The built file a site path is served from (relative to dist/), or null if nothing is built there. */
function fileForPath(urlPath: string): string | null {
  const full = builtFileFor(distDir, urlPath);
  return full ? path.relative(distDir, full) : null;
}

function hasAnchor(html: HTMLElement, fragment: string): boolean {
  const id = decodeURIComponent(fragment);
  return html.querySelectorAll('[id], a[name]').some((el) => el.id === id || el.getAttribute('name') === id);
}

describe('internal links', () => {
  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it('all resolve to a built page, and every #fragment to an element on it', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const from = urlPathOf(file);
      for (const a of page(file).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!.trim();
        if (href === '') {
          broken.push(`${from}: empty href`);
          continue;
        }
        const url = new URL(href, origin + from);
        if (url.origin !== origin) continue; // another scheme (tel:, sms:, mailto:) or another site
        checked += 1;
        const target = url.pathname === new URL(from, origin).pathname && href.startsWith('#') ? file : fileForPath(url.pathname);
        if (!target) {
          broken.push(`${from} → ${href} (no page at ${url.pathname})`);
          continue;
        }
        const fragment = url.hash.slice(1);
        if (fragment && !hasAnchor(page(target), fragment)) {
          broken.push(`${from} → ${href} (no element with id "${decodeURIComponent(fragment)}" on ${urlPathOf(target)})`);
        }
      }
    }
    if (broken.length) console.log(`Broken internal links (${broken.length}):\n  ${broken.join('\n  ')}`);
    console.log(`Checked ${checked} internal links on ${pages.length} pages.`);
    expect(checked).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});
