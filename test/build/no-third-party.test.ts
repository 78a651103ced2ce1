import { describe, expect, it } from 'vitest';
import { distFiles, htmlPages, loadPage, readDist } from '../support/dist';

/** True when a URL would be fetched from somewhere other than this site. */
function isForeign(url: string): boolean {
  const trimmed = url.trim();
  return /^(https?:)?\/\//i.test(trimmed);
}

describe.each(htmlPages())('%s loads nothing from another origin', (file) => {
  const html = loadPage(file);

  it('in src, <link href>, <script src> or inline CSS', () => {
    const offenders: string[] = [];
    for (const el of html.querySelectorAll('[src]')) {
      if (isForeign(el.getAttribute('src')!)) offenders.push(`<${el.tagName.toLowerCase()} src="${el.getAttribute('src')}">`);
    }
    for (const el of html.querySelectorAll('[srcset]')) {
      if (/(https?:)?\/\//.test(el.getAttribute('srcset')!)) offenders.push(`srcset on <${el.tagName.toLowerCase()}>`);
    }
    for (const el of html.querySelectorAll('link[href]')) {
      if (isForeign(el.getAttribute('href')!)) offenders.push(`<link href="${el.getAttribute('href')}">`);
    }
    for (const el of html.querySelectorAll('style')) {
      if (/url\(\s*['"]?(https?:)?\/\/|@import\s+(url\()?\s*['"]?(https?:)?\/\//i.test(el.text)) offenders.push('<style> with a foreign url()');
    }
    for (const el of html.querySelectorAll('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="manifest"]')) {
      offenders.push(`<link rel="${el.getAttribute('rel')}">`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('stylesheets', () => {
  it.each(distFiles('.css'))('%s has no url() or @import to another origin', (file) => {
    const css = readDist(file);
    expect(css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
    expect(css).not.toMatch(/@import\s+(url\()?\s*['"]?(https?:)?\/\//i);
  });
});
