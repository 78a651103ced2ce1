import { expect } from 'vitest';
import { newContext, openPage } from './browser';
import type { Page } from 'playwright-core';

/**
 * How far a page scrolls sideways (WCAG 1.4.10 Reflow): the document's scroll and client widths,
 * and the first few elements wider than the viewport, so a failure says where to look.
 */
export async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
}

/** Opens `urlPath` at `width` CSS px and fails, naming the widest elements, if it scrolls sideways. */
export async function expectNoSidewaysScroll(urlPath: string, width: number): Promise<void> {
  const context = await newContext({ viewport: { width, height: 640 } });
  const { page } = await openPage(urlPath, context);
  await page.waitForLoadState('load');
  const { scrollWidth, clientWidth, wide } = await sidewaysOverflow(page);
  expect(scrollWidth > clientWidth ? wide : [], 'elements wider than the viewport').toEqual([]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}
