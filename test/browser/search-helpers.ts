/**
 * What the search quality tests share: searching on /search/ as a visitor does, and the page an
 * expected answer names. The held-back set has a test file of its own (search-heldback.test.ts),
 * so its queries stay out of the development test and its output.
 */
import type { Page } from 'playwright-core';

export const pageBox = '[data-search="page"]';

/** Searches on /search/ and reports the first three results, their snippets and whether the 999 panel shows. */
export async function searchFor(page: Page, query: string): Promise<{ top: string[]; snippets: string[]; danger: boolean; crisis: boolean }> {
  const root = page.locator(pageBox);
  const before = Number((await root.getAttribute('data-search-completed')) ?? '0');
  await root.locator('[data-search-input]').fill(query);
  await root.locator('[data-search-input]').press('Enter');
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-search="page"]')?.getAttribute('data-search-completed') ?? '0') > n,
    before,
  );
  const items = root.locator('[data-search-list] > li');
  const top = await items.locator('h3 a').evaluateAll((as) => as.slice(0, 3).map((a) => new URL(a.getAttribute('href') ?? '', 'http://site.invalid').pathname));
  const snippets = await items.evaluateAll((lis) => lis.slice(0, 3).map((li) => li.querySelector('.search-result__excerpt')?.textContent ?? ''));
  const danger = await root.locator('[data-search-danger-panel]').isVisible();
  const crisis = await root.locator('[data-search-crisis-panel]').isVisible();
  return { top, snippets, danger, crisis };
}

export const pathOf = (expected: string) => expected.replace(/#.*$/, '');
