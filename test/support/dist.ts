import { expect } from 'vitest';
import { site } from '../../src/data/site';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { guidanceSlugs } from './content';
import { distDir } from './paths';
import { localeSegments } from '../../src/i18n/routing';

/** Every file under dist/ with one of the given extensions, as paths relative to dist/. */
export function distFiles(...extensions: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) found.push(path.relative(distDir, full));
    }
  };
  walk(distDir);
  return found.sort();
}

/** Every built HTML page, relative to dist/ (e.g. "index.html", "guide/index.html", "404.html"). */
export function htmlPages(): string[] {
  return distFiles('.html').filter((f) => !f.startsWith('pagefind/'));
}

/**
 * The built pages of one locale: those under its address segment ("en-xa/…"), or, for '', every other page; never
 * a "page not found" (404.html, and each locale's own, cy/404.html), which has no address of its own and no pair.
 */
export function pagesOfLocale(segment: string, others: readonly string[] = Object.values(localeSegments).filter((s) => s !== '')): string[] {
  const pages = htmlPages();
  if (segment) return pages.filter((f) => f.startsWith(`${segment}/`) && f !== `${segment}/404.html`);
  return pages.filter((f) => f !== '404.html' && !others.some((other) => f.startsWith(`${other}/`)));
}

/** The URL path a built file is served at ("guide/index.html" → "/guide/"). */
export function urlPathOf(file: string): string {
  const posix = file.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** Reads a file from dist/. */
export function readDist(file: string): string {
  return readFileSync(path.join(distDir, file), 'utf8');
}

/** Parses a built page. */
export function loadPage(file: string): HTMLElement {
  return parse(readDist(file), { comment: false });
}

let guidanceCache: string[] | undefined;

/**
 * Built pages that are guidance pages: they carry the guidance layout's page footer (review
 * dates and sources, src/layouts/GuidanceLayout.astro). Throws, naming them, when a page the
 * guidance collection holds is not among them (not built, or built without that layout), so no
 * page can silently drop out of every check that runs over guidance pages.
 */
export function guidancePages(): string[] {
  if (guidanceCache) return [...guidanceCache];
  const found = htmlPages().filter((file) => loadPage(file).querySelector('footer.page-footer'));
  const expected = guidanceSlugs().map((slug) => path.join(slug, 'index.html'));
  const missing = expected.filter((file) => !found.includes(file));
  if (missing.length > 0) {
    throw new Error(
      `guidancePages() found ${found.length} built guidance pages, but the guidance collection holds ${expected.length}: ` +
        `no guidance page footer (footer.page-footer) in ${missing.join(', ')}`,
    );
  }
  guidanceCache = found;
  return [...found];
}

/**
 * The path a page's <link rel="alternate" hreflang> names: the link is fully qualified at the site's published
 * origin (BaseLayout.astro; search engines ignore a relative hreflang), which this checks.
 */
export function alternatePath(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  expect(href.startsWith(`${site.origin}/`), `${href} is fully qualified at ${site.origin}`).toBe(true);
  return new URL(href).pathname;
}
