import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages, urlPathOf } from '../support/dist';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/**
 * Windows High Contrast / forced colours (emulated): the browser replaces author colours and
 * drops box-shadows, so anything drawn only with a background or a shadow vanishes. Checked:
 * - the "Exit this page" button and the 999 call link beside it are still there, at least
 *   44 × 44 px, with their text in a colour different from what is behind them and a visible
 *   edge (border or outline);
 * - the keyboard focus ring is still visible on links, the exit button and form controls: a
 *   real outline (style not none, width ≥ 2 px, colour not transparent), since box-shadow and
 *   background highlights do not survive forced colours.
 */

interface Look {
  width: number;
  height: number;
  visible: boolean;
  color: string;
  background: string;
  edge: boolean;
}

async function exitButtonLook(page: Page, selector = '.exit-this-page__button'): Promise<Look | null> {
  return page.evaluate((selector) => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const solid = (style: string, width: string, color: string) => style !== 'none' && parseFloat(width) >= 1 && !/transparent|rgba\(.*,\s*0\)/.test(color);
    return {
      width: r.width,
      height: r.height,
      visible: el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
      color: cs.color,
      background: cs.backgroundColor,
      edge: solid(cs.borderTopStyle, cs.borderTopWidth, cs.borderTopColor) || solid(cs.outlineStyle, cs.outlineWidth, cs.outlineColor),
    };
  }, selector);
}

async function focusRing(page: Page): Promise<{ description: string; ring: string; ok: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const cs = getComputedStyle(el);
    const ok = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && !/transparent|rgba\(.*,\s*0\)/.test(cs.outlineColor);
    return { description: `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`, ring: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`, ok };
  });
}

const pages = htmlPages().map(urlPathOf);

describeBrowser('forced colours (high contrast) mode', () => {
  useBrowser();

  it('the emulation is on (the media query matches)', async () => {
    const context = await newContext({ forcedColors: 'active' });
    const { page } = await openPage('/', context);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  });

  it.each(pages)('%s shows the exit button and 999 in the sticky bar, each with a visible edge', async (urlPath) => {
    const context = await newContext({ forcedColors: 'active', viewport: { width: 320, height: 640 } });
    const { page } = await openPage(urlPath, context);
    for (const selector of ['.exit-this-page__button', '.exit-this-page a[href="tel:999"]']) {
      const look = await exitButtonLook(page, selector);
      expect(look, selector).not.toBeNull();
      expect(look!.visible, selector).toBe(true);
      expect(look!.width, selector).toBeGreaterThanOrEqual(44);
      expect(look!.height, selector).toBeGreaterThanOrEqual(44);
      expect(look!.color, selector).not.toBe(look!.background);
      expect(look!.edge, selector).toBe(true);
    }
  });

  it.each(pages)('%s keeps a visible focus ring on the first 15 tab stops', async (urlPath) => {
    const context = await newContext({ forcedColors: 'active', viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(urlPath, context);
    await page.waitForLoadState('load');
    const missing: string[] = [];
    for (let i = 0; i < 15; i += 1) {
      await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      if (ring.description.startsWith('<body')) break;
      if (!ring.ok) missing.push(`${ring.description} ${ring.ring}`);
    }
    expect(missing).toEqual([]);
  });

  it('the focus check is live: a focus style made of box-shadow only is caught', async () => {
    const context = await newContext({ forcedColors: 'active' });
    const { page } = await openPage('/', context);
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('a:focus-visible { outline: none !important; box-shadow: 0 0 0 3px #fd0 !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    await page.keyboard.press('Tab');
    expect((await focusRing(page)).ok).toBe(false);
  });
});
