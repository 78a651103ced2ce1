import { describe, expect, it } from 'vitest';
import { guidancePages, loadPage } from '../support/dist';
import { pageScopes } from '../../src/schemas/guidance';
import { stringsFor } from '../../src/i18n';
import { figureWords } from '../../src/data/legal-figures';
import { localeOfFile, wordsOfFile } from '../support/page-locale';

const pages = guidancePages();

describe('guidance pages', () => {
  it('exist', () => {
    expect(pages.length).toBeGreaterThan(0);
  });
});

describe.each(pages)('%s', (file) => {
  const html = loadPage(file);
  // In the page's own language.
  const words = wordsOfFile(file);
  const { t } = words;
  const { longDate } = figureWords(words);
  /** A table message with its {date} as any long date of the page's language ("7 Rhagfyr 2026"). */
  const withAnyDate = (key: 'page.lastReviewed' | 'page.reviewDue') => {
    const [before, after] = stringsFor(localeOfFile(file))[key].split('{date}');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const sample = escape(longDate('2026-12-07').replace(/\p{L}+/u, 'MONTH').replace('2026', 'YEAR').replace('7', 'DAY'))
      .replace('MONTH', '\\p{L}+')
      .replace('YEAR', '\\d{4}')
      .replace('DAY', '\\d{1,2}');
    return new RegExp(`${escape(before!)}${sample}${escape(after!)}`, 'u');
  };

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
    if (localeOfFile(file) === 'en-GB') {
      expect(text).toMatch(/Page last reviewed: \d{1,2} [A-Z][a-z]+ \d{4}/);
      expect(text).toMatch(/Next review due: \d{1,2} [A-Z][a-z]+ \d{4}/);
    }
    expect(text).toMatch(withAnyDate('page.lastReviewed'));
    expect(text).toMatch(withAnyDate('page.reviewDue'));
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
    if (localeOfFile(file) === 'en-GB') expect(html.querySelector('.page-footer')!.text).toMatch(/not legal advice/);
    // The table's sentence in the page's language, up to its phone number.
    const notAdvice = stringsFor(localeOfFile(file))['page.notAdvice'].split('{')[0]!.trim();
    expect(html.querySelector('.page-footer')!.text.replace(/\s+/g, ' ')).toContain(notAdvice);
  });
});
