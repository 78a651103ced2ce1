import axe from 'axe-core';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages, urlPathOf } from '../support/dist';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

/**
 * axe-core on every built page (enumerated from the build, so a new page is covered without
 * editing this file), at a desktop width and at 320 CSS px (WCAG 1.4.10 reflow width), and at
 * 320 px again in dark mode (prefers-color-scheme: dark) and in forced colours (high contrast),
 * emulated, with the WCAG 2.0, 2.1 and 2.2 A and AA rules. Zero violations allowed.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [1280, 320] as const;
/** How each page is shown: light at both widths, then dark and forced colours on a phone. */
const LOOKS = [
  { name: 'light', width: 1280, colorScheme: 'light', forcedColors: 'none' },
  { name: 'light', width: 320, colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', width: 320, colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours', width: 320, colorScheme: 'light', forcedColors: 'active' },
] as const;

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

const cases = htmlPages().flatMap((file) => LOOKS.map((look) => [urlPathOf(file), look.width, look.name, look] as const));

describeBrowser('axe-core, WCAG 2.2 A and AA, every built page', () => {
  useBrowser();

  it('covers every built page at both widths', () => {
    expect(cases.length).toBe(htmlPages().length * LOOKS.length);
    expect(new Set(cases.map(([, width]) => width))).toEqual(new Set(WIDTHS));
    expect(cases.map(([p]) => p)).toContain('/');
  });

  it.each(cases)('%s at %i px, %s, has no axe violations', { timeout: 120_000 }, async (urlPath, width, _name, look) => {
    const context = await newContext({ viewport: { width, height: 800 }, colorScheme: look.colorScheme, forcedColors: look.forcedColors });
    const { page } = await openPage(urlPath, context);
    await page.waitForLoadState('load');
    const media = await page.evaluate(() => ({ dark: matchMedia('(prefers-color-scheme: dark)').matches, forced: matchMedia('(forced-colors: active)').matches }));
    expect(media).toEqual({ dark: look.colorScheme === 'dark', forced: look.forcedColors === 'active' });
    const violations = await runAxe(page);
    expect(violations).toEqual([]);
  });

  it('the check is live in dark mode: light grey text on the dark page is reported', async () => {
    const context = await newContext({ viewport: { width: 320, height: 800 }, colorScheme: 'dark' });
    const { page } = await openPage('/', context);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Low contrast in the dark';
      p.className = 'spo-test-low-contrast';
      document.querySelector('main')!.append(p);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.spo-test-low-contrast { color: #333 }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    expect((await runAxe(page)).map((v) => v.id)).toContain('color-contrast');
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
