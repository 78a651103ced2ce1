import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages, urlPathOf } from '../support/dist';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { expectNoSidewaysScroll } from '../support/reflow';

/**
 * At 320 CSS px wide (WCAG 1.4.10 Reflow) every built page:
 * - never scrolls sideways (document scrollWidth ≤ clientWidth);
 * - has every interactive element at least 24 × 24 CSS px (WCAG 2.2 SC 2.5.8), with the
 *   success criterion's own exceptions implemented as:
 *   - inline: an <a> laid out inline inside a block that also holds other text (a link in a
 *     sentence) is exempt, because its size is set by the line of text around it;
 *   - spacing: a smaller target passes if a 24 px square centred on it overlaps no other target.
 * Elements that are not rendered (display none, visibility hidden, clipped to 1 px like the skip
 * link until focused) are not targets.
 */

const WIDTH = 320;

interface Target {
  description: string;
  width: number;
  height: number;
  inline: boolean;
  spaced: boolean;
}

async function undersizedTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const cls = el.getAttribute('class');
      return `<${el.tagName.toLowerCase()}${cls ? ` class="${cls}"` : ''}>${text}`;
    };
    const rendered = (el: Element, r: DOMRect) => {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
      if (r.width <= 1 || r.height <= 1) return false;
      // Off-screen until focused (skip links): not a target in the current layout.
      if (r.right <= 0 || r.left >= document.documentElement.scrollWidth) return false;
      return true;
    };
    // A label that wraps or points at a native control makes the label part of the target.
    const targetRect = (el: Element): DOMRect => {
      if (el instanceof HTMLInputElement && el.labels && el.labels.length > 0) {
        const rects = [el.getBoundingClientRect(), ...[...el.labels].map((l) => l.getBoundingClientRect())];
        const left = Math.min(...rects.map((r) => r.left));
        const top = Math.min(...rects.map((r) => r.top));
        const right = Math.max(...rects.map((r) => r.right));
        const bottom = Math.max(...rects.map((r) => r.bottom));
        return new DOMRect(left, top, right - left, bottom - top);
      }
      return el.getBoundingClientRect();
    };
    const isInlineInText = (el: Element) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      let block: Element | null = el.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) return false;
      const own = (el.textContent ?? '').replace(/\s+/g, '');
      const all = (block.textContent ?? '').replace(/\s+/g, '');
      return all.length > own.length;
    };
    const elements = [...document.querySelectorAll(selector)].filter((el) => rendered(el, el.getBoundingClientRect()));
    const rects = elements.map((el) => targetRect(el));
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const out: { description: string; width: number; height: number; inline: boolean; spaced: boolean }[] = [];
    elements.forEach((el, i) => {
      const r = rects[i]!;
      if (r.width >= 24 - 0.01 && r.height >= 24 - 0.01) return;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const square = new DOMRect(cx - 12, cy - 12, 24, 24);
      const spaced = rects.every((other, j) => j === i || elements[j]!.contains(el) || el.contains(elements[j]!) || !overlaps(square, other));
      out.push({ description: describe(el), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10, inline: isInlineInText(el), spaced });
    });
    return out;
  });
}

const pages = htmlPages().map(urlPathOf);

describeBrowser(`reflow and target size at ${WIDTH} px, every built page`, () => {
  useBrowser();

  it.each(pages)('%s does not scroll sideways at 320 px', async (urlPath) => {
    await expectNoSidewaysScroll(urlPath, WIDTH);
  });

  it.each(pages)('%s has every interactive element at least 24 × 24 px (or exempt)', async (urlPath) => {
    const context = await newContext({ viewport: { width: WIDTH, height: 640 } });
    const { page } = await openPage(urlPath, context);
    await page.waitForLoadState('load');
    const failing = (await undersizedTargets(page)).filter((t) => !t.inline && !t.spaced);
    expect(failing).toEqual([]);
  });

  it('the target-size check is live: a small button beside a link fails, a link in a sentence passes', async () => {
    const context = await newContext({ viewport: { width: WIDTH, height: 640 } });
    const { page } = await openPage('/', context);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'probe';
      // Built node by node: the site enforces Trusted Types, so innerHTML with markup is refused.
      const inSentence = document.createElement('a');
      inSentence.href = '/guide/';
      inSentence.textContent = 'the guide';
      p.append('Read ', inSentence, ' now.');
      const tiny = document.createElement('button');
      tiny.textContent = 'x';
      tiny.className = 'probe-tiny';
      tiny.setAttribute('aria-label', 'probe');
      const box = document.createElement('div');
      const link = document.createElement('a');
      link.href = '/guide/';
      link.textContent = 'next to it';
      box.append(tiny, link);
      document.querySelector('main')?.prepend(p, box);
      // Shrink the probe button through the CSSOM (inline style attributes are blocked by the CSP).
      tiny.style.setProperty('font-size', '8px');
      tiny.style.setProperty('padding', '0');
      tiny.style.setProperty('border', '0');
    });
    const targets = await undersizedTargets(page);
    const probe = targets.find((t) => t.description.startsWith('<button class="probe-tiny"'));
    expect(probe?.spaced).toBe(false);
    const sentenceLink = targets.find((t) => t.description === '<a>the guide');
    expect(sentenceLink?.inline ?? true).toBe(true);
  });

  it('the reflow check is live: a fixed-width block makes the page scroll sideways', async () => {
    const context = await newContext({ viewport: { width: WIDTH, height: 640 } });
    const { page } = await openPage('/', context);
    const scrolls = await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.setProperty('width', '600px');
      wide.style.setProperty('height', '10px');
      document.querySelector('main')?.append(wide);
      return document.documentElement.scrollWidth > document.documentElement.clientWidth;
    });
    expect(scrolls).toBe(true);
  });
});
