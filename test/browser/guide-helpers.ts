/**
 * Helpers that drive the step-by-step guide in Chromium, by mouse or by keyboard only.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, type WatchedPage } from '../support/browser';
import type { Walk } from '../support/guide-walks';

export const GUIDE_PATH = '/check-your-situation/';

/**
 * What must never change while someone uses the guide (safety note, promises 2 and 11): the
 * address, the title, and history's state (null: the guide's own history entries, one a step since
 * 2026-12-07, are for the same address and carry nothing).
 */
export interface Invariants {
  url: string;
  title: string;
  historyState: unknown;
}

/** Opens the guide page and waits for the island to show the first question. */
export async function openGuide(): Promise<WatchedPage & { invariants: Invariants }> {
  const watched = await openPage(GUIDE_PATH);
  await watched.page.waitForSelector('.guide[data-step="danger"] #guide-step-heading');
  return { ...watched, invariants: await invariantsOf(watched.page) };
}

export async function invariantsOf(page: Page): Promise<Invariants> {
  return {
    url: page.url(),
    title: await page.title(),
    historyState: await page.evaluate(() => history.state as unknown),
  };
}

/** Fails if the URL (path, query, fragment), the title or history's state has changed. */
export async function expectInvariants(page: Page, before: Invariants): Promise<void> {
  expect(await invariantsOf(page)).toEqual(before);
  expect(await page.evaluate(() => location.search + location.hash)).toBe('');
}

export const stepOf = (page: Page) => page.getAttribute('.guide', 'data-step');

/** Waits until the guide shows the given step (Check your answers and the result: once their code and words, fetched after the first answer, are drawn). */
export async function waitForStep(page: Page, step: string): Promise<void> {
  const drawn = step === 'result' || step === 'out-of-scope' || step === 'check-answers' ? ':not(:has(.guide-waiting))' : '';
  await page.waitForSelector(`.guide[data-step="${step}"]${drawn}`);
}

/** The id of the focused element (or its tag when it has none). */
export const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase() || '');

/** Answers the current question by mouse: clicks each label, then Continue. */
export async function answerByMouse(page: Page, question: string, values: string | string[]): Promise<void> {
  for (const value of Array.isArray(values) ? values : [values]) {
    await page.click(`label[for="guide-${question}-${value}"]`);
  }
  await page.click('form.guide-question button[type="submit"]');
}

/** Clicks a button in the guide by its visible text. */
export async function clickButton(page: Page, text: string): Promise<void> {
  await page.locator('.guide button', { hasText: text }).first().click();
}

/** Presses Tab until the focused element matches, failing after a limit. */
async function tabTo(page: Page, matches: () => Promise<boolean>, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await matches()) return;
    await page.keyboard.press('Tab');
  }
  if (!(await matches())) throw new Error('Could not reach the element with Tab');
}

/** Answers the current question with the keyboard only (Tab, arrows, Space, Enter). */
export async function answerByKeyboard(page: Page, question: string, values: string | string[]): Promise<void> {
  const list = Array.isArray(values) ? values : [values];
  // After the first question the guide moves focus to the new step's heading; tabbing before
  // that lands would start from the last step's button.
  if (question !== 'danger') await page.waitForFunction(() => document.activeElement?.id === 'guide-step-heading');
  const type = await page.getAttribute(`#guide-${question}-${list[0]}`, 'type');
  if (type === 'radio') {
    const target = `guide-${question}-${list[0]}`;
    // Tab into the group, then arrow keys move through the options and select as they go.
    await tabTo(page, async () => (await focusedId(page)).startsWith(`guide-${question}-`));
    for (let i = 0; i < 12 && (await focusedId(page)) !== target; i += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    expect(await page.isChecked(`#${target}`)).toBe(true);
  } else {
    for (const value of list) {
      await tabTo(page, async () => (await focusedId(page)) === `guide-${question}-${value}`);
      await page.keyboard.press('Space');
      expect(await page.isChecked(`#guide-${question}-${value}`)).toBe(true);
    }
  }
  await tabTo(page, () => page.evaluate(() => (document.activeElement as HTMLButtonElement | null)?.type === 'submit'));
  await page.keyboard.press('Enter');
}

/** Presses a guide button with the keyboard only. */
export async function pressButtonByKeyboard(page: Page, text: string): Promise<void> {
  await tabTo(page, () =>
    page.evaluate(
      (t) => document.activeElement?.tagName === 'BUTTON' && (document.activeElement.textContent ?? '').includes(t),
      text,
    ),
  );
  await page.keyboard.press('Enter');
}

/** Nothing stored: no cookies, no web storage, no IndexedDB database, no cache, no service worker. */
export async function expectNothingStored(page: Page): Promise<void> {
  expect(await page.context().cookies()).toEqual([]);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, idb: 0, caches: 0, workers: 0 });
}

/**
 * Walks the guide by mouse along a walk from the one fixture (test/support/guide-walks.ts, derived
 * from the machine): each question answered, the danger screen's and Check your answers' button
 * pressed, then waits for the screen the walk ends on. `each` runs on every screen before its move.
 */
export async function walkGuide(page: Page, walk: Walk, each?: (step: string) => Promise<void>): Promise<void> {
  for (const move of walk.moves) {
    await waitForStep(page, move.step);
    await each?.(move.step);
    if (move.kind === 'answer') await answerByMouse(page, move.step, move.value);
    else await page.click(`.guide[data-step="${move.step}"] > div > button.button`);
  }
  await waitForStep(page, walk.end);
}
