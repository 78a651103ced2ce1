import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTelTargets } from '../../src/data/support-services';
import { footerNav } from '../../src/data/site';
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

  it('has the help strip with the helpline, 999 and a link to all support', () => {
    const strip = html.querySelector('.help-strip');
    expect(strip, 'help strip').not.toBeNull();
    expect(strip!.querySelector('a[href="tel:999"]'), '999 link').not.toBeNull();
    expect(strip!.querySelector('a[href="tel:+448088020300"]'), 'helpline link').not.toBeNull();
    expect(strip!.text).toMatch(/National Stalking Helpline/);
    expect(strip!.querySelector('a[href="/getting-help/"]'), 'link to all support').not.toBeNull();
  });

  it('has one H1, a skip link to main content, a title and the referrer policy', () => {
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    const skip = html.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main-content');
    expect(html.querySelector('main#main-content')).not.toBeNull();
    expect(html.querySelector('title')?.text.trim()).not.toBe('');
    expect(html.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
  });

  it('links the footer pages', () => {
    const footerLinks = html.querySelectorAll('.site-footer a').map((a) => a.getAttribute('href'));
    for (const item of footerNav) expect(footerLinks).toContain(item.href);
  });

  it('links phone numbers only from the support services record', () => {
    const known = new Set(allTelTargets());
    const tels = html
      .querySelectorAll('a[href^="tel:"], a[href^="sms:"]')
      .map((a) => a.getAttribute('href')!.replace(/^(tel|sms):/, ''));
    for (const tel of tels) expect(known, `tel:${tel} is not in the services record`).toContain(tel);
  });
});
