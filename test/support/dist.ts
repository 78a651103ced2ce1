import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir } from './paths';

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

/** Built pages that are guidance pages (they carry the guidance layout's page footer with sources). */
export function guidancePages(): string[] {
  return htmlPages().filter((file) => loadPage(file).querySelector('article[data-pagefind-body], article.guidance'));
}
