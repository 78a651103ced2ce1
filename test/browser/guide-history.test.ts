/**
 * Back behaves like Back (issue 24, point 3; safety note, promise 2 as changed on 2026-12-07):
 * inside the guide the browser's Back (Android's Back gesture does the same) goes to the previous
 * question with its answer kept and Forward returns; each step is a history entry for the same
 * address with no state; the address, the title and storage never change; after Exit, Back shows
 * an empty guide.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { EXIT_URL } from '../../src/scripts/exit-url';
import { answersOf, walkOf } from '../support/guide-walks';
import { answerByMouse, expectNothingStored, GUIDE_PATH, waitForStep } from './guide-helpers';

const EXIT_ORIGIN = new URL(EXIT_URL).origin;

/** Everything about the page that must stay as it was: address, title, history state, entry count. */
const where = (page: Page) =>
  page.evaluate(() => ({ href: location.href, search: location.search, hash: location.hash, title: document.title, state: history.state as unknown }));

describeBrowser('Back and Forward in the guide', () => {
  useBrowser();

  it('Back from question 4 shows question 3 with its answer kept, Forward returns, the in-page Back does the same; after Exit, Back shows an empty guide', async () => {
    const context = await newContext();
    await context.route(`${EXIT_ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Exit stub</title><p>Weather</p>' }));
    const { page } = await openPage(GUIDE_PATH, context, { allowOrigins: [EXIT_ORIGIN] });
    await waitForStep(page, 'danger');
    const start = await where(page);
    const lengthAtStart = await page.evaluate(() => history.length);

    // The typical walk's first three questions (test/support/guide-walks.ts), to question 4.
    const steps = answersOf(walkOf('typical'));
    for (const [question, value] of steps.slice(0, 3)) {
      await waitForStep(page, question);
      await answerByMouse(page, question, value);
    }
    await waitForStep(page, 'behaviours');
    expect(await page.evaluate(() => history.length)).toBe(lengthAtStart + 3);
    expect(await where(page)).toEqual(start);

    // The browser's Back: question 3, its answer still chosen.
    await page.evaluate(() => history.back());
    await waitForStep(page, 'where');
    expect(await page.isChecked('#guide-where-england')).toBe(true);
    expect(await where(page)).toEqual(start);
    // Back once more: question 2, its answer kept too.
    await page.evaluate(() => history.back());
    await waitForStep(page, 'who');
    expect(await page.isChecked('#guide-who-me')).toBe(true);

    // Forward twice: question 3 then question 4 again, the answers still there.
    await page.evaluate(() => history.forward());
    await waitForStep(page, 'where');
    expect(await page.isChecked('#guide-where-england')).toBe(true);
    await page.evaluate(() => history.forward());
    await waitForStep(page, 'behaviours');
    expect(await where(page)).toEqual(start);

    // The in-page Back link sits above the question, as on GOV.UK question pages, and is the same Back.
    const aboveQuestion = await page.evaluate(() => {
      const back = document.querySelector('.guide__back')!;
      const heading = document.getElementById('guide-step-heading')!;
      return !!(back.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(aboveQuestion).toBe(true);
    await page.click('.guide__back');
    await waitForStep(page, 'where');
    expect(await page.isChecked('#guide-where-england')).toBe(true);
    await page.evaluate(() => history.forward());
    await waitForStep(page, 'behaviours');
    expect(await where(page)).toEqual(start);
    await expectNothingStored(page);

    // Exit: the page is replaced; Back returns to the guide's address with nothing chosen.
    await page.locator('a.exit-this-page__button').first().click();
    await page.waitForURL(EXIT_URL);
    await page.evaluate(() => history.back());
    await page.waitForURL((url) => url.origin !== EXIT_ORIGIN);
    await page.waitForSelector('.guide[data-step] #guide-step-heading');
    expect(await page.getAttribute('.guide', 'data-step')).toBe('danger');
    expect(await page.locator('.guide input:checked').count()).toBe(0);
    expect(await where(page)).toEqual(start);
    await expectNothingStored(page);
  });
});
