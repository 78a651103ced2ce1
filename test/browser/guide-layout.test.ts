/**
 * The guide on a 360 × 740 phone, with the real layout: what is on the first screen without
 * scrolling (the first question and its options; the danger screen's 999 control; the result's
 * first next step), and how long the result is, in screens, for five typical situations.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { answerByMouse, walkGuide, waitForStep, GUIDE_PATH } from './guide-helpers';
import { walkOf, type SituationName } from '../support/guide-walks';

const PHONE = { width: 360, height: 740 };

async function openOnPhone(): Promise<Page> {
  const context = await newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const { page } = await openPage(GUIDE_PATH, context);
  await page.waitForSelector('.guide[data-step="danger"] #guide-step-heading');
  return page;
}

/** The bottom edge of an element, in page pixels from the top of the document. */
const bottomOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.getBoundingClientRect().bottom + window.scrollY);

/** Where an element is in the viewport now (what the visitor sees without scrolling further). */
const inViewport = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height };
  });

/**
 * The site header and help strip above the page's H1 belong to issue 15, whose own test holds the
 * H1 within 320 px of the top at 360 × 740. This guide's content is held to what is left below that:
 * the part of the H1's top beyond 320 px is taken off its figures (nothing, once the header is there).
 */
const headerExcess = (page: Page) =>
  page.$eval('main h1', (el) => Math.max(0, el.getBoundingClientRect().top + window.scrollY - 320));

/**
 * Five situations the issue names (their answers and walks: test/support/guide-walks.ts), and the
 * most screens (of 360 × 740) each result may take. The limits are the lengths measured on 2026-12-01
 * (danger 10.0, supporter 12.3, interim broken 10.5, professional 9.6, Scotland 3.7) plus a small
 * margin, so a result that grows a lot fails here and the words are looked at again. Looked at again
 * on 2026-12-07 (issue 23), after the new services' words were shortened: supporter 13.1 (the Men's
 * Advice Line and Galop listed beside the women's helpline) and Scotland 4.3 (where the person
 * stalking lives decides which police can act, and Scotland's 24-hour helpline); limits 13.6 and 4.6.
 * Issue 24 (2026-12-07) put the answer on one screen and folded the rest: danger 2.1, supporter 3.4,
 * interim broken 2.7, professional 2.1, Scotland 1.8 screens measured (the whole page is held to 5, or
 * 4 outside England and Wales, by guide-answer.test.ts); limits those plus half a screen.
 */
const situations: { name: SituationName; maxScreens: number }[] = [
  { name: 'danger yes', maxScreens: 2.6 },
  { name: 'supporter, Wales, ex-partner, no order', maxScreens: 3.9 },
  { name: 'England, interim order, broken', maxScreens: 3.2 },
  { name: 'professional', maxScreens: 2.6 },
  { name: 'Scotland', maxScreens: 2.3 },
];

describeBrowser('guide on a 360 × 740 phone', () => {
  useBrowser();

  it('shows the first question and all its options on the first screen', async () => {
    const page = await openOnPhone();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const headingBottom = await bottomOf(page, '#guide-step-heading');
    const optionsBottom = await bottomOf(page, '.guide .choices');
    const excess = await headerExcess(page);
    console.log(
      `360x740: first question heading ends at ${headingBottom.toFixed(0)} px, its options at ${optionsBottom.toFixed(0)} px (header ${excess.toFixed(0)} px over issue 15's 320 px)`,
    );
    expect(optionsBottom - excess).toBeLessThanOrEqual(PHONE.height);
  });

  it('draws a still, inert copy of the first question before its code runs, and nothing moves when the guide takes over', async () => {
    // Lighthouse's phone size; the island's code is held back until the copy has been checked.
    const context = await newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const { page } = await openPage('', context);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/Guide\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: number[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(GUIDE_PATH, { waitUntil: 'commit' });
    await page.waitForSelector('.guide-preview h2');
    const still = await inViewport(page, '.guide-preview .choices');
    expect(await page.textContent('.guide-preview h2')).toBe('Is anyone in danger right now?');
    // No form and no field: nothing could be sent before the script runs.
    expect(await page.locator('.guide-preview :is(form, input, label, button[type="submit"])').count()).toBe(0);
    expect(await page.locator('.guide-preview .choices__item').count()).toBe(2);
    // A tap on an option or on Continue does nothing.
    const yes = await inViewport(page, '.guide-preview .choices__item');
    await page.mouse.click(yes.left + 5, yes.top + yes.height / 2);
    const submit = await inViewport(page, '.guide-preview button');
    await page.mouse.click(submit.left + 5, submit.top + submit.height / 2);
    expect(await page.evaluate(() => location.search + location.hash)).toBe('');
    expect(new URL(page.url()).pathname).toBe(GUIDE_PATH);
    release();
    await page.waitForSelector('.guide[data-step="danger"] #guide-step-heading');
    expect(await page.locator('.guide-preview').count()).toBe(0);
    const live = await inViewport(page, '.guide .choices');
    console.log(`412x823: still copy's options at ${still.top.toFixed(1)}-${still.bottom.toFixed(1)} px, the guide's at ${live.top.toFixed(1)}-${live.bottom.toFixed(1)} px`);
    expect(live).toEqual(still);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
  });

  it('leads the danger screen with a full-width 999 call control of at least 44 px, on the first screen', async () => {
    const page = await openOnPhone();
    await answerByMouse(page, 'danger', 'yes');
    await waitForStep(page, 'emergency');
    // The step heading takes focus and the browser scrolls it into view: the control must be on that screen.
    const box = await inViewport(page, '.guide a[href="tel:999"]');
    const main = await page.$eval('main', (el) => el.getBoundingClientRect().width);
    console.log(`360x740: danger 999 control ${box.width.toFixed(0)}x${box.height.toFixed(0)} px, on screen at ${box.top.toFixed(0)}-${box.bottom.toFixed(0)} px`);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(main - 1);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(PHONE.height);
    // The silent-call advice comes straight after it, then the way to carry on.
    const order = await page.evaluate(() => {
      const call = document.querySelector('.guide a[href="tel:999"]')!;
      const silent = [...document.querySelectorAll('.guide p')].find((p) => p.textContent?.includes('55'))!;
      const carryOn = [...document.querySelectorAll('.guide p')].find((p) => p.textContent?.includes('When you are safe'))!;
      const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return follows(call, silent) && follows(silent, carryOn);
    });
    expect(order).toBe(true);
  });

  for (const { name, maxScreens } of situations) {
    it(`records the result's length for: ${name}, at most ${maxScreens} screens`, async () => {
      const page = await openOnPhone();
      await walkGuide(page, walkOf(name));
      const figures = await page.evaluate((screen) => {
        const result = document.querySelector('.guide-result')!.getBoundingClientRect();
        const top = (selector: string) => {
          const el = document.querySelector(selector);
          return el ? (el.getBoundingClientRect().top + window.scrollY) / screen : null;
        };
        return {
          result: result.height / screen,
          page: document.documentElement.scrollHeight / screen,
          nextSteps: top('.guide-next-steps'),
          police: top('[data-section="police-questions"]'),
        };
      }, PHONE.height);
      const fmt = (n: number | null) => (n === null ? '-' : n.toFixed(1));
      console.log(
        `360x740 ${name}: result ${fmt(figures.result)} screens (page ${fmt(figures.page)}); next steps start at screen ${fmt(figures.nextSteps)}, police questions at ${fmt(figures.police)}`,
      );
      expect(figures.result).toBeGreaterThan(0.5);
      expect(figures.result, `${name}: result ${fmt(figures.result)} screens, limit ${maxScreens}`).toBeLessThanOrEqual(maxScreens);
      // On arriving, the result heading has focus: the first next step is on that screen, right under it.
      const first = await inViewport(page, '.guide-next-steps li');
      const heading = await inViewport(page, '#guide-step-heading');
      console.log(`360x740 ${name}: result heading on screen at ${heading.top.toFixed(0)} px, first next step ends at ${first.bottom.toFixed(0)} px`);
      expect(heading.top).toBeGreaterThanOrEqual(0);
      expect(first.top).toBeGreaterThan(heading.bottom);
      expect(first.bottom).toBeLessThanOrEqual(PHONE.height);
    });
  }

  it('puts the broken order first in the next steps for an interim order that has been broken', async () => {
    const page = await openOnPhone();
    await walkGuide(page, walkOf('England, interim order, broken'));
    const first = await page.textContent('.guide-next-steps li');
    expect(first).toMatch(/broken/i);
  });
});
