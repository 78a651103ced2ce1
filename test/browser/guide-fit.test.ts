/**
 * Every question fits (issue 24, point 4), on a 360 × 740 phone with the real layout: on arriving at
 * each question of several walks, its Continue button ends on the first screen; the progress line
 * reads "Question N of M" with N and M exact for the path so far (worked out from the machine, not
 * typed here); and "Check your answers" is at most one and a half screens (1,110 px).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { answerByMouse, waitForStep, GUIDE_PATH } from './guide-helpers';
import { walkOf, type SituationName } from '../support/guide-walks';
import { progressAt, type Answers, type QuestionId } from '../../src/machines/guide';

const PHONE = { width: 360, height: 740 };
/** "Check your answers" at most one and a half screens. */
const CHECK_ANSWERS_MAX = 1.5 * PHONE.height;

/** Walks that together ask every question, with the longest answers' screens among them. */
const walks: SituationName[] = ['police said no', 'parent supporting a student', 'England, interim order, broken', 'danger yes'];

async function openOnPhone(): Promise<Page> {
  const context = await newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const { page } = await openPage(GUIDE_PATH, context);
  await page.waitForSelector('.guide[data-step="danger"] #guide-step-heading');
  return page;
}

/** The machine's own answer for "Question N of M" at this question, with the answers held before it. */
function expectedProgress(question: QuestionId, held: Answers): string {
  const { number, total } = progressAt(question, held);
  return `Question ${number} of ${total}`;
}

describeBrowser('every question fits on a 360 × 740 phone', () => {
  useBrowser();

  for (const name of walks) {
    it(`${name}: each question's Continue on the first screen, and progress exact`, async () => {
      const page = await openOnPhone();
      const walk = walkOf(name);
      const held: Record<string, unknown> = {};
      const heights: string[] = [];
      for (const move of walk.moves) {
        await waitForStep(page, move.step);
        if (move.kind === 'continue') {
          await page.click(`.guide[data-step="${move.step}"] > div > button.button`);
          continue;
        }
        // Let the move's scrolling settle: it is done when the step is announced (not for the first question).
        if (Object.keys(held).length > 0 || walk.moves[0]!.step !== move.step) {
          await page.waitForFunction(() => {
            const heading = document.querySelector('#guide-step-heading')?.textContent ?? '';
            return heading !== '' && (document.querySelector('.guide [role="status"]')?.textContent ?? '').includes(heading);
          });
        }
        const continueBottom = await page.$eval('form.guide-question button[type="submit"]', (el) => el.getBoundingClientRect().bottom);
        const formHeight = await page.$eval('.guide', (el) => {
          const submit = el.querySelector('form.guide-question button[type="submit"]')!.getBoundingClientRect().bottom;
          return submit - el.getBoundingClientRect().top;
        });
        heights.push(`${move.step} ${continueBottom.toFixed(0)} (guide ${formHeight.toFixed(0)})`);
        expect.soft(continueBottom, `${name}: Continue on "${move.step}" ends at ${continueBottom.toFixed(0)} px`).toBeLessThanOrEqual(PHONE.height);
        expect(await page.textContent('.guide-progress')).toBe(expectedProgress(move.step, held as Answers));
        await answerByMouse(page, move.step, move.value);
        held[move.step] = move.value;
      }
      console.log(`360x740 ${name}: Continue ends at (px) ${heights.join(', ')}`);
    });
  }

  it('Check your answers is at most one and a half screens, for the longest path', async () => {
    const page = await openOnPhone();
    // The longest path: the police told, an order, broken.
    const walk = walkOf('England, interim order, broken');
    for (const move of walk.moves) {
      if (move.step === 'check-answers') break;
      await waitForStep(page, move.step);
      if (move.kind === 'answer') await answerByMouse(page, move.step, move.value);
      else await page.click(`.guide[data-step="${move.step}"] > div > button.button`);
    }
    await waitForStep(page, 'check-answers');
    const rows = await page.locator('.guide-summary__row').count();
    const height = await page.$eval('.guide', (el) => el.getBoundingClientRect().height);
    console.log(`360x740 Check your answers: ${rows} answers, ${height.toFixed(0)} px (${(height / PHONE.height).toFixed(2)} screens)`);
    expect(rows).toBe(walk.moves.filter((m) => m.kind === 'answer').length);
    expect(height).toBeLessThanOrEqual(CHECK_ANSWERS_MAX);
  });
});
