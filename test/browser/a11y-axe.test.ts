import axe from 'axe-core';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages, urlPathOf } from '../support/dist';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/**
 * axe-core on every built page (enumerated from the build, so a new page is covered without
 * editing this file), at a desktop width and at 320 CSS px (WCAG 1.4.10 reflow width), with the
 * WCAG 2.0, 2.1 and 2.2 A and AA rules. Zero violations allowed.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 320] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe in the page (injected by evaluation: a script tag would be blocked by the CSP). */
async function runAxe(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  }, TAGS);
}

const cases = htmlPages().flatMap((file) => WIDTHS.map((width) => [urlPathOf(file), width] as const));

describeBrowser('axe-core, WCAG 2.2 A and AA, every built page', () => {
  useBrowser();

  it('covers every built page at both widths', () => {
    expect(cases.length).toBe(htmlPages().length * WIDTHS.length);
    expect(cases.map(([p]) => p)).toContain('/');
  });

  it.each(cases)('%s at %i px has no axe violations', { timeout: 120_000 }, async (urlPath, width) => {
    const context = await newContext({ viewport: { width, height: 800 } });
    const { page } = await openPage(urlPath, context);
    await page.waitForLoadState('load');
    const violations = await runAxe(page);
    expect(violations).toEqual([]);
  });

  it('the check is live: a missing alt and an unlabelled input are reported', async () => {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage('/', context);
    await page.evaluate(() => {
      const main = document.querySelector('main');
      const img = document.createElement('img');
      img.src = '/favicon.png';
      const input = document.createElement('input');
      input.type = 'text';
      main?.append(img, input);
    });
    const ids = (await runAxe(page)).map((v) => v.id);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('label');
  });
});
