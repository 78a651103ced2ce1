import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { sidewaysOverflow } from '../support/reflow';
import { unwrappedText } from '../support/pseudo-check';
import { answersOf, walkOf } from '../support/guide-walks';
import { answerByMouse, waitForStep, GUIDE_PATH } from '../browser/guide-helpers';

/**
 * What the guide's and the letter builder's islands draw in the browser, in the pseudo-locale
 * build (en-XA), at 320 CSS px: at every step of a walk through the guide to a result, and in the
 * letter builder opened in that result and on its own page, every interface word is wrapped in
 * ⟦ ⟧ (it came from the interface table; content marked data-content aside) and nothing makes
 * the page scroll sideways. The static pages are checked in pseudo-locale.test.ts; this checks
 * what only exists once the islands run.
 */
const WIDTH = 320;

/** Interface words drawn outside the table, and elements wider than the screen, on the page as it is now. */
async function problemsOn(page: Page, moment: string): Promise<string[]> {
  const main = parse(await page.evaluate(() => document.querySelector('main')!.outerHTML));
  const unwrapped = unwrappedText(main).map((p) => `${moment}: ${p}`);
  const { scrollWidth, clientWidth, wide } = await sidewaysOverflow(page);
  const overflow = scrollWidth > clientWidth ? [`${moment}: scrolls sideways (${scrollWidth} > ${clientWidth} px): ${wide.join(', ')}`] : [];
  return [...unwrapped, ...overflow];
}

async function open(urlPath: string): Promise<Page> {
  const context = await newContext({ viewport: { width: WIDTH, height: 740 } });
  const { page } = await openPage(urlPath, context);
  return page;
}

describeBrowser(`the guide and the letter builder in the pseudo-locale build at ${WIDTH} px`, () => {
  useBrowser();

  it('the guide, walked to a result with its letter builder, draws only words from the table, and nothing scrolls sideways', async () => {
    const page = await open(`/en-xa${GUIDE_PATH}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en-XA');
    const problems: string[] = [];
    const check = async (moment: string) => {
      problems.push(...(await problemsOn(page, moment)));
    };

    await waitForStep(page, 'danger');
    await check('first question');
    // Sent with nothing chosen: the error summary and the error message.
    await page.click('form.guide-question button[type="submit"]');
    await page.waitForSelector('.guide .error-summary');
    await check('error summary');
    // The danger screen, then on with the typical answers.
    await answerByMouse(page, 'danger', 'yes');
    await waitForStep(page, 'emergency');
    await check('danger screen');
    await page.click('.guide [data-step] > div > button.button, .guide > div > button.button');
    for (const [question, value] of answersOf(walkOf('typical')).slice(1)) {
      await waitForStep(page, question);
      await check(question);
      await answerByMouse(page, question, value as string | string[]);
    }
    await waitForStep(page, 'check-answers');
    await check('check your answers');
    await page.click('.guide > div > button.button');
    await waitForStep(page, 'result');
    await check('result');

    // The letter builder in the result: opened, sent with required answers missing, then made.
    const letter = page.locator('.guide-section[data-section="letter"]');
    await letter.locator('summary').click();
    await letter.locator('.letters form').waitFor();
    await check('letter builder in the result');
    await letter.locator('form button[type="submit"]').click();
    await letter.locator('.error-summary').waitFor();
    await check('letter builder error summary');
    for (const box of await letter.locator('input[type="text"], textarea').all()) await box.fill('x');
    await letter.locator('form button[type="submit"]').click();
    await letter.locator('.letters--result').waitFor();
    await check('made letter');
    await letter.locator('button[aria-controls="letter-copy-warning"]').click();
    await letter.locator('.letters__warning').waitFor();
    await check('copy warning');

    expect(problems).toEqual([]);
  });

  it('the letter builder’s own page draws only words from the table, and nothing scrolls sideways', async () => {
    const page = await open('/en-xa/make-a-letter/');
    await page.locator('.letters form').waitFor();
    const problems = await problemsOn(page, 'letter builder');
    // Made with no letter chosen: the error summary.
    await page.click('.letters form button[type="submit"]');
    await page.locator('.error-summary').waitFor();
    problems.push(...(await problemsOn(page, 'error summary')));
    await page.click('#letter-choice-report-breach');
    await page.locator('#letter-questions-title').waitFor();
    problems.push(...(await problemsOn(page, 'a letter chosen')));
    expect(problems).toEqual([]);
  });
});
