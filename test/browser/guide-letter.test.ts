import axe from 'axe-core';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, openPrintablePage, showing, useBrowser } from '../support/browser';
import { answerByMouse, clickButton, expectInvariants, invariantsOf, waitForStep, GUIDE_PATH } from './guide-helpers';

/**
 * The letter builder inside the step-by-step guide's result, in Chromium against the built site
 * with the real headers: it loads only when the result shows, starts filled from the guide's
 * answers, and keeps the builder's guarantees there (nothing in the URL, title, history or
 * storage; wiped on leaving; error summary and focus; Print prints only the letter while the
 * guide's own Print prints the result; Copy warns first; no axe violations).
 */

const field = (id: string) => `#letter-field-${id}`;

type Path = [string, string | string[]][];

/** England, a stranger, no order yet; following, turning up and messages. */
const NO_ORDER: Path = [
  ['danger', 'no'],
  ['who', 'me'],
  ['where', 'england'],
  ['behaviours', ['following', 'turning-up', 'contact']],
  ['places', ['home']],
  ['repeated', 'yes'],
  ['relationship', 'stranger'],
  ['police', 'yes'],
  ['police-response', 'dealing'],
  ['order', 'none'],
];

/** An interim order that has been broken; online and through other people. */
const INTERIM_BROKEN: Path = [
  ['danger', 'no'],
  ['who', 'me'],
  ['where', 'wales'],
  ['behaviours', ['online', 'proxy']],
  ['places', ['home']],
  ['repeated', 'yes'],
  ['relationship', 'partner'],
  ['police', 'yes'],
  ['police-response', 'dealing'],
  ['order', 'interim-spo'],
  ['breach', 'yes'],
];

async function storage(page: Page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    state: history.state as unknown,
  }));
}

/** Opens the guide, answers the path, and waits for the result with the builder loaded. */
async function toResult(path: Path, width = 1280): Promise<{ page: Page; scripts: string[] }> {
  const context = await newContext({ viewport: { width, height: 900 } });
  const { page } = await openPage(GUIDE_PATH, context);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.waitForSelector('.guide[data-step="danger"]');
  for (const [question, value] of path) {
    await waitForStep(page, question);
    await answerByMouse(page, question, value);
  }
  await waitForStep(page, 'check-answers');
  await clickButton(page, 'See the guide');
  await waitForStep(page, 'result');
  await openBuilder(page);
  return { page, scripts };
}

/** Opens the folded builder in the result and waits for its form. */
async function openBuilder(page: Page): Promise<void> {
  const summary = page.locator('.guide-section[data-section="letter"] summary', { hasText: 'Make a letter to the police' });
  await summary.waitFor();
  await summary.click();
  await page.locator('.guide-section[data-section="letter"] .letters form').waitFor();
}

/** On an open guide: answers NO_ORDER, opens the builder in the result and makes the letter. */
async function makeNoOrderLetter(page: Page, yourName: string, whatHappened: string): Promise<void> {
  await page.waitForSelector('.guide[data-step="danger"]');
  for (const [question, value] of NO_ORDER) {
    await waitForStep(page, question);
    await answerByMouse(page, question, value);
  }
  await clickButton(page, 'See the guide');
  await openBuilder(page);
  await page.fill(field('yourName'), yourName);
  await page.fill(field('whatHappened'), whatHappened);
  await page.fill(field('whyAfraid'), 'Fear');
  await page.getByRole('button', { name: 'Make the letter' }).click();
  await page.locator('#letter-text').waitFor();
}

async function axeViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return results.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describeBrowser('the letter builder in the guide result', () => {
  useBrowser();

  it('a guide run end to end: the builder loads with the result, starts from the answers, and its letter holds them', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(GUIDE_PATH, context);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.waitForSelector('.guide[data-step="danger"]');
    const before = await invariantsOf(page);
    const stored = await storage(page);
    for (const [question, value] of NO_ORDER) {
      await waitForStep(page, question);
      await answerByMouse(page, question, value);
    }
    await waitForStep(page, 'check-answers');
    // Not loaded before the result shows.
    expect(scripts.filter((s) => s.includes('GuideLetterBuilder'))).toEqual([]);
    await clickButton(page, 'See the guide');
    await waitForStep(page, 'result');
    const section = page.locator('.guide-section[data-section="letter"]');
    // Loaded with the result, folded away until opened, so the result stays short on a phone.
    await section.locator('details.letters-disclosure').waitFor();
    expect(scripts.filter((s) => s.includes('GuideLetterBuilder'))).toHaveLength(1);
    expect(await section.locator('details.letters-disclosure').getAttribute('open')).toBeNull();
    expect(await section.locator('.letters form').isVisible()).toBe(false);
    await openBuilder(page);
    // The link to the builder's own page gives way to the builder.
    expect(await section.locator('a.guide-action').count()).toBe(0);
    // Headings continue the result's outline: the section is h3, the builder's are h4.
    expect(await section.locator('h4', { hasText: 'Which letter do you want to make?' }).count()).toBe(1);

    // Starts on the letter asking for an order, with the order's terms from the behaviours ticked.
    expect(await page.isChecked('#letter-choice-ask-for-order')).toBe(true);
    const ticked = await page.$$eval(`${field('forbid')} input:checked`, (els) => els.map((e) => (e as HTMLInputElement).value));
    expect(ticked).toEqual(['contact', 'places', 'approach', 'surveillance']);

    // A missing required answer: error summary, focus on it, and every prefilled answer kept.
    await page.fill(field('yourName'), 'Guide Person');
    await section.getByRole('button', { name: 'Make the letter' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await section.locator('.error-summary__list li').allTextContents()).toHaveLength(2);
    expect(await page.inputValue(field('yourName'))).toBe('Guide Person');
    expect(await page.$$eval(`${field('forbid')} input:checked`, (els) => els.length)).toBe(4);

    await page.fill(field('whatHappened'), 'Waited at the bus stop GUIDE-WHAT');
    await page.fill(field('whyAfraid'), 'He said GUIDE-FEAR');
    await section.getByRole('button', { name: 'Make the letter' }).click();
    await page.locator('#letter-text').waitFor();
    const text = await page.inputValue('#letter-text');
    for (const words of [
      'Guide Person',
      'GUIDE-WHAT',
      'GUIDE-FEAR',
      'contacting me in any way',
      'going to places where I live, work or often go',
      'coming near me',
      'watching, following or tracking me',
    ]) {
      expect(text).toContain(words);
    }
    // Nothing the visitor did not choose.
    expect(text).not.toContain('through other people');
    expect(text).not.toContain('social media, ');
    expect(text).not.toMatch(/undefined|NaN|\[object|[{}]/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Your letter');

    await expectInvariants(page, before);
    expect(await storage(page)).toEqual(stored);
  });

  it('a broken interim order opens the breach report, with the kind of order chosen', async () => {
    const { page } = await toResult(INTERIM_BROKEN);
    expect(await page.isChecked('#letter-choice-report-breach')).toBe(true);
    expect(await page.isChecked(`${field('orderType')}-interim`)).toBe(true);
    await page.fill(field('yourName'), 'Breach Person');
    await page.fill(field('breachWhen'), 'Friday BREACH-WHEN');
    await page.fill(field('breachWhat'), 'Sent a message BREACH-WHAT');
    await page.getByRole('button', { name: 'Make the letter' }).click();
    const text = await page.locator('#letter-text').inputValue();
    expect(text).toContain('interim Stalking Protection Order');
    expect(text).toContain('BREACH-WHEN');
    expect(text).toContain('BREACH-WHAT');
    expect(text).not.toMatch(/undefined|NaN|[{}]/);
  });

  it('on a phone the result’s letter is dated, addressed, asks for the date of “last night”, and its box grows with its text', async () => {
    const context = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, timezoneId: 'Europe/London' });
    const { page } = await openPage('', context);
    await page.clock.setFixedTime(new Date('2026-12-07T10:00:00Z'));
    await page.goto(GUIDE_PATH);
    await page.waitForSelector('.guide[data-step="danger"]');
    for (const [question, value] of INTERIM_BROKEN) {
      await waitForStep(page, question);
      await answerByMouse(page, question, value);
    }
    await waitForStep(page, 'check-answers');
    await clickButton(page, 'See the guide');
    await waitForStep(page, 'result');
    await openBuilder(page);
    await page.fill(field('yourName'), 'Breach Person');
    await page.fill(field('breachWhen'), 'Last night, about 9pm');
    await page.fill(field('breachWhat'), 'Sent a message. '.repeat(60));
    await page.getByRole('button', { name: 'Make the letter' }).click();
    await page.locator('#letter-text').waitFor();
    const text = await page.inputValue('#letter-text');
    expect(text.split('\n\n').slice(0, 2)).toEqual(['7 December 2026', 'To: The officer in the case']);
    expect(await page.locator('#letter-text-dates li').allTextContents()).toEqual(['last night']);
    const box = await page.$eval('#letter-text', (el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    console.log(`guide result, 360x740: letter box ${box.client} px tall for ${box.scroll} px of text`);
    expect(box.scroll).toBeGreaterThan(740);
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
  });

  it("the guide's Print prints the result without the letter; the builder's Print prints only the letter", async () => {
    const { page, printCalls } = await openPrintablePage(GUIDE_PATH);
    await makeNoOrderLetter(page, 'Print Person', 'PRINTED-LETTER');

    const printed = () => showing(page, { letter: '.letters-print', nextSteps: '.guide-next-steps', 'police-questions': '[data-section="police-questions"]' });

    await page.locator('.guide-print button').click();
    await page.emulateMedia({ media: 'print' });
    const result = await printed();
    expect(result).toMatchObject({ letter: false, nextSteps: true, 'police-questions': true });
    expect(result.text).not.toContain('PRINTED-LETTER');

    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print the letter' }).click();
    expect(await printCalls()).toBe(2);
    await page.emulateMedia({ media: 'print' });
    const letter = await printed();
    expect(letter).toMatchObject({ letter: true, nextSteps: false, 'police-questions': false });
    expect(letter.text).toContain('PRINTED-LETTER');
    expect(letter.text).toContain('Print Person');
    expect(letter.text).not.toContain('Check your situation');
    expect(letter.text).not.toContain('Questions to ask');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length).toBe(1);
  });

  it('Copy warns about the clipboard before copying', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = await openPage(GUIDE_PATH, context);
    await page.waitForSelector('.guide[data-step="danger"]');
    await page.evaluate(() => navigator.clipboard.writeText('EARLIER'));
    await makeNoOrderLetter(page, 'Copy Person', 'COPIED');
    const text = await page.locator('#letter-text').inputValue();
    await page.getByRole('button', { name: 'Copy the letter' }).click();
    await page.locator('.letters__warning').waitFor();
    expect(await page.locator('.letters__warning').textContent()).toContain('clipboard history');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('EARLIER');
    await page.getByRole('button', { name: 'Copy it now' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  it('leaving and coming back shows a fresh guide with no letter and no answers', async () => {
    const { page } = await toResult(NO_ORDER);
    await page.fill(field('yourName'), 'LEFT-BEHIND');
    await page.fill(field('whatHappened'), 'LEFT-WHAT');
    await page.fill(field('whyAfraid'), 'LEFT-FEAR');
    await page.getByRole('button', { name: 'Make the letter' }).click();
    await page.locator('#letter-text').waitFor();
    await page.goto(new URL('/what-is-a-stalking-protection-order/', page.url()).href);
    await page.goBack();
    await page.waitForSelector('.guide[data-step="danger"]');
    expect(await page.locator('.letters').count()).toBe(0);
    const html = await page.content();
    expect(html).not.toContain('LEFT-BEHIND');
    expect(html).not.toContain('LEFT-WHAT');
  });

  for (const width of [1280, 320]) {
    it(`axe finds no violations on the result with the builder, its error summary and its letter (${width}px)`, async () => {
      const { page } = await toResult(INTERIM_BROKEN, width);
      const found: string[] = [];
      found.push(...(await axeViolations(page, 'builder')));
      await page.getByRole('button', { name: 'Make the letter' }).click();
      await page.locator('.error-summary').waitFor();
      found.push(...(await axeViolations(page, 'error summary')));
      await page.fill(field('yourName'), 'A');
      await page.fill(field('breachWhen'), 'B');
      await page.fill(field('breachWhat'), 'C');
      await page.getByRole('button', { name: 'Make the letter' }).click();
      await page.locator('#letter-text').waitFor();
      found.push(...(await axeViolations(page, 'letter')));
      await page.getByRole('button', { name: 'Copy the letter' }).click();
      await page.locator('.letters__warning').waitFor();
      found.push(...(await axeViolations(page, 'copy warning')));
      if (width === 320) {
        // Reflow: nothing wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      }
      expect(found).toEqual([]);
    }, 120_000);
  }
});
