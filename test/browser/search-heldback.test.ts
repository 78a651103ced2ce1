import { expect, it } from 'vitest';
import { htmlPages, urlPathOf } from '../support/dist';
import { describeBrowser, openPage, useBrowser } from '../support/browser';
import { heldBackCases } from './search-heldback';
import { pathOf, searchFor } from './search-helpers';

/**
 * The held-back search quality set (issue 25): queries written before tuning, never tuned against,
 * in a file of their own (search-heldback.ts) that nobody working on the search reads. This test
 * prints its figure and holds a floor; the development set is test/browser/search-quality.test.ts.
 *
 * The issue's target is 95%. Measured 2026-12-07: 64.2% before issue 25 (43 of 67, the
 * unknown-person page not built), 86.3% after (63 of 73, with that page), 87.7% in the next round,
 * 94.5% (69 of 73) after the third round (measured by the lead; the floor then kept one query's margin),
 * 95.9% (70 of 73) after the fifth (measured by the lead, who has not read the queries): the floor is now
 * the issue's target.
 * The floor keeps what was gained: raise it only to a figure measured by someone who has not seen the
 * queries, never lower it.
 */
const floor = 0.95;

describeBrowser('search quality, held-back set', () => {
  useBrowser();

  it(`finds the right page in the top three for at least ${floor * 100}% of the held-back queries (issue 25’s target is 95%), and shows each panel exactly where it must`, async () => {
    const { page } = await openPage('/search/');
    const built = new Set(htmlPages().map(urlPathOf));
    // The page for people who do not know who is stalking them comes from another branch (issue 24):
    // until it is built, its queries are listed as pending, by name, and not counted.
    const pending = heldBackCases.filter((c) => c.expected.every((e) => !built.has(pathOf(e))));
    // Every page the set expects is built now (the unknown-person page landed): none may go uncounted.
    expect(pending.map((c) => c.query)).toEqual([]);
    const rows: { query: string; kind: string; top: string[]; hit: boolean; panelWrong: string }[] = [];
    for (const c of heldBackCases) {
      if (pending.includes(c)) continue;
      const found = await searchFor(page, c.query);
      const expected = c.expected.filter((e) => built.has(pathOf(e))).map(pathOf);
      const wrong = [
        c.panel === 'danger' && !found.danger ? 'no 999 panel' : '',
        c.panel === 'crisis' && !found.crisis ? 'no crisis panel' : '',
        c.noPanel?.includes('danger') && found.danger ? '999 panel shown' : '',
        c.noPanel?.includes('crisis') && found.crisis ? 'crisis panel shown' : '',
      ].filter(Boolean).join(', ');
      rows.push({ query: c.query, kind: c.kind, top: found.top, hit: found.top.some((t) => expected.includes(t)), panelWrong: wrong });
    }
    const hits = rows.filter((r) => r.hit).length;
    const rate = hits / rows.length;
    const kinds = [...new Set(rows.map((r) => r.kind))].map((k) => {
      const of = rows.filter((r) => r.kind === k);
      return `${k} ${of.filter((r) => r.hit).length}/${of.length}`;
    });
    const report = [
      ...rows.map((r) => `| ${r.query} | ${r.kind} | ${r.top.join(' ') || '(none)'} | ${r.hit ? 'yes' : 'NO'} | ${r.panelWrong} |`),
      `Held-back top-3 hit rate: ${hits}/${rows.length} = ${(rate * 100).toFixed(1)}% (${kinds.join('; ')})`,
      `Misses: ${rows.filter((r) => !r.hit).map((r) => r.query).join('; ') || 'none'}`,
      `Panels wrong: ${rows.filter((r) => r.panelWrong).map((r) => `${r.query} (${r.panelWrong})`).join('; ') || 'none'}`,
      `Pending (page not built yet): ${pending.map((c) => c.query).join('; ') || 'none'}`,
    ].join('\n');
    console.log(`\nHeld-back search quality\n${report}\n`);
    expect(heldBackCases.length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.panelWrong).map((r) => `${r.query}: ${r.panelWrong}`), report).toEqual([]);
    expect(rate, report).toBeGreaterThanOrEqual(floor);
  }, 180_000);
});
