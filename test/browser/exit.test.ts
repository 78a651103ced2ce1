/**
 * Exit this page (safety note, promise 4), in Chromium against the built site. The exit page
 * (https://www.bbc.co.uk/weather) is routed to a local stub, and only these tests allow its
 * origin in the shared foreign-request check.
 */
import axe from 'axe-core';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { EXIT_EVENT, EXIT_URL } from '../../src/scripts/exit-url';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { guidancePages, readDist, urlPathOf } from '../support/dist';

const EXIT_ORIGIN = new URL(EXIT_URL).origin;
const STUB_TITLE = 'Exit stub';

/** The longest guidance page: the one that scrolls most. */
function longestGuidancePage(): string {
  const [longest] = guidancePages().sort((a, b) => readDist(b).length - readDist(a).length);
  return urlPathOf(longest!);
}

interface ExitRun {
  page: Page;
  context: BrowserContext;
  /** Requests that reached the stubbed exit page, with their Referer header. */
  exits: { url: string; referer: string | undefined }[];
  /** What the page looked like when it fired the exit event. */
  atExit: { overlayCoversPage: boolean; overlayBackground: string; pageHidden: boolean }[];
}

/** Opens a page with the exit page stubbed, recording exit requests and the page's state at exit. */
async function openForExit(
  urlPath: string,
  { contextOptions = {}, fakeClock = false }: { contextOptions?: BrowserContextOptions; fakeClock?: boolean } = {},
): Promise<ExitRun> {
  const context = await newContext(contextOptions);
  const exits: ExitRun['exits'] = [];
  const atExit: ExitRun['atExit'] = [];
  await context.route(`${EXIT_ORIGIN}/**`, async (route) => {
    exits.push({ url: route.request().url(), referer: (await route.request().allHeaders())['referer'] });
    await route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>${STUB_TITLE}</title><p>Weather</p>` });
  });
  const { page } = await openPage('', context, { allowOrigins: [EXIT_ORIGIN] });
  if (contextOptions.javaScriptEnabled !== false) {
    await page.exposeFunction('__spoRecordExit', (state: ExitRun['atExit'][number]) => atExit.push(state));
    await page.addInitScript((eventName: string) => {
      window.addEventListener(eventName, () => {
        const overlay = document.querySelector<HTMLElement>('.exit-this-page__overlay');
        const atCentre = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        const main = document.querySelector('main');
        (window as unknown as { __spoRecordExit: (s: unknown) => void }).__spoRecordExit({
          overlayCoversPage: !!overlay && !overlay.hidden && atCentre === overlay,
          overlayBackground: overlay ? getComputedStyle(overlay).backgroundColor : '',
          pageHidden: !!main && getComputedStyle(main).visibility === 'hidden',
        });
      });
    }, EXIT_EVENT);
  }
  if (fakeClock) await page.clock.install();
  await page.goto(urlPath);
  return { page, context, exits, atExit };
}

async function expectExited(run: ExitRun): Promise<void> {
  await run.page.waitForURL(EXIT_URL);
  expect(await run.page.title()).toBe(STUB_TITLE);
  expect(run.exits.map((e) => e.url)).toEqual([EXIT_URL]);
  expect(run.exits[0]!.referer, 'no Referer sent to the exit page').toBeUndefined();
}

/** Whether the page is still here after giving a (wrong) exit time to happen. */
async function expectStayed(run: ExitRun, urlPath: string): Promise<void> {
  await run.page.waitForTimeout(400);
  expect(new URL(run.page.url()).pathname).toBe(urlPath);
  expect(run.exits).toEqual([]);
}

async function progress(page: Page): Promise<{ shown: boolean; on: number; status: string }> {
  return page.evaluate(() => {
    const indicator = document.querySelector<HTMLElement>('.exit-this-page__indicator')!;
    return {
      shown: !indicator.hidden && indicator.getBoundingClientRect().width > 0,
      on: indicator.querySelectorAll('.is-on').length,
      status: document.querySelector('.exit-this-page [role="status"]')!.textContent ?? '',
    };
  });
}

describeBrowser('Exit this page', () => {
  useBrowser();

  it('the red button exits: blank overlay at once, exit event for the guide, then the exit page', async () => {
    const run = await openForExit('/guide/');
    await run.page.getByRole('link', { name: 'Exit this page' }).last().click();
    await expectExited(run);
    expect(run.atExit).toHaveLength(1);
    expect(run.atExit[0]!.overlayCoversPage).toBe(true);
    expect(run.atExit[0]!.pageHidden).toBe(true);
    // System colour Canvas is white in Chromium's light scheme.
    expect(run.atExit[0]!.overlayBackground).toBe('rgb(255, 255, 255)');
  });

  it('the skip link is the first Tab stop, shows when focused, and exits', async () => {
    const run = await openForExit('/');
    await run.page.keyboard.press('Tab');
    const focused = await run.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent?.trim(), href: el.getAttribute('href'), visible: box.left >= 0 && box.top >= 0 && box.width > 0 && box.right <= innerWidth };
    });
    expect(focused).toEqual({ text: 'Exit this page', href: EXIT_URL, visible: true });
    await run.page.keyboard.press('Enter');
    await expectExited(run);
    expect(run.atExit).toHaveLength(1);
  });

  it('pressing Shift 3 times exits, announcing progress politely and showing three steps', async () => {
    const run = await openForExit('/a-to-z/');
    expect(await progress(run.page)).toEqual({ shown: false, on: 0, status: '' });
    expect(await run.page.locator('.exit-this-page [role="status"]').getAttribute('aria-live')).not.toBe('assertive');
    await run.page.keyboard.press('Shift');
    const one = await progress(run.page);
    expect(one).toMatchObject({ shown: true, on: 1 });
    expect(one.status).toMatch(/1 time.*2 more times/);
    await run.page.keyboard.press('Shift');
    const two = await progress(run.page);
    expect(two).toMatchObject({ shown: true, on: 2 });
    expect(two.status).toMatch(/2 times.*1 more time/);
    await run.page.keyboard.press('Shift');
    await expectExited(run);
    expect(run.atExit).toHaveLength(1);
    expect(run.atExit[0]!.overlayCoversPage).toBe(true);
  });

  it('Shift used with another key does not count, and any other key starts again', async () => {
    const run = await openForExit('/a-to-z/');
    for (let i = 0; i < 3; i += 1) await run.page.keyboard.press('Shift+KeyA');
    expect(await progress(run.page)).toMatchObject({ shown: false, on: 0 });
    await expectStayed(run, '/a-to-z/');

    await run.page.keyboard.press('Shift');
    await run.page.keyboard.press('Shift');
    expect((await progress(run.page)).on).toBe(2);
    await run.page.keyboard.press('KeyB');
    expect(await progress(run.page)).toMatchObject({ shown: false, on: 0 });
    await run.page.keyboard.press('Shift');
    expect((await progress(run.page)).on).toBe(1);
    await expectStayed(run, '/a-to-z/');

    await run.page.keyboard.press('Shift');
    await run.page.keyboard.press('Shift');
    await expectExited(run);
  });

  it('a gap of 6 seconds resets the count; 3 presses within 5 seconds still exit', async () => {
    const run = await openForExit('/guide/', { fakeClock: true });
    await run.page.keyboard.press('Shift');
    await run.page.keyboard.press('Shift');
    expect((await progress(run.page)).on).toBe(2);
    await run.page.clock.fastForward(6000);
    const reset = await progress(run.page);
    expect(reset).toMatchObject({ shown: false, on: 0 });
    expect(reset.status).toMatch(/stopped/i);
    await run.page.keyboard.press('Shift');
    expect((await progress(run.page)).on).toBe(1);
    await expectStayed(run, '/guide/');

    await run.page.clock.fastForward(4000);
    await run.page.keyboard.press('Shift');
    await run.page.keyboard.press('Shift');
    await expectExited(run);
  });

  it('after exit, history.back() does not land on the page that was exited', async () => {
    const run = await openForExit('/guide/');
    await run.page.goto('/a-to-z/');
    await run.page.getByRole('link', { name: 'Exit this page' }).last().click();
    await expectExited(run);
    await run.page.evaluate(() => history.back());
    await run.page.waitForURL((url) => url.origin !== EXIT_ORIGIN);
    expect(new URL(run.page.url()).pathname).toBe('/guide/');
  });

  it('with JavaScript off, the button and the skip link are plain links that still exit', async () => {
    const button = await openForExit('/guide/', { contextOptions: { javaScriptEnabled: false } });
    await button.page.locator('a.exit-this-page__button').click();
    await expectExited(button);

    const skip = await openForExit('/guide/', { contextOptions: { javaScriptEnabled: false } });
    await skip.page.keyboard.press('Tab');
    expect(await skip.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Exit this page');
    await skip.page.keyboard.press('Enter');
    await expectExited(skip);
  });

  it('its accessible name starts with its visible label, and it is at least 44 by 44 px', async () => {
    for (const viewport of [{ width: 320, height: 640 }, { width: 1280, height: 800 }]) {
      const { page } = await openPage('/', await newContext({ viewport }));
      expect(await page.getByRole('link', { name: /^Exit this page/ }).count()).toBe(2);
      const box = await page.locator('a.exit-this-page__button').boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
  });

  it('stays visible and uncovered at every scroll position at 320 px wide', async () => {
    const path = longestGuidancePage();
    const { page } = await openPage(path, await newContext({ viewport: { width: 320, height: 568 } }));
    const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    expect(max, `${path} should scroll`).toBeGreaterThan(1000);
    const positions = Array.from({ length: Math.ceil(max / 250) + 1 }, (_, i) => Math.min(i * 250, max));
    for (const y of positions) {
      const seen = await page.evaluate((top) => {
        window.scrollTo(0, top);
        const button = document.querySelector('a.exit-this-page__button')!;
        const box = button.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return { inView: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth, onTop: !!hit && button.contains(hit) };
      }, y);
      expect(seen, `scrolled to ${y}`).toEqual({ inView: true, onTop: true });
    }
  });

  it('at 400% zoom (320 × 256) the sticky bar takes at most a quarter of the height, in one row, with 999 and Exit in it on top', async () => {
    const path = longestGuidancePage();
    const { page } = await openPage(path, await newContext({ viewport: { width: 320, height: 256 } }));
    for (const y of [0, 1500]) {
      const seen = await page.evaluate((top) => {
        window.scrollTo(0, top);
        const bar = document.querySelector('.exit-this-page')!.getBoundingClientRect();
        const onTop = (sel: string) => {
          const el = document.querySelector(sel)!;
          const box = el.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return box.top >= bar.top && box.bottom <= bar.bottom && !!hit && el.contains(hit);
        };
        return { top: bar.top, height: bar.height, call999: onTop('.exit-this-page a[href="tel:999"]'), exit: onTop('a.exit-this-page__button') };
      }, y);
      expect(seen.height, `bar height scrolled to ${y}`).toBeLessThanOrEqual(256 / 4);
      expect(seen, `scrolled to ${y}`).toMatchObject({ top: 0, call999: true, exit: true });
    }
  });

  it.each([
    ['320 px wide', { width: 320, height: 568 }],
    ['400% zoom (1280 × 1024 at 400%)', { width: 320, height: 256 }],
  ])('never covers the focused element at %s, tabbing forwards or backwards', async (_name, viewport) => {
    const path = longestGuidancePage();
    const { page } = await openPage(path, await newContext({ viewport }));
    const covered: string[] = [];
    let stops = 0;
    /** Presses `key` until focus leaves the page, checking each focused element clears the bar. */
    const walk = async (key: string) => {
      for (let i = 0; i < 400; i += 1) {
        await page.keyboard.press(key);
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return { done: true, covered: '' };
          const bar = document.querySelector('.exit-this-page')!.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          // Skip links and the exit button sit on top of the bar by design; so does the site's
          // name on narrow screens, drawn over the bar's left side (first-screen.test.ts checks it is on top).
          const onBar = el.matches('.skip-link, .exit-this-page__skip, .site-header__name') || !!el.closest('.exit-this-page');
          const under = !onBar && box.height > 0 && box.top < bar.bottom - 1;
          return { done: false, covered: under ? `${el.tagName} "${el.textContent?.trim().slice(0, 40)}" top ${box.top} < bar ${bar.bottom}` : '' };
        });
        if (state.done) return;
        stops += 1;
        if (state.covered) covered.push(`${key}: ${state.covered}`);
      }
    };
    await walk('Tab');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.locator('footer a').last().focus();
    await walk('Shift+Tab');
    expect(stops).toBeGreaterThan(20);
    expect(covered).toEqual([]);
  });

  it.each([
    ['320 px wide', { width: 320, height: 568 }],
    ['400% zoom', { width: 320, height: 256 }],
  ])('never covers where an in-page link lands at %s (skip link, headings)', async (_name, viewport) => {
    const path = longestGuidancePage();
    const { page } = await openPage(path, await newContext({ viewport }));
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll('main [id]'), (el) => el.id).slice(0, 12));
    const covered: string[] = [];
    // The skip link, used from the bottom of the page.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.locator('a.skip-link[href="#main-content"]').focus();
    await page.keyboard.press('Enter');
    const targets = ['main-content', ...ids];
    for (const [index, id] of targets.entries()) {
      if (index > 0) {
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await page.evaluate((hash) => (location.hash = hash), id);
      }
      const top = await page.evaluate((target) => {
        const bar = document.querySelector('.exit-this-page')!.getBoundingClientRect();
        const el = document.getElementById(target)!;
        return { top: el.getBoundingClientRect().top, barBottom: bar.bottom };
      }, id);
      if (top.top < top.barBottom - 1) covered.push(`#${id} top ${top.top} < bar ${top.barBottom}`);
    }
    expect(covered).toEqual([]);
  });

  it('has no axe violations in the exit control, at rest and while counting Shift presses', async () => {
    for (const viewport of [{ width: 320, height: 568 }, { width: 1280, height: 800 }]) {
      const { page } = await openPage('/guide/', await newContext({ viewport }));
      await page.evaluate(axe.source);
      const check = () =>
        page.evaluate(async () => {
          const result = await (window as unknown as { axe: typeof axe }).axe.run(
            { include: [['.exit-this-page'], ['.exit-this-page__skip']] },
            { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
          );
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
      expect(await check()).toEqual([]);
      await page.keyboard.press('Shift');
      expect((await progress(page)).on).toBe(1);
      expect(await check()).toEqual([]);
    }
  });

  it('is hidden in print', async () => {
    const { page } = await openPage('/guide/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('a.exit-this-page__button').isVisible()).toBe(false);
    expect(await page.locator('.exit-this-page').isVisible()).toBe(false);
    const skipDisplay = await page.locator('a.exit-this-page__skip').evaluate((el) => getComputedStyle(el).display);
    expect(skipDisplay).toBe('none');
  });
  it('without JavaScript tells the truth: Back returns, so close the tab; no Shift shortcut is offered', async () => {
    const visibleText = (page: Page) =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.exit-this-page, .exit-explainer'))
          .map((el) => el.innerText)
          .join('\n'),
      );
    const off = await openPage('/staying-safe-online/', await newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } }));
    const offText = await visibleText(off.page);
    expect(offText).toContain('Back will bring this page back: close the tab instead.');
    expect(offText).toContain('JavaScript is off in this browser, so the button is a plain link.');
    expect(offText).not.toMatch(/Shift/);
    expect(await off.page.locator('.exit-explainer__shortcut').isHidden()).toBe(true);
    // The line sits by the exit control, inside the sticky bar.
    expect(await off.page.locator('.exit-this-page .exit-this-page__noscript').isVisible()).toBe(true);
    const button = await off.page.locator('a.exit-this-page__button').boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(44);

    const on = await openPage('/staying-safe-online/', await newContext({ viewport: { width: 360, height: 740 } }));
    const onText = await visibleText(on.page);
    expect(onText).not.toMatch(/Back will bring this page back|JavaScript is off/);
    expect(onText).toMatch(/press the Shift key 3 times/);
  });

  it('empties the clipboard on Exit if the page copied to it (the letter builder’s Copy)', async () => {
    const origin = new URL(EXIT_URL).origin;
    const run = await openForExit('/make-a-letter/', {
      contextOptions: { permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 900 } },
    });
    const { page, context } = run;
    await page.locator('.letters form').waitFor();
    await page.check('#letter-choice-review-or-complain');
    await page.fill('#letter-field-yourName', 'Copy Person');
    await page.check('#letter-field-route-no-order');
    await page.fill('#letter-field-decision', 'CLIPBOARD-CANARY');
    await page.getByRole('button', { name: 'Make the letter' }).click();
    await page.getByRole('button', { name: 'Copy the letter' }).click();
    expect(await page.locator('.letters__warning').textContent()).toContain('empties the clipboard');
    await page.getByRole('button', { name: 'Copy it now' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('CLIPBOARD-CANARY');
    await page.locator('a.exit-this-page__button').click();
    await expectExited(run);
    expect(origin).toBe(new URL(page.url()).origin);
    const after = await context.newPage();
    await after.goto('/');
    expect(await after.evaluate(() => navigator.clipboard.readText())).toBe('');

    // Copying nothing from the site leaves the clipboard alone.
    const other = await openForExit('/', { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await other.page.evaluate(() => navigator.clipboard.writeText('NOT-FROM-THE-SITE'));
    await other.page.locator('a.exit-this-page__button').click();
    await expectExited(other);
    const check = await other.context.newPage();
    await check.goto('/');
    expect(await check.evaluate(() => navigator.clipboard.readText())).toBe('NOT-FROM-THE-SITE');
  });
});
