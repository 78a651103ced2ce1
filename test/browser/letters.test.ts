import axe from 'axe-core';
import { expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describeBrowser, newContext, openPage, openPrintablePage, showing, useBrowser } from '../support/browser';

/**
 * The letter builder at /make-a-letter/, in Chromium against the built site: each of the three
 * letters built end to end from typed answers, the error summary, privacy (nothing in the URL,
 * title, history or storage; cleared on leaving), printing only the letter, the clipboard
 * warning before copying, the page without JavaScript, and axe in every state. The JavaScript it
 * ships is held to its budget by the benchmark (bench/budgets.json, "letter builder").
 */

const PATH = '/make-a-letter/';

async function openBuilder(options: BrowserContextOptions = {}, clock?: Date): Promise<Page> {
  const context = await newContext({ viewport: { width: 1280, height: 900 }, ...options });
  if (clock) await context.clock.setFixedTime(clock);
  const { page } = await openPage(PATH, context);
  await page.locator('.letters form').waitFor();
  return page;
}

const field = (id: string) => `#letter-field-${id}`;
const choose = (page: Page, letter: string) => page.check(`#letter-choice-${letter}`);
const make = (page: Page) => page.getByRole('button', { name: 'Make the letter' }).click();
const letterText = async (page: Page) => {
  await page.locator('#letter-text').waitFor();
  return page.inputValue('#letter-text');
};

/** What must not change while the builder is used. */
async function invariants(page: Page) {
  return page.evaluate(async () => ({
    href: location.href,
    title: document.title,
    history: history.length,
    historyState: history.state as unknown,
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
  }));
}

/** Text that must never show in a letter. */
const NEVER = /undefined|NaN|\[object|[{}]/;

async function runAxe(page: Page) {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describeBrowser('the letter builder', () => {
  useBrowser();

  /**
   * Each letter built from typed answers: every answer given is in it, the paragraphs its choices
   * bring in are there and the others are not, the result heading has focus, the text can be
   * edited before printing, and nothing reached the URL, title, history or storage.
   */
  const built: {
    does: string;
    letter: string;
    /** Before answering: what the builder shows once the letter is chosen. */
    explains?: (page: Page) => Promise<void>;
    ticks: string[];
    /** The police force chosen from the list, if any. */
    force?: string;
    typed: Record<string, string>;
    has: string[];
    hasNot: (string | RegExp)[];
  }[] = [
    {
      does: 'builds the letter asking for an order: every answer given is in it, nothing else, and nothing leaks',
      letter: 'ask-for-order',
      ticks: [`${field('forbid')}-contact`, `${field('forbid')}-surveillance`, `${field('interim')}-yes`],
      typed: {
        yourName: 'Sam Typed-Name',
        personName: 'Pat Person',
        whatHappened: 'Waited outside my flat on 3 May\nSent 40 messages',
        whyAfraid: 'Said he would make me pay',
        othersAffected: 'My sister Jo',
        crimeRef: 'REF-77-ABC',
        safeContact: 'Email only, please',
      },
      has: ['- contacting me in any way', '- watching, following or tracking me', 'interim Stalking Protection Order', 'Dear Sir or Madam,', 'To: The officer in the case'],
      // Questions left empty leave their paragraphs out.
      hasNot: ['- coming near me', /^To: (?!The officer in the case$)/m, 'When these things happened', 'I would also like the order to say'],
    },
    {
      does: 'builds the breach report, and the text can be edited before printing',
      letter: 'report-breach',
      ticks: [`${field('orderType')}-interim`],
      force: 'Devon and Cornwall Police',
      typed: {
        yourName: 'Ali Reporter',
        orderDate: '2 March 2026',
        court: 'Exeter Magistrates’ Court',
        breachWhen: 'Saturday 14 November, about 9pm',
        breachPlace: 'Outside the station',
        breachWhat: 'Shouted my name and followed me',
        witnesses: 'Chris, a friend',
        evidence: 'Doorbell video, saved on my laptop',
        officer: 'DC Patel',
      },
      has: ['the interim Stalking Protection Order made to protect me', 'Dear DC Patel,', 'Please record this as a breach of the order.', 'To: Devon and Cornwall Police'],
      hasNot: ['Crime reference number', 'The officer in the case'],
    },
    {
      does: 'explains which route fits before writing, then builds the review request',
      letter: 'review-or-complain',
      explains: async (page) => {
        const questions = page.locator('.letters__questions');
        await expect.poll(() => questions.textContent()).toContain('interviewed under caution');
        expect(await questions.textContent()).toContain('does not cover a decision not to apply for an order');
        expect(await page.locator(`label[for="${field('route').slice(1)}-no-charge"]`).textContent()).toContain('not to charge');
      },
      ticks: [`${field('route')}-no-charge`],
      typed: {
        yourName: 'Robin Asker',
        decisionDate: '1 October 2026',
        decision: 'Told by phone there would be no charge',
        whyReview: 'They did not look at the messages',
        crimeRef: '44/123456/26',
      },
      has: ['Victims’ Right to Review scheme'],
      hasNot: ['make a complaint', 'What I would like to happen now'],
    },
  ];

  it.each(built)('$does', async ({ letter, explains, ticks, force, typed, has, hasNot }) => {
    const page = await openBuilder();
    const before = await invariants(page);
    expect(before.href.endsWith(PATH)).toBe(true);
    await choose(page, letter);
    await explains?.(page);
    for (const tick of ticks) await page.check(tick);
    if (force) await page.selectOption(field('force'), force);
    for (const [id, value] of Object.entries(typed)) await page.fill(field(id), value);
    await make(page);
    const text = await letterText(page);
    for (const value of Object.values(typed)) expect(text).toContain(value);
    for (const words of has) expect(text).toContain(words);
    for (const words of hasNot) {
      if (typeof words === 'string') expect(text).not.toContain(words);
      else expect(text).not.toMatch(words);
    }
    expect(text).not.toMatch(NEVER);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Your letter');
    await page.fill('#letter-text', `${text}\n\nP.S. Added by hand`);
    expect(await page.locator('.letters-print').textContent()).toContain('P.S. Added by hand');
    expect(await invariants(page)).toEqual(before);
  });

  it('on a phone (360 × 740) the first letter choice is fully on the first screen, with the exit explainer collapsed before it', async () => {
    const page = await openBuilder({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const first = (await page.locator('.letters input[type="radio"]').first().boundingBox())!;
    expect(first.y).toBeGreaterThanOrEqual(0);
    expect(first.y + first.height).toBeLessThanOrEqual(740);
    const leaving = page.locator('details.letters__leaving');
    expect(await leaving.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await leaving.locator('.exit-explainer').count()).toBe(1);
    await leaving.locator('summary').click();
    expect(await leaving.locator('.exit-explainer').isVisible()).toBe(true);
  });

  it('keeps shared answers when the letter changes, and leaves the other letter’s answers out', async () => {
    const page = await openBuilder();
    await choose(page, 'ask-for-order');
    await page.fill(field('yourName'), 'Kept Name');
    await page.fill(field('whatHappened'), 'ONLY-IN-THE-FIRST-LETTER');
    await choose(page, 'review-or-complain');
    expect(await page.inputValue(field('yourName'))).toBe('Kept Name');
    await page.check(`${field('route')}-complaint`);
    await page.fill(field('decision'), 'Nobody called me back');
    await make(page);
    const text = await letterText(page);
    expect(text).toContain('Kept Name');
    expect(text).toContain('make a complaint');
    expect(text).not.toContain('ONLY-IN-THE-FIRST-LETTER');
  });

  it('the letter is dated today, long form, on the visitor’s clock, and addressed to the force chosen from the record', async () => {
    const context = await newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, timezoneId: 'Europe/London' });
    const { page } = await openPage('', context);
    // 23:30 on 7 December in London: the letter says 7 December, whatever the UTC day.
    await page.clock.setFixedTime(new Date('2026-12-07T23:30:00Z'));
    await page.goto(PATH);
    await page.locator('.letters form').waitFor();
    await choose(page, 'ask-for-order');
    const options = await page.$$eval(`${field('force')} option`, (els) => els.map((el) => (el as HTMLOptionElement).label));
    expect(options).toHaveLength(46);
    expect(options[0]).toBe('I do not know, or it is not in the list');
    expect(options).toContain('British Transport Police');
    expect(await page.getAttribute(field('force'), 'name')).toBeNull();
    const box = await page.locator(field('force')).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await page.selectOption(field('force'), 'Kent Police');
    await page.fill(field('yourName'), 'Sam Example');
    await page.fill(field('whatHappened'), 'Sent 40 messages');
    await page.fill(field('whyAfraid'), 'He said I would pay');
    await make(page);
    const paragraphs = (await letterText(page)).split('\n\n');
    expect(paragraphs.slice(0, 2)).toEqual(['7 December 2026', 'To: Kent Police']);
    // Back to the form: the force stays chosen; the first choice addresses the officer in the case.
    await page.getByRole('button', { name: 'Change your answers' }).click();
    expect(await page.inputValue(field('force'))).toBe('Kent Police');
    await page.selectOption(field('force'), '');
    await make(page);
    expect((await letterText(page)).split('\n\n').slice(0, 2)).toEqual(['7 December 2026', 'To: The officer in the case']);
  });

  it('asks for the date where the letter says “last night” or “yesterday”, as the box is changed too, and not otherwise', async () => {
    const page = await openBuilder({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await choose(page, 'report-breach');
    await page.fill(field('yourName'), 'Sam Example');
    await page.check(`${field('orderType')}-full`);
    await page.fill(field('breachWhen'), 'Last night, about 9pm');
    await page.fill(field('breachWhat'), 'He was at my door. Yesterday he rang 12 times.');
    await make(page);
    const prompt = page.locator('#letter-text-dates');
    await prompt.waitFor();
    expect(await prompt.locator('li').allTextContents()).toEqual(['last night', 'yesterday']);
    expect(await prompt.textContent()).toContain('Give the dates');
    expect(await page.getAttribute('#letter-text', 'aria-describedby')).toBe('letter-text-hint letter-text-dates');
    // On the first screen with the box's start, before the letter itself.
    const top = await prompt.boundingBox();
    const boxTop = (await page.locator('#letter-text').boundingBox())!.y;
    expect(top!.y).toBeLessThan(boxTop);
    const text = await letterText(page);
    await page.fill('#letter-text', text.replace('Last night', 'On 5 December'));
    expect(await prompt.locator('li').allTextContents()).toEqual(['yesterday']);
    await page.fill('#letter-text', text.replace('Last night', 'On 5 December').replace('Yesterday', 'On 4 December'));
    expect(await prompt.count()).toBe(0);
    expect(await page.getAttribute('#letter-text', 'aria-describedby')).toBe('letter-text-hint');
  });

  it('on a phone the letter’s box grows with its text: no scrollbar inside the box', async () => {
    const page = await openBuilder({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await choose(page, 'review-or-complain');
    await page.fill(field('yourName'), 'Sam Example');
    await page.check(`${field('route')}-complaint`);
    await page.fill(field('decision'), 'Nobody called me back. '.repeat(20));
    await make(page);
    await letterText(page);
    const box = await page.$eval('#letter-text', (el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    console.log(`360x740: letter box ${box.client} px tall for ${box.scroll} px of text`);
    expect(box.scroll).toBeGreaterThan(740);
    expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
  });

  it('shows an error summary with focus on a missing answer, keeps every other answer, and links to the field', async () => {
    const page = await openBuilder();
    const before = await invariants(page);
    await make(page);
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Choose which letter you want to make');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);

    await choose(page, 'ask-for-order');
    await page.fill(field('yourName'), 'Still Here');
    await page.fill(field('dates'), 'Since June');
    await page.check(`${field('forbid')}-images`);
    await make(page);
    await expect.poll(() => summary.textContent()).toContain('Say what the person has done');
    const listed = await summary.locator('li').allTextContents();
    expect(listed).toEqual(['Say what the person has done', 'Say why you are afraid of what the person may do']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    // Every other answer is kept.
    expect(await page.inputValue(field('yourName'))).toBe('Still Here');
    expect(await page.inputValue(field('dates'))).toBe('Since June');
    expect(await page.isChecked(`${field('forbid')}-images`)).toBe(true);
    // Each missing question shows its message and is marked invalid.
    expect(await page.locator(`${field('whatHappened')}-error`).textContent()).toContain('Say what the person has done');
    expect(await page.getAttribute(field('whatHappened'), 'aria-invalid')).toBe('true');
    // The summary link moves focus to the field without changing the address.
    await summary.getByRole('link', { name: 'Say why you are afraid of what the person may do' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('letter-field-whyAfraid');
    expect(await invariants(page)).toEqual(before);
  });

  it('is empty after leaving the page and coming back', async () => {
    const page = await openBuilder();
    await choose(page, 'ask-for-order');
    await page.fill(field('yourName'), 'Should Vanish');
    await page.fill(field('whatHappened'), 'Should vanish too');
    await page.fill(field('whyAfraid'), 'Gone');
    await make(page);
    await letterText(page);
    await page.goto('/');
    await page.goBack();
    await page.locator('.letters form').waitFor();
    expect(await page.locator('#letter-text').count()).toBe(0);
    expect(await page.isChecked('#letter-choice-ask-for-order')).toBe(false);
    expect(await page.locator('.letters__questions').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('Should Vanish');
  });

  it('wipes itself on pagehide even while the page is kept in the back/forward cache', async () => {
    const page = await openBuilder();
    await choose(page, 'report-breach');
    await page.fill(field('yourName'), 'Wipe Me');
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    await expect.poll(() => page.locator('.letters__questions').count()).toBe(0);
    expect(await page.isChecked('#letter-choice-report-breach')).toBe(false);
  });

  it('Print opens the print dialog, and on paper only the letter shows', async () => {
    const { page, printCalls } = await openPrintablePage(PATH);
    await choose(page, 'ask-for-order');
    await page.fill(field('yourName'), 'Print Person');
    await page.fill(field('whatHappened'), 'PRINTED-ANSWER');
    await page.fill(field('whyAfraid'), 'Fear');
    await make(page);
    await letterText(page);
    await page.getByRole('button', { name: 'Print the letter' }).click();
    expect(await printCalls()).toBe(1);
    expect(await page.locator('.letters').textContent()).toContain('A printed letter can be found');

    await page.emulateMedia({ media: 'print' });
    const shown = await showing(page, {
      letter: '.letters-print',
      textarea: '#letter-text',
      buttons: '.letters button',
      h1: 'h1',
      header: '.site-header',
      exit: '.exit-this-page',
      helpStrip: '.help-strip',
      blanks: '.letters-blank',
      footer: '.site-footer',
    });
    expect(shown).toMatchObject({ letter: true, textarea: false, buttons: false, h1: false, header: false, exit: false, helpStrip: false, blanks: false, footer: false });
    expect(shown.text).toContain('PRINTED-ANSWER');
    expect(shown.text).toContain('Print Person');
    expect(shown.text).not.toContain('Make a letter or email');
    expect(shown.text).not.toContain('clipboard');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length).toBe(1);
  });

  it('Copy says first that copied text can stay on the clipboard, and copies only when asked', async () => {
    const page = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.evaluate(() => navigator.clipboard.writeText('EARLIER-CLIPBOARD'));
    await choose(page, 'review-or-complain');
    await page.fill(field('yourName'), 'Copy Person');
    await page.check(`${field('route')}-no-order`);
    await page.fill(field('decision'), 'COPIED-ANSWER');
    await make(page);
    const text = await letterText(page);
    await page.getByRole('button', { name: 'Copy the letter' }).click();
    const warning = page.locator('.letters__warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('clipboard history');
    // Focus moves to the warning after it renders: wait for it rather than checking in the same task.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('letters__warning'))).toBe(true);
    // Nothing copied yet.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('EARLIER-CLIPBOARD');
    await page.getByRole('button', { name: 'Do not copy' }).click();
    expect(await warning.count()).toBe(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('EARLIER-CLIPBOARD');
    await page.getByRole('button', { name: 'Copy the letter' }).click();
    await page.getByRole('button', { name: 'Copy it now' }).click();
    await expect.poll(() => page.locator('.letters__status').textContent()).toContain('The letter is copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  });

  it('without JavaScript shows the same letters as printable text with blanks', async () => {
    const context = await newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const { page } = await openPage(PATH, context);
    expect(await page.locator('.letters form').count()).toBe(0);
    expect(await page.locator('.letters__leaving + noscript').textContent()).toContain('needs JavaScript');
    const titles = await page.locator('.letter-template h3').allTextContents();
    expect(titles).toHaveLength(5);
    expect(titles[0]).toBe('Ask the police to apply for a Stalking Protection Order');
    expect(titles[1]).toBe('Report that an order has been broken');
    for (const t of titles.slice(2)) expect(t).toContain('Ask for a decision to be looked at again');
    const texts = await page.locator('.letter-template__text').allTextContents();
    for (const t of texts) {
      expect(t).toContain('______');
      expect(t).not.toMatch(NEVER);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.letter-template').first().isVisible()).toBe(true);
  });
});

describeBrowser('the letter builder has no axe violations in any state', () => {
  useBrowser();

  const states: [string, (page: Page) => Promise<void>][] = [
    ['empty', async () => undefined],
    ['error summary, no letter chosen', async (page) => make(page)],
    ['asking for an order', async (page) => choose(page, 'ask-for-order')],
    [
      'asking for an order, errors',
      async (page) => {
        await choose(page, 'ask-for-order');
        await make(page);
        await page.locator('.error-summary').waitFor();
      },
    ],
    ['reporting a breach', async (page) => choose(page, 'report-breach')],
    ['review or complaint', async (page) => choose(page, 'review-or-complain')],
    [
      'result',
      async (page) => {
        await choose(page, 'report-breach');
        await page.fill(field('yourName'), 'A');
        await page.check(`${field('orderType')}-full`);
        await page.fill(field('breachWhen'), 'Today');
        await page.fill(field('breachWhat'), 'Came to my door');
        await make(page);
        await letterText(page);
      },
    ],
    [
      'copy warning',
      async (page) => {
        await choose(page, 'review-or-complain');
        await page.fill(field('yourName'), 'A');
        await page.check(`${field('route')}-complaint`);
        await page.fill(field('decision'), 'No reply');
        await make(page);
        await page.getByRole('button', { name: 'Copy the letter' }).click();
        await page.locator('.letters__warning').waitFor();
      },
    ],
  ];
  const cases = states.flatMap(([name, setUp]) => [1280, 320].map((width) => [name, width, setUp] as const));

  // The help strip says whether the helpline is open on the visitor's clock, and its words change the
  // page's height: fixed at a Monday 10:00 in London (open), so every run checks the same page.
  it.each(cases)('%s at %i px', { timeout: 120_000 }, async (_name, width, setUp) => {
    const page = await openBuilder({ viewport: { width, height: 800 } }, new Date('2026-12-07T10:00:00Z'));
    await setUp(page);
    // Where the state moved focus (the error summary, the letter's heading), it is not under the sticky bar (WCAG 2.4.11).
    const focusCovered = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return false;
      return focused.getBoundingClientRect().top < document.querySelector('.exit-this-page')!.getBoundingClientRect().bottom - 1;
    });
    expect(focusCovered).toBe(false);
    // Moving focus scrolls the page, so the header's links can sit half under the sticky bar, which axe's
    // target-size rule then counts as a small target: a matter of where the page is scrolled to, which
    // changed with the help strip's height and the hour. axe looks at each state from the top of the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await runAxe(page)).toEqual([]);
    // No sideways scrolling at 320 px (WCAG 1.4.10).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
