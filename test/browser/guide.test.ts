/**
 * The step-by-step guide in Chromium on the built site: shortest paths to every result by
 * mouse and by keyboard only, error summary, Back and Change, focus and announcements,
 * privacy (URL, title, history and storage unchanged; wiped on pagehide, pageshow and exit), printing.
 */
import { english } from '../support/english';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rawSteps from '../../src/content/guide/guide.json';
import rawResult from '../../src/content/guide/guide-result.json';
import { resultWordsText } from '../../src/lib/guide/result-file';
import { loadGuideContent } from '../../src/lib/guide/content';
const { t } = english;
import {
  answerByKeyboard,
  answerByMouse,
  clickButton,
  expectInvariants,
  expectNothingStored,
  focusedId,
  openGuide,
  pressButtonByKeyboard,
  waitForStep,
  GUIDE_PATH,
  type Invariants,
} from './guide-helpers';
import { answersOf, walkOf } from '../support/guide-walks';

/**
 * Both content files as one object, as the schema of all the guide's words takes them, the result's as
 * the island gets them: the English words file, whose links are addresses (src/lib/guide/result-file.ts).
 */
const rawContent = { ...rawSteps, result: JSON.parse(resultWordsText('en-GB')) as typeof rawResult };

const content = loadGuideContent(rawSteps, rawContent.result);
type Driver = 'mouse' | 'keyboard';
type Step = [question: string, value: string | string[]];

/** Shortest answers to the full guide for England and Wales: the machine tests' typical answers. */
const toResult: Step[] = answersOf(walkOf('typical'));
const outOfScope = (where: string): Step[] => [
  ['danger', 'no'],
  ['who', 'me'],
  ['where', where],
];

async function walk(page: Page, steps: Step[], driver: Driver, invariants: Invariants): Promise<void> {
  for (const [question, value] of steps) {
    await waitForStep(page, question);
    if (driver === 'mouse') await answerByMouse(page, question, value);
    else await answerByKeyboard(page, question, value);
    await expectInvariants(page, invariants);
  }
}

describeBrowser('guide: shortest path to every result', () => {
  useBrowser();

  it('names each call link’s service once: "Call 101", never "Call 101 (Police non-emergency (101))" (issue 26)', async () => {
    const { page, invariants } = await openGuide();
    // Not yet told the police: the next steps offer a call to 101.
    await walk(page, toResult.flatMap(([q, v]): Step[] => (q === 'police' ? [[q, 'no']] : q === 'police-response' ? [] : [[q, v]])), 'mouse', invariants);
    await waitForStep(page, 'check-answers');
    await clickButton(page, 'See the guide');
    await waitForStep(page, 'result');
    const calls = await page.$$eval('.guide a[href^="tel:"]', (els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim()));
    expect(calls).toContain('Call 101');
    expect(calls).toContain('Call 0808 802 0300 (National Stalking Helpline)');
    expect(calls.filter((text) => /\([^()]*\(/.test(text))).toEqual([]);
  });

  for (const driver of ['mouse', 'keyboard'] as const) {
    it(`reaches the full guide by ${driver}`, async () => {
      const { page, invariants } = await openGuide();
      await walk(page, toResult, driver, invariants);
      await waitForStep(page, 'check-answers');
      if (driver === 'mouse') await clickButton(page, 'See the guide');
      else await pressButtonByKeyboard(page, 'See the guide');
      await waitForStep(page, 'result');
      await expectInvariants(page, invariants);
      expect(await focusedId(page)).toBe('guide-step-heading');
      const sections = await page.$$eval('.guide-section', (els) => els.map((e) => e.getAttribute('data-section')));
      // The letter is the tool on the first screen; the sections follow, folded.
      expect(sections).toEqual(['letter', 'could-help', 'forbid', 'interim', 'police-questions', 'other-routes', 'record', 'help']);
      // Phone numbers come through as tel: links.
      expect(await page.locator('.guide a[href="tel:+448088020300"]').count()).toBeGreaterThan(0);
      await expectNothingStored(page);
    });

    for (const where of ['scotland', 'northern-ireland', 'elsewhere']) {
      it(`reaches the out-of-scope result for ${where} by ${driver}`, async () => {
        const { page, invariants } = await openGuide();
        await walk(page, outOfScope(where), driver, invariants);
        await waitForStep(page, 'out-of-scope');
        await expectInvariants(page, invariants);
        const text = await page.textContent('.guide');
        expect(text).not.toContain('The court must be satisfied of three things');
        expect(text).toContain('The law where you live');
        await expectNothingStored(page);
      });
    }
  }

  it('shows the emergency screen for danger, with 999 as a tel: link, and carries on when safe', async () => {
    const { page, invariants } = await openGuide();
    await answerByMouse(page, 'danger', 'yes');
    await waitForStep(page, 'emergency');
    expect(await page.locator('.guide a[href="tel:999"]').count()).toBeGreaterThan(0);
    await clickButton(page, 'I am safe to continue');
    await waitForStep(page, 'who');
    await expectInvariants(page, invariants);
  });
});

describeBrowser('guide: the result\'s words', () => {
  useBrowser();

  it('says so, keeps the answers and tries again when the result’s words cannot be loaded', async () => {
    const { page, problems, invariants } = await openGuide();
    let refuse = true;
    const asked: string[] = [];
    await page.route(/\/check-your-situation\/result\.json\?v=/, async (route) => {
      asked.push(new URL(route.request().url()).pathname + new URL(route.request().url()).search);
      if (refuse) await route.fulfill({ status: 503, body: 'busy' });
      else await route.continue();
    });
    await waitForStep(page, 'danger');
    expect(asked).toEqual([]);
    await walk(page, toResult, 'mouse', invariants);
    // Fetched from the site itself after the first answer, and again at later answers while it fails.
    expect(asked.length).toBeGreaterThanOrEqual(1);
    expect(asked.length).toBeLessThanOrEqual(toResult.length);
    expect(asked[0]).toMatch(/^\/check-your-situation\/result\.json\?v=[0-9a-f]{12}$/);
    await waitForStep(page, 'check-answers');
    await clickButton(page, 'See the guide');
    await page.waitForSelector('.guide[data-step="result"] .guide-waiting [role="alert"]');
    const tries = asked.length;
    expect(await page.textContent('.guide [role="alert"]')).toBe(t('guide.resultFailed'));
    expect(await page.locator('.guide-section').count()).toBe(0);
    refuse = false;
    await clickButton(page, t('guide.tryAgain'));
    await page.waitForSelector('.guide-next-steps li');
    expect(await page.$$eval('.guide-section', (els) => els.map((e) => e.getAttribute('data-section')))).toContain('police-questions');
    expect(asked).toHaveLength(tries + 1);
    await expectInvariants(page, invariants);
    // The refused request is logged by the browser; that one message is expected here.
    const refused = problems.consoleErrors.filter((e) => /503/.test(e));
    expect(refused.length).toBeGreaterThan(0);
    problems.consoleErrors.splice(0, problems.consoleErrors.length, ...problems.consoleErrors.filter((e) => !/503/.test(e)));
  });
});

describeBrowser('guide: errors, Back, Change and focus', () => {
  useBrowser();

  it('shows the error summary on an empty answer, focuses it, links to the field, and loses nothing', async () => {
    const { page, invariants } = await openGuide();
    await walk(page, toResult.slice(0, 3), 'mouse', invariants);
    await waitForStep(page, 'behaviours');
    await page.click('form.guide-question button[type="submit"]');
    await page.waitForSelector('.error-summary');
    // Focus moves in an effect after the summary is drawn: wait for it rather than checking at once.
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'), undefined, { timeout: 5000 });
    expect(await page.locator('.error-summary [role="alert"]').count()).toBe(1);
    expect(await page.textContent('.error-summary')).toContain('Select at least one thing');
    expect(await page.getAttribute('fieldset', 'aria-describedby')).toContain('guide-behaviours-error');
    await page.click('.error-summary a');
    expect(await focusedId(page)).toBe('guide-behaviours-following');
    await expectInvariants(page, invariants);
    // Earlier answers are still there.
    await clickButton(page, 'Back');
    await waitForStep(page, 'where');
    expect(await page.isChecked('#guide-where-england')).toBe(true);
  });

  it('moves focus to each new step heading and announces it in a status region', async () => {
    const { page } = await openGuide();
    expect(await page.locator('.guide [role="status"]').count()).toBe(1);
    await answerByMouse(page, 'danger', 'no');
    await waitForStep(page, 'who');
    expect(await focusedId(page)).toBe('guide-step-heading');
    expect(await page.textContent('.guide [role="status"]')).toContain('Who are you asking for?');
    // The question is the fieldset legend, after where the visitor is.
    expect(await page.textContent('fieldset legend')).toBe('Question 2 of 9Who are you asking for?');
    expect(await page.textContent('fieldset legend h2')).toBe('Who are you asking for?');
  });

  it('Change on Check your answers returns to the question, then back to Check your answers', async () => {
    const { page, invariants } = await openGuide();
    await walk(page, toResult, 'mouse', invariants);
    await waitForStep(page, 'check-answers');
    const rows = await page.locator('.guide-summary__row').count();
    expect(rows).toBe(toResult.length);
    await page.locator('.guide-summary__row', { hasText: 'Reported to the police' }).locator('button').click();
    await waitForStep(page, 'police');
    expect(await page.isChecked('#guide-police-yes')).toBe(true);
    await answerByMouse(page, 'police', 'no');
    await waitForStep(page, 'check-answers');
    expect(await page.locator('.guide-summary__row', { hasText: 'Reported to the police' }).textContent()).toContain('No');
    // Changing to an order asks the breach question, then comes back.
    await page.locator('.guide-summary__row', { hasText: 'Court order already' }).locator('button').click();
    await answerByMouse(page, 'order', 'spo');
    await waitForStep(page, 'breach');
    await answerByMouse(page, 'breach', 'yes');
    await waitForStep(page, 'check-answers');
    await clickButton(page, 'See the guide');
    await waitForStep(page, 'result');
    const sections = await page.$$eval('.guide-section', (els) => els.map((e) => e.getAttribute('data-section')));
    expect(sections[0]).toBe('breach');
    expect(sections).toContain('your-order');
    expect(sections).not.toContain('could-help');
    expect(await page.getAttribute('.guide-next-steps li', 'data-step-id')).toBe('report-breach');
    await expectInvariants(page, invariants);
  });

  it('Change → another answer → Back → answer again returns to Check your answers', async () => {
    const { page, invariants } = await openGuide();
    await walk(page, toResult, 'mouse', invariants);
    await waitForStep(page, 'check-answers');
    await page.locator('.guide-summary__row', { hasText: 'Where the person being stalked lives' }).locator('button').click();
    await waitForStep(page, 'where');
    await answerByMouse(page, 'where', 'scotland');
    await waitForStep(page, 'out-of-scope');
    await clickButton(page, 'Back');
    await waitForStep(page, 'where');
    await answerByMouse(page, 'where', 'wales');
    await waitForStep(page, 'check-answers');
    expect(await page.locator('.guide-summary__row', { hasText: 'Where the person being stalked lives' }).textContent()).toContain('Wales');
    // Changing the order: a new question (the breach) is asked, Back, then an answer that needs none.
    await page.locator('.guide-summary__row', { hasText: 'Court order already' }).locator('button').click();
    await answerByMouse(page, 'order', 'spo');
    await waitForStep(page, 'breach');
    await clickButton(page, 'Back');
    await waitForStep(page, 'order');
    await answerByMouse(page, 'order', 'none');
    await waitForStep(page, 'check-answers');
    await expectInvariants(page, invariants);
  });

  it('shows where the visitor is: "Question 1 of 9", exact for the path, and the title never changes', async () => {
    const { page, invariants } = await openGuide();
    expect(await page.textContent('.guide-progress')).toBe('Question 1 of 9');
    const toOrder = toResult.findIndex(([q]) => q === 'order');
    await walk(page, toResult.slice(0, toOrder), 'mouse', invariants);
    await waitForStep(page, 'order');
    // Telling the police added the question of what they did.
    expect(await page.textContent('.guide-progress')).toBe('Question 10 of 10');
    await clickButton(page, 'Back');
    await waitForStep(page, 'police-response');
    expect(await page.textContent('.guide-progress')).toBe('Question 9 of 10');
    await clickButton(page, 'Back');
    await waitForStep(page, 'police');
    expect(await page.textContent('.guide-progress')).toBe('Question 8 of 10');
    // Not told: that question goes; an order adds the breach question: the total counts each.
    await answerByMouse(page, 'police', 'no');
    await waitForStep(page, 'order');
    expect(await page.textContent('.guide-progress')).toBe('Question 9 of 9');
    await answerByMouse(page, 'order', 'spo');
    await waitForStep(page, 'breach');
    expect(await page.textContent('.guide-progress')).toBe('Question 10 of 10');
    const title = await page.title();
    expect(title).not.toMatch(/question/i);
    await expectInvariants(page, invariants);
  });

  it('Start again clears everything', async () => {
    const { page, invariants } = await openGuide();
    await walk(page, toResult, 'mouse', invariants);
    await clickButton(page, 'See the guide');
    await waitForStep(page, 'result');
    await clickButton(page, 'Start again');
    await waitForStep(page, 'danger');
    expect(await page.locator('.guide input:checked').count()).toBe(0);
    await answerByMouse(page, 'danger', 'no');
    await waitForStep(page, 'who');
    expect(await page.locator('.guide input:checked').count()).toBe(0);
    await expectInvariants(page, invariants);
  });
});

describeBrowser('guide: privacy', () => {
  useBrowser();

  // Headless Chromium under Playwright does not use the back/forward cache, so a real leave and
  // Back gets a fresh load (test/browser/privacy.test.ts). These fire the page-lifecycle events the cache would, to prove the handlers.
  for (const [type, persisted] of [
    ['pagehide', false],
    ['pagehide', true],
    ['pageshow', true],
  ] as const) {
    it(`wipes the answers and clears the controls on ${type}${persisted ? ' (persisted)' : ''}`, async () => {
      const { page, invariants } = await openGuide();
      await walk(page, toResult.slice(0, 3), 'mouse', invariants);
      await waitForStep(page, 'behaviours');
      await page.click('label[for="guide-behaviours-threats"]');
      const clearedAtOnce = await page.evaluate(
        ([t, p]) => {
          window.dispatchEvent(new PageTransitionEvent(t, { persisted: p }));
          // Checked synchronously: the controls must be clear before the page could be frozen.
          return document.querySelectorAll('.guide input:checked').length;
        },
        [type, persisted] as const,
      );
      expect(clearedAtOnce).toBe(0);
      await waitForStep(page, 'danger');
      expect(await page.locator('.guide input:checked').count()).toBe(0);
      await clickButton(page, 'Continue');
      await page.waitForSelector('.error-summary');
      await expectInvariants(page, invariants);
    });
  }

  it('does not wipe on an ordinary pageshow (first load)', async () => {
    const { page, invariants } = await openGuide();
    await walk(page, toResult.slice(0, 2), 'mouse', invariants);
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false })));
    await waitForStep(page, 'where');
    expect(await page.locator('.guide button', { hasText: 'Back' }).count()).toBe(1);
  });

  it('wipes the answers when the exit control fires spo:exit', async () => {
    const { page, invariants } = await openGuide();
    await walk(page, toResult.slice(0, 2), 'mouse', invariants);
    await waitForStep(page, 'where');
    await page.click('label[for="guide-where-wales"]');
    await page.evaluate(() => window.dispatchEvent(new Event('spo:exit')));
    await waitForStep(page, 'danger');
    expect(await page.locator('.guide input:checked').count()).toBe(0);
  });

  it('prints only the result, after a warning', async () => {
    const { page, invariants } = await openGuide();
    await walk(page, toResult, 'mouse', invariants);
    await clickButton(page, 'See the guide');
    await waitForStep(page, 'result');
    const warningFirst = await page.evaluate(() => {
      const warning = document.querySelector('.guide-print p');
      const button = document.querySelector('.guide-print button');
      return !!warning && !!button && !!(warning.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(warningFirst).toBe(true);
    expect(await page.textContent('.guide-print p')).toContain('printer queues');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['h1', '.guide-exit', '.exit-this-page', '.help-strip', '.site-header', '.guide-print', '.guide-restart', '.guide__back', '.guide-contents', '.guide-links']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.guide-next-steps').isVisible()).toBe(true);
    expect(await page.locator('[data-section="police-questions"]').isVisible()).toBe(true);
    expect(await page.locator('.guide-blanks').isVisible()).toBe(true);
    expect(await page.locator('#guide-step-heading').isVisible()).toBe(true);
  });

  it('prints the next steps and the police questions, with lines to fill in, on page 1, and no bare link paths', async () => {
    const { page, invariants } = await openGuide();
    await walk(page, [...toResult.filter(([q]) => q !== 'order'), ['order', 'interim-spo'], ['breach', 'yes']], 'mouse', invariants);
    await clickButton(page, 'See the guide');
    await waitForStep(page, 'result');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const dir = mkdtempSync(path.join(tmpdir(), 'spo-print-'));
    try {
      writeFileSync(path.join(dir, 'result.pdf'), pdf);
      const pageText = (n: number) =>
        execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), path.join(dir, 'result.pdf'), '-'], { encoding: 'utf8' });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, 'result.pdf')], { encoding: 'utf8' }))![1]);
      const first = pageText(1).replace(/\s+/g, ' ');
      console.log(`Printed result: ${pages} page(s)`);
      expect(first).toContain(content.result.nextSteps.heading);
      expect(first).toContain('Report that the order has been broken');
      expect(first).toContain('Questions to ask the police');
      expect(first).toContain('When does my order end?');
      // Page 1 says when it was printed (today, long form).
      expect(first).toMatch(/Printed on \d{1,2} [A-Z][a-z]+ \d{4}\./);
      for (const label of Object.values(content.result.blanks)) expect(first).toContain(label);
      const everything = Array.from({ length: pages }, (_, i) => pageText(i + 1)).join('\n');
      // No link printed as a bare site path, such as "(/what-is-stalking/)".
      expect(everything).not.toMatch(/\(\/[a-z0-9-]+\/\)/);
      // No printed heading says "Stalking" unless the visitor chose it: the headings printed are these.
      await page.emulateMedia({ media: 'print' });
      const headings = await page.evaluate(() => {
        const shown = (el: Element) => el.checkVisibility();
        return [...document.querySelectorAll('main h1, main h2, main h3')].filter(shown).map((h) => h.textContent ?? '');
      });
      for (const h of headings) expect(h).not.toMatch(/stalking/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says once, before the first question, that Back keeps the answers and leaving clears them', async () => {
    const { page } = await openGuide();
    const note = () => page.locator('.guide .guide-note');
    expect(await note().count()).toBe(1);
    expect(await note().isVisible()).toBe(true);
    expect(await note().textContent()).toBe(t('guide.backClears'));
    expect(t('guide.backClears')).toMatch(/Back keeps your answers.*clears them/);
    const before = await page.evaluate(() => {
      const n = document.querySelector('.guide .guide-note')!;
      const q = document.querySelector('#guide-step-heading')!;
      return !!(n.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    // Never again above a step: not on the next question, nor back on the first.
    await answerByMouse(page, 'danger', 'no');
    await waitForStep(page, 'who');
    expect(await note().count()).toBe(0);
    await page.click('.guide__back');
    await waitForStep(page, 'danger');
    expect(await note().count()).toBe(0);
    // The one-line link to the full explanation stays, closed.
    expect(await page.locator('details.guide-exit').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  // That the exit explainer comes before the first question: test/build/security.test.ts.
  it('needs JavaScript, and says so without it', async () => {
    const noJs = await newContext({ javaScriptEnabled: false });
    const { page: plain } = await openPage(GUIDE_PATH, noJs);
    expect(await plain.locator('.guide').count()).toBe(0);
    // The still copy of the first question, drawn for the moment before the code runs, is hidden.
    expect(await plain.locator('.guide-preview').count()).toBe(1);
    expect(await plain.locator('.guide-preview').isVisible()).toBe(false);
    expect(await plain.textContent('main')).toContain('needs JavaScript');
    // Once: the fallback for a guide that has not started (the same links) stays hidden without JavaScript.
    expect(await plain.locator('main a[href="/a-to-z/"]:visible').count()).toBe(1);
  });
});

describeBrowser('guide: links', () => {
  useBrowser();

  it('every guidance page the result links to exists on the built site', async () => {
    const context = await newContext();
    const hrefs = new Set(
      Object.values(rawContent.result.links)
        .flat()
        .map((l) => l.href)
        .filter((href) => href.startsWith('/')),
    );
    expect(hrefs.size).toBeGreaterThan(10);
    for (const href of hrefs) {
      const response = await context.request.get(href);
      expect(response.status(), href).toBe(200);
    }
  });
});
