/**
 * Hostile and odd input in both search boxes (the header's and the search page's), from the
 * audit: very long input, emoji and bidirectional text, lone surrogates, regular-expression
 * characters, prototype names, and HTML and script payloads. Whatever is typed: no dialog,
 * no element or event handler injected, no script run, no error (the shared harness also
 * fails on console errors and warnings and CSP violations), and nothing in the URL or history.
 * Drives the boxes through their stable hooks only ([data-search] and [data-search-input]),
 * so it does not depend on how results are drawn.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, openPage, useBrowser } from '../support/browser';

/** Inputs as UTF-16 code units, so lone surrogates reach the page exactly as written. */
const inputs: [name: string, text: string][] = [
  ['very long input', 'breach '.repeat(1500)],
  ['one very long word', 'a'.repeat(10_000)],
  ['emoji', '👩🏽‍⚖️ 🚨 order 🙂'],
  ['right-to-left and bidi overrides', '\u202Eredro noitcetorp\u202C \u05E6\u05D5 \u0627\u0644\u0623\u0645\u0631 \u2066order\u2069'],
  ['a lone high surrogate', 'order \uD800'],
  ['a lone low surrogate', '\uDC00 breach'],
  ['a reversed surrogate pair', '\uDC00\uD800'],
  ['regex characters', '.*+?^${}()|[]\\/'],
  ['catastrophic backtracking pattern', '(a+)+$ (a|aa)*b'],
  ['__proto__', '__proto__'],
  ['constructor and prototype', 'constructor prototype toString hasOwnProperty'],
  ['an img onerror payload', '<img src=x onerror=alert(1)>'],
  ['a flagging img payload', '<img src=x onerror="window.__spoXss=1">'],
  ['a script tag', '<script>alert(1)</script>'],
  ['an attribute breakout', '"><svg onload=alert(1)>'],
  ['a javascript: URL', 'javascript:alert(document.domain)'],
  ['template syntax', '{{7*7}} ${alert(1)} #{7*7}'],
  ['HTML entities', '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;'],
  ['markup', '<b>bold</b> <mark>x</mark> <a href="/">home</a>'],
  ['null and control characters', 'order\u0000\u0001\u001B[31m'],
  ['percent-encoding', '%3Cscript%3E %00 %E2%80%AE'],
  ['SQL-like', "' OR 1=1 -- ; DROP TABLE pages"],
  ['only spaces', '     '],
  ['newlines and tabs', '\n\tbreach\r\n'],
];

/** Elements and attributes that would mean input got into the page as markup. */
async function watchForInjection(page: Page): Promise<void> {
  await page.evaluate(() => {
    const found: string[] = [];
    (window as unknown as { __spoInjected: string[] }).__spoInjected = found;
    const dangerous = new Set(['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'META', 'BASE', 'FORM', 'VIDEO', 'AUDIO']);
    const check = (el: Element) => {
      if (dangerous.has(el.tagName.toUpperCase())) found.push(`<${el.tagName.toLowerCase()}>`);
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName.toLowerCase()}[${attr.name}=javascript:]`);
      }
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' && record.target instanceof Element) check(record.target);
        for (const node of Array.from(record.addedNodes)) {
          if (node instanceof Element) [node, ...Array.from(node.querySelectorAll('*'))].forEach(check);
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * The search input of a box. The header's field may be shown only after its "Search" control
 * (a button or a disclosure) is activated: then that control is used first.
 */
async function inputOf(page: Page, box: string) {
  const input = page.locator(`[data-search="${box}"] [data-search-input]`);
  if (box === 'header' && !(await input.isVisible())) {
    const controls = page.getByRole('button', { name: 'Search', exact: true }).or(page.locator('summary', { hasText: /^\s*Search\s*$/ }));
    let opened = false;
    for (const control of await controls.all()) {
      if (!(await control.isVisible())) continue;
      await control.click();
      opened = true;
      break;
    }
    if (!opened) throw new Error('The header search field is hidden and no visible "Search" control opens it');
  }
  await input.waitFor({ state: 'visible' });
  return input;
}

/** Puts the text in the field exactly (lone surrogates included), submits, and waits for the search to finish. */
async function searchFor(page: Page, box: string, text: string): Promise<void> {
  const input = await inputOf(page, box);
  const root = `[data-search="${box}"]`;
  const before = Number((await page.getAttribute(root, 'data-search-completed')) ?? '0');
  await input.focus();
  await input.evaluate((el, codes) => {
    const field = el as HTMLInputElement;
    field.value = String.fromCharCode(...codes);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, Array.from({ length: text.length }, (_unused, i) => text.charCodeAt(i)));
  await input.press('Enter');
  await page.waitForFunction(
    ([selector, count]) => Number(document.querySelector(selector as string)?.getAttribute('data-search-completed') ?? '0') > (count as number),
    [root, before] as const,
    { timeout: 15_000 },
  );
}

describeBrowser('search boxes under hostile input', () => {
  useBrowser();

  it.each([
    ['header', '/what-is-stalking/'],
    ['page', '/search/'],
  ])('the %s search box', async (box, path) => {
    const { page } = await openPage(path);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // One ordinary search first, so whatever the box adds to the page when it is first used
    // (its field, styles, results list) is in place before the watch for injected markup starts.
    await searchFor(page, box, 'order');
    await watchForInjection(page);
    const start = await page.evaluate(() => ({ href: location.href, history: history.length, title: document.title }));
    for (const [name, text] of inputs) {
      await searchFor(page, box, text);
      const after = await page.evaluate(() => ({
        href: location.href,
        history: history.length,
        title: document.title,
        injected: (window as unknown as { __spoInjected: string[] }).__spoInjected.splice(0),
        flagged: (window as unknown as { __spoXss?: number }).__spoXss ?? null,
      }));
      expect(after, name).toEqual({ ...start, injected: [], flagged: null });
      expect(dialogs, name).toEqual([]);
    }
  }, 120_000);
});
