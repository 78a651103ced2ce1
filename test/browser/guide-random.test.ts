/**
 * The step-by-step guide under seeded random use: clicks on options, Continue with and
 * without an answer, the guide's own Back and Change buttons, keys on its controls, the
 * browser's Back and Forward (leaving the page and coming back from the back/forward cache),
 * and synthetic pagehide/pageshow. After every event: no error (the shared harness also
 * fails on console warnings and CSP violations), the URL, title and history state (null; the guide adds same-address entries) never
 * change, and wherever the guide is after leaving and coming back or a pagehide, it is at its
 * start with nothing chosen. Each run ends with a full run to a result.
 *
 * It drives the guide generically (whatever form.guide-question shows; buttons found by
 * role), never by question id or wording. A failing run prints its seed; replay it with
 * SPO_GUIDE_SEED=<seed>.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { newContext, openPage, describeBrowser, useBrowser } from '../support/browser';

const GUIDE = '/check-your-situation/';
const EVENTS_PER_RUN = 60;
const seeds = process.env.SPO_GUIDE_SEED ? [Number(process.env.SPO_GUIDE_SEED)] : [1, 20261201, 424242];

/** mulberry32: a small, fast, seedable generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stepOf = (page: Page) => page.getAttribute('.guide', 'data-step');

/** The visible, enabled elements a locator matches. */
async function visible(locator: Locator): Promise<Locator[]> {
  const all = await locator.all();
  const shown: Locator[] = [];
  for (const item of all) if ((await item.isVisible()) && (await item.isEnabled())) shown.push(item);
  return shown;
}

/** Whether the guide is at its start with nothing chosen. */
async function expectFresh(page: Page, firstStep: string | null, why: string): Promise<void> {
  await page.waitForSelector(`.guide[data-step="${firstStep}"]`);
  expect(await page.locator('.guide input:checked').count(), `${why}: nothing chosen`).toBe(0);
  expect(await page.locator('.guide-result').count(), `${why}: no result`).toBe(0);
}

/** Lets the guide settle after an event: its step attribute and controls are stable. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.querySelector('.guide[data-step]'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

describeBrowser('the step-by-step guide under seeded random events', () => {
  useBrowser();

  it.each(seeds)(`seed %i: ${EVENTS_PER_RUN} random events, then a full run to a result`, async (seed) => {
    const pick = random(seed);
    const choose = <T,>(items: T[]): T => items[Math.floor(pick() * items.length)]!;
    const context = await newContext();
    const { page } = await openPage('/guide/', context);
    // The result's print button would open the print dialog: make printing do nothing.
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto(GUIDE);
    await page.waitForSelector('.guide[data-step] #guide-step-heading');
    const firstStep = await stepOf(page);
    const start = await page.evaluate(() => ({ href: location.href, title: document.title, history: history.state as unknown }));
    const log: string[] = [];
    const where = () => `seed ${seed}, after: ${log.slice(-6).join(' → ')}`;

    const events: Record<string, () => Promise<void>> = {
      async option() {
        const options = await visible(page.locator('form.guide-question label'));
        if (options.length) await choose(options).click();
      },
      async continue() {
        const submit = await visible(page.locator('form.guide-question button[type="submit"]'));
        const main = await visible(page.locator('.guide button.button:not(.button--secondary)'));
        const target = submit[0] ?? main[0];
        if (target) await target.click();
      },
      async back() {
        const back = await visible(page.locator('.guide').getByRole('button', { name: /^Back\b/ }));
        if (back.length) await back[0]!.click();
      },
      async change() {
        const change = await visible(page.locator('.guide').getByRole('button', { name: /^Change\b/ }));
        if (change.length) await choose(change).click();
      },
      async key() {
        const controls = await visible(page.locator('.guide input, .guide button'));
        if (!controls.length) return;
        await choose(controls).focus();
        // No Shift on its own: three presses are the exit shortcut.
        await page.keyboard.press(choose(['Space', 'Enter', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Tab', 'Shift+Tab']));
        // Tab can move focus out of the guide; Enter there could follow a link, so stop here.
      },
      async browserBackAndForward() {
        // Inside the guide Back moves between its own same-address entries, answers kept; from its
        // first step it leaves for the page before, and coming back starts afresh.
        const path = new URL(page.url()).pathname;
        await page.goBack();
        const left = new URL(page.url()).pathname !== path;
        if (left) expect(new URL(page.url()).pathname, where()).toBe('/guide/');
        await page.goForward();
        expect(new URL(page.url()).pathname, where()).toBe(path);
        if (left) await expectFresh(page, firstStep, `back and forward (${where()})`);
      },
      async pagehide() {
        await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
        await expectFresh(page, firstStep, `pagehide (${where()})`);
      },
      async pageshow() {
        await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
        await expectFresh(page, firstStep, `pageshow from the cache (${where()})`);
      },
    };
    // Weights: mostly answering, sometimes everything else.
    const deck = [
      ...Array<string>(6).fill('option'),
      ...Array<string>(5).fill('continue'),
      ...Array<string>(2).fill('back'),
      ...Array<string>(2).fill('change'),
      ...Array<string>(3).fill('key'),
      'browserBackAndForward',
      'pagehide',
      'pageshow',
    ];

    for (let i = 0; i < EVENTS_PER_RUN; i += 1) {
      const name = choose(deck);
      log.push(`${name}@${await stepOf(page)}`);
      await events[name]!();
      await settle(page);
      expect(new URL(page.url()).pathname, where()).toBe(GUIDE);
      expect(await page.evaluate(() => ({ href: location.href, title: document.title, history: history.state as unknown })), where()).toEqual(start);
    }

    // A full run to a result from wherever the events left the guide.
    let stuck = false;
    for (let i = 0; i < 80 && !(await page.locator('.guide-result').count()); i += 1) {
      const before = await stepOf(page);
      const options = await visible(page.locator('form.guide-question label'));
      // Choose when nothing is chosen, or when the last Continue was refused.
      if (options.length && (stuck || !(await page.locator('form.guide-question input:checked').count()))) {
        await choose(options).click();
        log.push(`answer@${before}`);
      }
      await events['continue']!();
      await settle(page);
      stuck = (await stepOf(page)) === before;
    }
    expect(await page.locator('.guide-result').count(), `a result is reached (${where()})`).toBe(1);
    expect(await page.evaluate(() => ({ href: location.href, title: document.title, history: history.state as unknown })), where()).toEqual(start);
  }, 180_000);
});
