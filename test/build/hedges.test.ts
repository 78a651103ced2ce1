import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { htmlPages, loadPage, urlPathOf } from '../support/dist';
import { hedgesIn, hedgesOnPage, visibleText } from '../support/hedges';

/**
 * Hedges help instead of alarm (issue 12): one calm form, produced by one component (Confirmed)
 * from a record, said once. How hedges are counted: test/support/hedges.ts.
 */

const pages = htmlPages().map((file) => ({ file, path: urlPathOf(file), page: loadPage(file) }));

/** The old wordings, each different and some alarming, that the Confirmed component replaced. */
const oldWordings =
  /could not confirm|not (?:yet )?been able to (?:confirm|check)|may have changed|before you rely on|said to be|comes? from (?:older|an older|a \d{4}) sources?|we do not know|as far as we know|we have not found/i;

/** The hedges only the Confirmed component may write. */
const componentWordings = /not yet confirmed|last confirmed|we understand/i;

/** The page split into its smallest sections: the summary, each service card, and each run of content between headings. */
function sections(page: HTMLElement): string[] {
  const article = page.querySelector('main') ?? page;
  const chunks: string[] = [];
  for (const card of article.querySelectorAll('.service-card, .summary-box')) chunks.push(visibleText(card));
  const withoutCards = article.outerHTML.replace(/<section class="service-card[\s\S]*?<\/section>/g, '');
  for (const part of withoutCards.split(/<h[1-6]\b/)) chunks.push(part.replace(/<[^>]+>/g, ' '));
  return chunks;
}

describe('hedges on the built site', () => {
  it('finds pages with hedges, so the checks below have something to check', () => {
    expect(pages.filter((p) => hedgesOnPage(p.page).length > 0).length).toBeGreaterThan(5);
    expect(pages.flatMap((p) => p.page.querySelectorAll('[data-hedge]')).length).toBeGreaterThan(10);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s uses none of the old hedge wordings', (_path, { page }) => {
    const old = hedgesOnPage(page).filter((h) => oldWordings.test(h.phrase));
    expect(old.map((h) => h.context)).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: every "not yet confirmed" and "last confirmed" comes from the Confirmed component', (_path, { file }) => {
    const body = loadPage(file);
    for (const el of body.querySelectorAll('[data-hedge], .page-updates')) el.remove();
    const loose = hedgesIn(visibleText(body)).filter((h) => componentWordings.test(h.phrase));
    expect(loose.map((h) => h.context)).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s hedges each thing once', (_path, { page }) => {
    const keys = page.querySelectorAll('[data-hedge]').map((el) => el.getAttribute('data-hedge')!);
    const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(repeated, 'hedged twice on one page').toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: no service card or section says the same hedge twice', (_path, { page }) => {
    for (const card of page.querySelectorAll('.service-card')) {
      const hedges = hedgesIn(visibleText(card)).map((h) => h.context);
      expect(hedges.length, `card ${card.getAttribute('aria-labelledby')}: ${hedges.join(' | ')}`).toBeLessThanOrEqual(1);
    }
    for (const chunk of sections(page)) {
      const phrases = hedgesIn(chunk).map((h) => h.phrase.toLowerCase());
      expect(phrases.filter((p, i) => phrases.indexOf(p) !== i), chunk.slice(0, 200)).toEqual([]);
    }
  });

  it('shows each service’s hours with one line from the record: when they were confirmed, or where to find them (issue 26)', () => {
    const help = loadPage('getting-help/index.html');
    const line = (id: string) => help.querySelector(`.service-card:has(#${id}) [data-hedge]`)?.text;
    expect(line('national-stalking-helpline')).toMatch(/^Hours confirmed (\d{4}|[A-Z][a-z]+ \d{4})\.$/);
    expect(line('victim-support')).toBe('Hours confirmed 2020.');
    expect(line('galop')).toBe('Hours confirmed February 2023.');
    expect(line('mens-advice-line')).toBe('Check their website for opening times.');
    expect(line('paladin')).toBe('Check their website for opening times.');
    expect(line('victim-support-scotland')).toBe('Check their website for opening times.');
    expect(help.querySelector('main')!.text).not.toMatch(/not yet confirmed\.|Hours last confirmed/);
    expect(line('crimestoppers')).toBeUndefined();
  });
});
