import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { serviceIn } from '../../src/data/record-words';
import { guidancePages, urlPathOf } from '../support/dist';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/**
 * What the search panels show a frightened person on a cheap phone (issue 25): the 999 and crisis
 * panels, the count line and "Show more results", the first result on the first screen, and no word
 * run into a number ("Call999", "call0808 802 0300") in any state the panels can be in.
 */
const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const pageBox = '[data-search="page"]';
const headerBox = '[data-search="header"]';

async function search(page: Page, root: string, words: string): Promise<void> {
  const box = page.locator(root);
  const before = Number((await box.getAttribute('data-search-completed')) ?? '0');
  await box.locator('[data-search-input]').fill(words);
  await box.locator('[data-search-input]').press('Enter');
  await page.waitForFunction(
    ([selector, count]) => Number(document.querySelector(selector as string)?.getAttribute('data-search-completed') ?? '0') > (count as number),
    [root, before] as const,
  );
}

async function openHeaderSearch(page: Page): Promise<void> {
  await page.locator('.site-header button.site-nav__search').click();
  await page.waitForFunction(() => document.activeElement?.matches('[data-search="header"] [data-search-input]'));
}

/**
 * Letters and digits that touch in what the panels show (innerText: as laid out, so a space the
 * layout swallows is missing here too), and in each link's and button's text; results' own page
 * text (titles, snippets) is left out, as it is the pages' words.
 */
async function gluedWords(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluate((box) => {
    const glued = (text: string) => text.match(/\p{L}\p{N}|\p{N}\p{L}/gu) ?? [];
    const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    const texts: string[] = [];
    for (const el of box.querySelectorAll('.search__status, .search-danger, .search-none, [data-search-failed], .search__more, .search-danger a, .search-none a')) {
      if (shown(el)) texts.push((el as HTMLElement).innerText);
    }
    // A link or button whose words the layout broke into separate boxes (a flex box drops the space
    // before the number's span: copied or read as text it is "Call999"; innerText shows the break).
    const split = [...box.querySelectorAll('.search-danger a, .search-none a, .search__more, [data-search-failed] a')]
      .filter((el) => shown(el) && /\n/.test((el as HTMLElement).innerText))
      .map((el) => `"${(el as HTMLElement).innerText.replace(/\n/g, '⏎')}" split by the layout`);
    return [...texts.flatMap((text) => glued(text).map((g) => `${g} in "${text.replace(/\s+/g, ' ').slice(0, 80)}"`)), ...split];
  });
}

const visible = (page: Page, root: string, selector: string) => page.locator(`${root} ${selector}`).isVisible();

describeBrowser('search panels', () => {
  useBrowser();
  const aGuidancePage = guidancePages().map(urlPathOf)[0]!;
  const samaritans = serviceIn('en-GB', 'samaritans');

  it('no word runs into a number in any state of the page and header panels (results, danger, crisis, both, none)', async () => {
    const states: [string, string, { danger: boolean; crisis: boolean; none: boolean }][] = [
      ['results', 'breach', { danger: false, crisis: false, none: false }],
      ['danger', 'he is outside my house now', { danger: true, crisis: false, none: false }],
      ['crisis', 'i want to die', { danger: false, crisis: true, none: false }],
      ['danger and crisis', 'he is outside now and i want to die', { danger: true, crisis: true, none: false }],
      ['no results', 'qqxqzz', { danger: false, crisis: false, none: true }],
      ['danger, no results', 'help', { danger: true, crisis: false, none: false }],
    ];
    const problems: string[] = [];
    const seen: string[] = [];
    const context = await newContext(phone);
    const { page } = await openPage('/search/', context);
    const { page: header } = await openPage(aGuidancePage, context);
    await openHeaderSearch(header);
    for (const [p, root] of [[page, pageBox], [header, headerBox]] as const) {
      for (const [name, query, want] of states) {
        await search(p, root, query);
        const got = {
          danger: await visible(p, root, '[data-search-danger-panel]'),
          crisis: await visible(p, root, '[data-search-crisis-panel]'),
          none: await visible(p, root, '.search-none'),
        };
        if (name !== 'danger, no results') expect([root, name, got]).toEqual([root, name, want]);
        else expect([root, name, got.danger]).toEqual([root, name, true]);
        seen.push(`${root} ${name}`);
        problems.push(...(await gluedWords(p, root)).map((g) => `${root} ${name}: ${g}`));
        // What a screen reader is given: the accessibility tree's names and text.
        const aria = await p.locator(`${root} .search__panel`).ariaSnapshot();
        problems.push(...(aria.match(/\p{L}\p{N}|\p{N}\p{L}/gu) ?? []).map((g) => `${root} ${name}: ${g} in the accessibility tree`));
      }
    }
    expect(seen.length).toBe(12);
    expect(problems).toEqual([]);
    // The buttons read as words with the number after a space, as a screen reader hears them.
    await search(page, pageBox, 'he is outside now and i want to die');
    expect(await page.locator(`${pageBox} [data-search-danger-call]`).innerText()).toBe('Call 999');
    expect(await page.locator(`${pageBox} [data-search-crisis-call]`).innerText()).toBe(`Call ${samaritans.name} on ${samaritans.phone!.display}`);
  });

  it('the crisis panel offers Samaritans with its number, beside 999, above the results; it is gone on the next search', async () => {
    const { page } = await openPage('/search/', await newContext(phone));
    await search(page, pageBox, 'i keep thinking about suicide');
    const panel = page.locator(`${pageBox} [data-search-crisis-panel]`);
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([`tel:${samaritans.phone!.e164}`, 'tel:999']);
    const panelBox = (await panel.boundingBox())!;
    const first = await page.locator(`${pageBox} [data-search-list] > li`).first().boundingBox();
    if (first) expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(first.y);
    // Announced before the count.
    expect(await page.locator(`${pageBox} [data-search-status]`).textContent()).toMatch(/^Struggling to cope, or thinking about suicide\? Call Samaritans on 116 123\./);
    await search(page, pageBox, 'how long does an order last');
    expect(await panel.isVisible()).toBe(false);
  });

  it('at 360 × 740 the first result is on the first screen after pressing Search, on the search page and in the header panel', async () => {
    const context = await newContext(phone);
    const { page } = await openPage('/search/', context);
    const { page: header } = await openPage(aGuidancePage, context);
    await openHeaderSearch(header);
    const tops: string[] = [];
    for (const [p, root] of [[page, pageBox], [header, headerBox]] as const) {
      for (const query of ['breach', 'police wont help', 'he is outside my house now']) {
        await search(p, root, query);
        const box = await p.locator(`${root} [data-search-list] > li h3, ${root} [data-search-list] > li h4`).first().boundingBox();
        const scroll = await p.evaluate(() => window.scrollY);
        const bottom = box ? box.y + box.height : Infinity;
        tops.push(`${root} "${query}": first result heading ${box?.y.toFixed(0)}-${bottom.toFixed(0)} px, scrolled ${scroll}`);
        expect([root, query, scroll === 0 && bottom <= 740], tops.join('\n')).toEqual([root, query, true]);
      }
    }
    console.log(`\nFirst result at 360 × 740:\n${tops.join('\n')}\n`);
  });

  it('says "Showing results for …" when misspelt words were corrected, and not otherwise', async () => {
    const { page } = await openPage('/search/', await newContext(phone));
    const status = page.locator(`${pageBox} [data-search-status]`);
    await search(page, pageBox, 'stalkign protecton');
    expect(await status.textContent()).toMatch(/^Showing results for “stalking protection”\. /);
    expect(await page.locator(`${pageBox} [data-search-list] > li`).count()).toBeGreaterThan(0);
    await search(page, pageBox, 'stalking protection');
    expect(await status.textContent()).not.toMatch(/Showing results for/);
  });

  it('shows at most five best matches with a count line that says so, then "Show more results" shows the rest', async () => {
    const { page } = await openPage('/search/', await newContext(phone));
    await search(page, pageBox, 'order');
    const items = page.locator(`${pageBox} [data-search-list] > li`);
    expect(await items.count()).toBe(5);
    const status = page.locator(`${pageBox} [data-search-status]`);
    expect(await status.innerText()).toBe('5 best matches.');
    const more = page.locator(`${pageBox} .search__more`);
    expect(await more.isVisible()).toBe(true);
    const rest = Number(/(\d+)/.exec(await more.innerText())?.[1]);
    expect(rest).toBeGreaterThan(0);
    await more.click();
    expect(await items.count()).toBe(5 + rest);
    expect(await status.innerText()).toBe(`All ${5 + rest} results are shown.`);
    expect(await more.isVisible()).toBe(false);
    // Few matches: all shown, no button, the line says how many.
    await search(page, pageBox, 'fingerprints');
    const few = await items.count();
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThanOrEqual(5);
    expect(await status.innerText()).toBe(few === 1 ? '1 page matches your search.' : `${few} pages match your search.`);
    expect(await more.isVisible()).toBe(false);
  });
});
