import { describe, expect, it } from 'vitest';
import { site } from '../../src/data/site';
import { htmlPages, loadPage } from '../support/dist';

/**
 * Every link that leaves the site (an <a href> with a scheme and another origin) must use https
 * and carry rel="noreferrer", so the address of the page a person was reading is never sent
 * (see shared/notes/safety.md, promise 6). tel:, sms: and mailto: links do not leave the site
 * in that sense and are checked by the pages that render them. There is no http allow-list:
 * an http-only source must be reported, not waved through.
 */

const SITE_ORIGIN = site.origin;

interface Outbound {
  file: string;
  href: string;
  rel: string;
  target: string;
}

function outboundLinks(): Outbound[] {
  const found: Outbound[] = [];
  for (const file of htmlPages()) {
    for (const a of loadPage(file).querySelectorAll('a[href]')) {
      const href = (a.getAttribute('href') ?? '').trim();
      let url: URL;
      try {
        url = new URL(href, `${SITE_ORIGIN}/`);
      } catch {
        continue; // a malformed href is the internal-link check's business
      }
      if (!['http:', 'https:'].includes(url.protocol)) continue;
      if (url.origin === SITE_ORIGIN) continue;
      found.push({ file, href, rel: a.getAttribute('rel') ?? '', target: a.getAttribute('target') ?? '' });
    }
  }
  return found;
}

describe('outbound links', () => {
  const links = outboundLinks();

  it('finds outbound links to check (at least the exit link and the sources)', () => {
    expect(links.length).toBeGreaterThan(htmlPages().length);
  });

  it('every outbound link uses https', () => {
    const insecure = links.filter((l) => !l.href.startsWith('https://')).map((l) => `${l.file}: ${l.href}`);
    expect(insecure).toEqual([]);
  });

  it('every outbound link has rel containing "noreferrer", and "noopener" too where it opens a new tab', () => {
    const rels = (l: Outbound) => l.rel.toLowerCase().split(/\s+/);
    const leaky = links.filter((l) => !rels(l).includes('noreferrer')).map((l) => `${l.file}: ${l.href} rel="${l.rel}"`);
    expect(leaky).toEqual([]);
    const opener = links.filter((l) => l.target === '_blank' && !rels(l).includes('noopener')).map((l) => `${l.file}: ${l.href}`);
    expect(opener, 'target=_blank without noopener').toEqual([]);
  });

  it('no link names a window as its target (a named window can be reached by another page)', () => {
    const named: string[] = [];
    for (const file of htmlPages()) {
      for (const a of loadPage(file).querySelectorAll('a[target]')) {
        const target = a.getAttribute('target') ?? '';
        if (!['_blank', '_self'].includes(target)) named.push(`${file}: ${a.getAttribute('href')} target="${target}"`);
      }
    }
    expect(named).toEqual([]);
  });
});
