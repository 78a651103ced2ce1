import axe from 'axe-core';
import type { Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { getService } from '../../src/data/support-services';
import { serviceIn } from '../../src/data/record-words';
import { guidancePages, loadPage, urlPathOf } from '../support/dist';
import { localeOfFile } from '../support/page-locale';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/** Submits a search in the search box inside `root` and waits until it has finished. */
async function search(page: Page, root: string, words: string): Promise<void> {
  const box = page.locator(`${root}`);
  const before = Number((await box.getAttribute('data-search-completed')) ?? '0');
  await box.locator('[data-search-input]').fill(words);
  await box.locator('[data-search-input]').press('Enter');
  await page.waitForFunction(
    ([selector, count]) => Number(document.querySelector(selector as string)?.getAttribute('data-search-completed') ?? '0') > (count as number),
    [root, before] as const,
  );
}

const pageBox = '[data-search="page"]';
const headerBox = '[data-search="header"]';

/** Activates the header's "Search" (a button where scripts run), which builds the field, focused. */
async function openHeaderSearch(page: Page): Promise<void> {
  await page.locator('.site-header button.site-nav__search').click();
  await page.waitForFunction(() => document.activeElement?.matches('[data-search="header"] [data-search-input]'));
}
const isSearchCode = (url: string) => /\/pagefind\//.test(url) || /\/_astro\/search-(ui|pipeline)[.-]/.test(url);
const isPipeline = (url: string) => /\/_astro\/search-pipeline[.-]/.test(url);

async function runAxe(page: Page) {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** What the page has stored or put in the address bar. */
async function traces(page: Page) {
  return page.evaluate(() => ({
    search: location.search,
    hash: location.hash,
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    historyLength: history.length,
  }));
}

describeBrowser('search', () => {
  useBrowser();
  // The English pages: the search page tested here is English's.
  const guidance = guidancePages().filter((file) => localeOfFile(file) === 'en-GB').map(urlPathOf);
  const aGuidancePage = guidance[0] ?? '/what-is-a-stalking-protection-order/';

  it('loads no search code and has no field on a guidance page until Search is activated, which builds the field, focused', async () => {
    const context = await newContext();
    const requests: string[] = [];
    context.on('request', (r: Request) => requests.push(r.url()));
    const { page } = await openPage(aGuidancePage, context);
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchCode)).toEqual([]);
    expect(await page.locator('input, form').count()).toBe(0);
    const control = page.locator('.site-header button.site-nav__search');
    expect(await control.getAttribute('aria-expanded')).toBe('false');
    const pagefind = page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
    await openHeaderSearch(page);
    expect(await control.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`${headerBox} form[role="search"] [data-search-input]`).isVisible()).toBe(true);
    expect(await page.locator(`label[for="${await page.locator(`${headerBox} [data-search-input]`).getAttribute('id')}"]`).textContent()).toBe('Search this site');
    await pagefind;
    expect(requests.some((u) => /\/_astro\/search-ui[.-]/.test(u))).toBe(true);
    // Activating it again closes it.
    await control.click();
    expect(await page.locator(headerBox).isVisible()).toBe(false);
    expect(await control.getAttribute('aria-expanded')).toBe('false');
  });

  it('on the search page loads the search code at once, and Pagefind only when the field is focused', async () => {
    const context = await newContext();
    const requests: string[] = [];
    context.on('request', (r: Request) => requests.push(r.url()));
    const { page } = await openPage('/search/', context);
    await page.waitForLoadState('networkidle');
    expect(requests.some((u) => /\/_astro\/search-ui[.-]/.test(u))).toBe(true);
    expect(requests.filter((u) => /\/pagefind\//.test(u) || isPipeline(u))).toEqual([]);
    const pipeline = page.waitForResponse((r) => isPipeline(r.url()));
    const script = page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
    const index = page.waitForResponse((r) => /\/pagefind\/[^/]+\.pf_meta$/.test(r.url()));
    await page.locator(`${pageBox} [data-search-input]`).focus();
    expect((await pipeline).ok()).toBe(true);
    expect((await script).ok()).toBe(true);
    expect((await index).ok()).toBe(true);
  });

  it('shows results in place under the header field, and Escape closes them', async () => {
    const { page } = await openPage(aGuidancePage);
    const url = page.url();
    await openHeaderSearch(page);
    await search(page, headerBox, 'stalking protection order');
    const results = page.locator(`${headerBox} [data-search-list] > li`);
    expect(await results.count()).toBeGreaterThan(0);
    expect(await page.locator(`${headerBox} [data-search-status]`).textContent()).toMatch(/match your search\.$|^5 best matches\.$/);
    expect(page.url()).toBe(url);
    await page.locator(`${headerBox} [data-search-input]`).press('Escape');
    expect(await page.locator(`${headerBox} [data-search-results]`).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
  });

  it('lists results with a title link, a plain excerpt and links to matching sections', async () => {
    const { page } = await openPage('/search/');
    await search(page, pageBox, 'police');
    const list = page.locator(`${pageBox} ol[data-search-list]`);
    expect(await list.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await page.locator(`#${await list.getAttribute('aria-labelledby')}`).textContent()).toBe('Search results');
    const first = list.locator('> li').first();
    expect(await first.locator('h3 a').count()).toBe(1);
    expect(guidance).toContain(new URL((await first.locator('h3 a').getAttribute('href'))!, 'http://x').pathname);
    const excerpt = await first.locator('.search-result__excerpt').textContent();
    expect(excerpt?.length).toBeGreaterThan(20);
    expect(await first.locator('.search-result__excerpt mark, .search-result__excerpt *').count()).toBe(0);
    const sections = page.locator(`${pageBox} .search-result__sections a`);
    expect(await sections.count()).toBeGreaterThan(0);
    expect(await sections.first().getAttribute('href')).toMatch(/^\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  });

  it('announces the number of results in a status region', async () => {
    const { page } = await openPage('/search/');
    const status = page.locator(`${pageBox} [data-search-status]`);
    expect(await status.getAttribute('role')).toBe('status');
    await search(page, pageBox, 'stalking');
    const count = await page.locator(`${pageBox} [data-search-list] > li`).count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    // Either every match is shown and counted, or the five best are, with the rest behind "Show more results".
    const more = await page.locator(`${pageBox} button.search__more`).isVisible();
    expect(await status.textContent()).toBe(more ? '5 best matches.' : count === 1 ? '1 page matches your search.' : `${count} pages match your search.`);
  });

  it('can be used with the keyboard alone: type, Enter, then Tab to the first result', async () => {
    const { page } = await openPage('/search/');
    await page.locator(`${pageBox} [data-search-input]`).focus();
    await page.keyboard.type('interim order');
    const before = Number((await page.locator(pageBox).getAttribute('data-search-completed')) ?? '0');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => Number(document.querySelector('[data-search="page"]')?.getAttribute('data-search-completed')) > n, before);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Search');
    const focusedHref = async () => page.evaluate(() => document.activeElement?.getAttribute('href'));
    for (let i = 0; i < 20 && !(await focusedHref()); i += 1) await page.keyboard.press('Tab');
    const firstResult = await page.locator(`${pageBox} [data-search-list] > li h3 a`).first().getAttribute('href');
    expect(await focusedHref()).toBe(firstResult);
  });

  it('filters by topic with native checkboxes (ticked with the keyboard), and offers the audience boxes', async () => {
    const topicOf = new Map(
      guidancePages().map((file) => {
        const attr = loadPage(file).querySelector('article[data-pagefind-body]')?.getAttribute('data-pagefind-filter') ?? '';
        return [urlPathOf(file), /topic:([a-z-]+)/.exec(attr)?.[1]];
      }),
    );
    const { page } = await openPage('/search/');
    await search(page, pageBox, 'order');
    const all = await page.locator(`${pageBox} [data-search-list] > li h3 a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const topics = new Set(all.map((href) => topicOf.get(href!)));
    expect(topics.size, 'the test needs results from more than one topic').toBeGreaterThan(1);
    const topic = [...topics][0]!;
    await page.locator(`${pageBox} details.search__filters summary`).click();
    const box = page.locator(`${pageBox} input[type="checkbox"][data-search-filter="topic"][value="${topic}"]`);
    const before = Number(await page.locator(pageBox).getAttribute('data-search-completed'));
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await page.waitForFunction((n) => Number(document.querySelector('[data-search="page"]')?.getAttribute('data-search-completed')) > n, before);
    const filtered = await page.locator(`${pageBox} [data-search-list] > li h3 a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(filtered.length).toBeGreaterThan(0);
    // Only the ticked topic's pages: not the mixed list shown before.
    expect(filtered).not.toEqual(all);
    expect(filtered.every((href) => topicOf.get(href!) === topic)).toBe(true);
    expect(await page.locator(`${pageBox} [data-search-status]`).textContent()).toMatch(/boxes you ticked/);
    const audience = page.locator(`${pageBox} input[data-search-filter="audience"][value="victim"]`);
    expect(await page.locator(`label[for="${await audience.getAttribute('id')}"]`).textContent()).toBe('Someone being stalked');
  });

  it('explains an empty result and offers the A to Z list and the helpline, from the services record', async () => {
    const { page } = await openPage('/search/');
    await search(page, pageBox, 'qqxqzv');
    expect(await page.locator(`${pageBox} [data-search-status]`).textContent()).toBe('No pages match your search.');
    const none = page.locator(`${pageBox} [data-search-none]`);
    expect(await none.isVisible()).toBe(true);
    expect(await none.locator('a[href="/a-to-z/"]').count()).toBe(1);
    const helpline = getService('national-stalking-helpline').phone!;
    const tel = none.locator(`a[href="tel:${helpline.e164}"]`);
    expect(await tel.count()).toBe(1);
    expect(await tel.textContent()).toContain(helpline.display);
    expect(await page.locator(`${pageBox} [data-search-results]`).isVisible()).toBe(false);
  });

  it('has no axe violations on the search page with results shown, and with none', async () => {
    const { page } = await openPage('/search/');
    await search(page, pageBox, 'stalking protection order');
    expect(await page.locator(`${pageBox} [data-search-list] > li`).count()).toBeGreaterThan(0);
    expect(await runAxe(page)).toEqual([]);
    await search(page, pageBox, 'qqxqzv');
    expect(await page.locator(`${pageBox} [data-search-none]`).isVisible()).toBe(true);
    expect(await runAxe(page)).toEqual([]);
  });

  it('has no axe violations with results open under the header field', async () => {
    const { page } = await openPage(aGuidancePage);
    await openHeaderSearch(page);
    await search(page, headerBox, 'interim');
    expect(await page.locator(`${headerBox} [data-search-list] > li`).count()).toBeGreaterThan(0);
    expect(await runAxe(page)).toEqual([]);
  });

  it('shows the 999 panel above the results when the words read as danger, with a call link from the services record', async () => {
    const emergency = serviceIn('en-GB', 'emergency');
    const { page } = await openPage('/search/');
    await search(page, pageBox, 'he is outside my house now');
    const panel = page.locator(`${pageBox} [data-search-danger-panel]`);
    expect(await panel.isVisible()).toBe(true);
    const call = panel.locator(`a[href="tel:${emergency.phone!.e164}"]`);
    expect(await call.textContent()).toContain(emergency.phone!.display);
    const box = (await call.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    // The silent-call advice, found by its kind in the services record, as the record words it:
    // its first sentence (what to do), and not the rest, so the panel fits a phone's first screen.
    const silent = emergency.otherContact?.find((c) => c.kind === 'silent-call');
    expect(silent?.detail, 'the 999 record has silent-call advice').toBeTruthy();
    const [advice, ...later] = silent!.detail!;
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toContain(advice);
    for (const sentence of later) expect(panelText).not.toContain(sentence);
    // The panel comes first and does not replace the results.
    const first = page.locator(`${pageBox} [data-search-list] > li`).first();
    expect(await first.isVisible()).toBe(true);
    expect((await panel.boundingBox())!.y).toBeLessThan((await first.boundingBox())!.y);
    const status = (await page.locator(`${pageBox} [data-search-status]`).textContent()) ?? '';
    expect(status.startsWith((await panel.locator('[data-search-danger-title]').textContent())!)).toBe(true);
    expect(status).toMatch(/(pages match your search|5 best matches)\.$/);
    expect(await runAxe(page)).toEqual([]);
    // Words that only mention danger do not show it, and a new search hides it again.
    await search(page, pageBox, 'what is the danger of stalking');
    expect(await panel.isVisible()).toBe(false);
    await search(page, pageBox, 'help me');
    expect(await panel.isVisible()).toBe(true);
    await search(page, pageBox, 'qqxqzv');
    expect(await page.locator(`${pageBox} [data-search-none]`).isVisible()).toBe(true);
    expect(await panel.isVisible()).toBe(false);
  });

  it('on a phone, shows the 999 panel and the first result under the header field without scrolling', async () => {
    const context = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const { page } = await openPage(aGuidancePage, context);
    await openHeaderSearch(page);
    await search(page, headerBox, 'he is outside my house now');
    const panel = page.locator(`${headerBox} [data-search-danger-panel]`);
    const first = page.locator(`${headerBox} [data-search-list] > li h4 a`).first();
    expect(await panel.isVisible()).toBe(true);
    const view = await page.evaluate(() => ({ height: window.innerHeight, scrolled: window.scrollY }));
    const panelBox = (await panel.boundingBox())!;
    const firstBox = (await first.boundingBox())!;
    expect(panelBox.y).toBeGreaterThanOrEqual(0);
    expect(firstBox.y + firstBox.height, `first result at ${firstBox.y}px of ${view.height}px`).toBeLessThanOrEqual(view.height);
    expect(view.scrolled).toBe(0);
    expect(await runAxe(page)).toEqual([]);
  });

  it('shows the best results first and the rest in place with "Show more results", moving focus to the first new one', async () => {
    for (const [path, root, firstShown, level] of [
      [aGuidancePage, headerBox, 5, 'h4'],
      ['/search/', pageBox, 5, 'h3'],
    ] as const) {
      const { page } = await openPage(path);
      if (root === headerBox) await openHeaderSearch(page);
      await search(page, root, 'stalking');
      const items = page.locator(`${root} [data-search-list] > li`);
      const status = page.locator(`${root} [data-search-status]`);
      expect(await items.count()).toBe(firstShown);
      expect(await status.textContent()).toBe(`${firstShown} best matches.`);
      const more = page.locator(`${root} button.search__more`);
      const total = firstShown + Number(/^Show (\d+) more results$/.exec((await more.textContent()) ?? '')?.[1]);
      expect(total, 'the test needs more results than are shown first').toBeGreaterThan(firstShown);
      const box = (await more.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      const firstHrefs = await items.locator(`${level} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      await more.focus();
      await page.keyboard.press('Enter');
      expect(await items.count()).toBe(total);
      expect(await more.isVisible()).toBe(false);
      expect(await status.textContent()).toBe(`All ${total} results are shown.`);
      // The first results stay where they were, and focus moves to the first new one.
      expect((await items.locator(`${level} a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, firstShown)).toEqual(firstHrefs);
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(focused).toBe(await items.nth(firstShown).locator(`${level} a`).getAttribute('href'));
      expect(await runAxe(page)).toEqual([]);
      // A new search starts again from the best few.
      await search(page, root, 'order');
      expect(await items.count()).toBeLessThanOrEqual(firstShown);
    }
  });

  it('leaves nothing behind: no query in the URL, nothing stored, no cookies, no new history entry', async () => {
    const context = await newContext();
    for (const [path, root] of [
      ['/search/', pageBox],
      [aGuidancePage, headerBox],
    ] as const) {
      const { page } = await openPage(path, context);
      if (root === headerBox) await openHeaderSearch(page);
      const start = await traces(page);
      await search(page, root, 'restraining order');
      await search(page, root, 'he keeps turning up');
      const after = await traces(page);
      expect(after).toEqual({ search: '', hash: '', local: 0, session: 0, cookie: '', historyLength: start.historyLength });
      expect(new URL(page.url()).pathname).toBe(path);
      // Results link straight to pages: no search words added to any link.
      const hrefs = await page.locator(`${root} [data-search-list] a`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((h) => h.includes('?'))).toEqual([]);
    }
    expect(await context.cookies()).toEqual([]);
  });

  it('clears the field and results when the page is left, so Back does not show them', async () => {
    const { page } = await openPage('/search/');
    await search(page, pageBox, 'breach');
    await page.goto('/a-to-z/');
    await page.goBack();
    await page.waitForLoadState('load');
    expect(await page.locator(`${pageBox} [data-search-input]`).inputValue()).toBe('');
    expect(await page.locator(`${pageBox} [data-search-list] > li`).count()).toBe(0);
  });

  it('without JavaScript shows the A to Z list and no dead search form', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const { page } = await openPage('/search/', context);
    expect(await page.locator(pageBox).isVisible()).toBe(false);
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
    expect(await page.locator('.page-index a').count()).toBeGreaterThan(guidance.length);
    const other = await openPage(aGuidancePage, context);
    expect(await other.page.locator(headerBox).isVisible()).toBe(false);
    expect(await other.page.locator('.site-nav a[href="/search/"]').isVisible()).toBe(true);
    // The header's Search is a link to the search page, which lists every page A to Z.
    await other.page.locator('.site-nav a[href="/search/"]').click();
    await other.page.waitForURL(/\/search\/$/);
    expect(await other.page.locator('.page-index a').count()).toBeGreaterThan(guidance.length);
  });
});
