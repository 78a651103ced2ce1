import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages, urlPathOf } from '../support/dist';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/**
 * A keyboard tab-through of every built page (so every page type is covered, and new pages
 * without editing this file). At each stop the focused element must:
 * - look different from its unfocused self: the computed outline, box-shadow, background or
 *   text colour changes, and the change is not invisible (a transparent outline alone does not
 *   count) — WCAG 2.4.7 Focus Visible;
 * - be rendered with a real size and not be hidden behind anything, such as the sticky exit
 *   bar (the element at the centre of the focused element is the element or inside it) —
 *   WCAG 2.4.11 Focus Not Obscured (Minimum).
 * The tab order must also reach the end of the page and wrap, which shows there is no
 * keyboard trap (WCAG 2.1.2).
 */

const MAX_STOPS = 400;

interface Stop {
  description: string;
  visibleChange: string[];
  width: number;
  height: number;
  obscuredBy: string | null;
}

async function inspectFocused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const describe = (node: Element) => {
      const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const cls = node.getAttribute('class');
      return `<${node.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}>${text}`;
    };
    const snapshot = () => {
      const cs = getComputedStyle(el);
      return {
        outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !/rgba\(.*,\s*0\)|transparent/.test(cs.outlineColor)
          ? `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`
          : 'none',
        boxShadow: cs.boxShadow,
        background: cs.backgroundColor,
        color: cs.color,
        border: parseFloat(cs.borderTopWidth) > 0 ? `${cs.borderTopColor} ${cs.borderTopWidth}` : 'none',
      };
    };
    // No scrolling here: where the browser's own focus scrolling left the element is what a
    // keyboard user sees.
    const focused = snapshot();
    const r = el.getBoundingClientRect();
    // The part of the element inside the viewport (a focusable scroll region can be taller
    // than the screen): it must exist, and its centre must show the element itself.
    const left = Math.max(r.left, 0);
    const top = Math.max(r.top, 0);
    const right = Math.min(r.right, window.innerWidth);
    const bottom = Math.min(r.bottom, window.innerHeight);
    let obscuredBy: string | null = null;
    if (right - left < 1 || bottom - top < 1) obscuredBy = 'the edge of the viewport (not scrolled into view)';
    else {
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
      if (!hit || !(hit === el || el.contains(hit) || hit.contains(el))) obscuredBy = hit ? describe(hit) : 'nothing';
    }
    // Compare with the unfocused look, then give focus back (keyboard modality is kept, so
    // :focus-visible matches again and the next Tab continues from here).
    el.blur();
    const unfocused = snapshot();
    el.focus({ preventScroll: true });
    const visibleChange = (Object.keys(focused) as (keyof typeof focused)[]).filter((k) => focused[k] !== unfocused[k]);
    return { description: describe(el), visibleChange, width: r.width, height: r.height, obscuredBy };
  });
}

async function tabThrough(page: Page, key: 'Tab' | 'Shift+Tab'): Promise<{ reached: number; wrapped: boolean; problems: string[] }> {
  const problems: string[] = [];
  let reached = 0;
  let first: string | null = null;
  for (let i = 0; i < MAX_STOPS; i += 1) {
    await page.keyboard.press(key);
    const stop = await inspectFocused(page);
    if (!stop) {
      if (reached > 0) return { reached, wrapped: true, problems };
      continue;
    }
    if (first === null) first = stop.description;
    else if (stop.description === first && reached > 1) return { reached, wrapped: true, problems };
    reached += 1;
    if (!stop.visibleChange.some((k) => ['outline', 'boxShadow', 'background', 'border'].includes(k)))
      problems.push(`${stop.description}: focus shows no outline, shadow, background or border change (only ${stop.visibleChange.join(', ') || 'nothing'})`);
    if (stop.width < 1 || stop.height < 1) problems.push(`${stop.description}: focused but not rendered (${stop.width}×${stop.height})`);
    if (stop.obscuredBy) problems.push(`${stop.description}: hidden behind ${stop.obscuredBy}`);
  }
  return { reached, wrapped: false, problems };
}

const pages = htmlPages().map(urlPathOf);

describeBrowser('keyboard tab-through: focus is visible and not obscured on every built page', () => {
  useBrowser();

  it.each(pages)('%s', { timeout: 240_000 }, async (urlPath) => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(urlPath, context);
    await page.waitForLoadState('load');
    // Forwards, then backwards: Shift+Tab brings elements in at the top of the viewport, where
    // a sticky bar could cover them.
    for (const key of ['Tab', 'Shift+Tab'] as const) {
      const { reached, wrapped, problems } = await tabThrough(page, key);
      expect(reached, `${key}: focusable elements reached`).toBeGreaterThan(3);
      expect(wrapped, `${key}: tab order did not come back round within ${MAX_STOPS} stops (keyboard trap?)`).toBe(true);
      expect(problems, key).toEqual([]);
    }
  });

  it('the check is live: an element whose focus style is removed is reported', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage('/', context);
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('main a:focus-visible { outline: none !important; box-shadow: none !important; background: none !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      document.querySelector<HTMLAnchorElement>('main a')?.focus();
    });
    // Put keyboard modality on: Tab forward then back to the link.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const stop = await inspectFocused(page);
    expect(stop?.description.startsWith('<a')).toBe(true);
    expect(stop?.visibleChange.some((k) => ['outline', 'boxShadow', 'background', 'border'].includes(k))).toBe(false);
  });
});
