import { english } from '../support/english';
import { describe, expect, it } from 'vitest';
import { guidancePages, loadPage } from '../support/dist';
import { pageScopes } from '../../src/schemas/guidance';
const { t } = english;

const pages = guidancePages();

describe('guidance pages', () => {
  it('exist', () => {
    expect(pages.length).toBeGreaterThan(0);
  });
});

describe.each(pages)('%s', (file) => {
  const html = loadPage(file);

  it('shows a summary of one to three points first', () => {
    const summary = html.querySelector('article .summary-box');
    expect(summary).not.toBeNull();
    const points = summary!.querySelectorAll('li');
    expect(points.length).toBeGreaterThanOrEqual(1);
    expect(points.length).toBeLessThanOrEqual(3);
  });

  it('says which part of the UK it is about', () => {
    expect(pageScopes.map((scope) => t(`scope.${scope}`))).toContain(html.querySelector('article .scope-tag')?.text.trim());
  });

  it('shows when it was last reviewed and when the next review is due', () => {
    const text = html.querySelector('.page-footer')!.text;
    expect(text).toMatch(/Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(text).toMatch(/Next review due: \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  // Their rel="noreferrer", like every outbound link's: test/build/outbound-links.test.ts.
  it('lists at least one https source', () => {
    const links = html.querySelectorAll('.page-footer .sources a');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    }
  });

  it('says it is information, not legal advice', () => {
    expect(html.querySelector('.page-footer')!.text).toMatch(/not legal advice/);
  });
});
