/**
 * The built pages with an island preload its code and every module it imports statically, right
 * after the Content-Security-Policy <meta> (src/integrations/modulepreload.mjs; issue 24, point 6:
 * the first question usable on Slow 3G within 4 s, measured by `npm run bench`), and nothing loaded
 * later with a dynamic import. Pages without an island preload nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, readDist } from '../support/dist';
import { distDir } from '../support/paths';
import { islandEntries, preloadClosure } from '../../src/integrations/modulepreload.mjs';

const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]!);
const readSite = async (sitePath: string) => (existsSync(path.join(distDir, sitePath)) ? readDist(sitePath.slice(1)) : null);

describe('modulepreload', () => {
  it.each([
    ['check-your-situation/index.html', 'Guide'],
    ['make-a-letter/index.html', 'PageLetterBuilder'],
  ])('%s preloads its island (%s), its renderer and every static import, after the policy, and no lazy chunk', async (file, island) => {
    const html = readDist(file);
    const all = preloads(html);
    // The page's compiled messages (src/i18n/client-messages.ts), which the island loads first: preloaded too.
    // The guide's compiled messages (src/i18n/client-messages.ts), which its island loads first: preloaded too.
    // The letter builder's page composes no message in the browser (its headings are made at build time).
    const messages = all.filter((h) => h.startsWith('/messages/'));
    expect(messages).toHaveLength(island === 'Guide' ? 1 : 0);
    if (island === 'Guide') {
      expect(messages[0]).toMatch(/^\/messages\/guide\.js\?v=[0-9a-f]{12}$/);
      expect(existsSync(path.join(distDir, 'messages', 'guide.js'))).toBe(true);
    }
    const hrefs = all.filter((h) => !messages.includes(h));
    const entries = islandEntries(html);
    expect(entries.some((e) => e.startsWith(`/_astro/${island}.`))).toBe(true);
    expect(hrefs).toEqual(await preloadClosure(entries, readSite));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(existsSync(path.join(distDir, href)), href).toBe(true);
    // Right after the policy, so the policy governs them.
    expect(html).toMatch(/<meta http-equiv="content-security-policy"[^>]*><link rel="modulepreload"/);
    if (messages[0]) expect(html.indexOf(messages[0])).toBeGreaterThan(html.indexOf('http-equiv="content-security-policy"'));
    // The code the result and the letter inside the guide need loads later, not with the page.
    for (const lazy of ['ResultScreen', 'CheckAnswersScreen', 'GuideLetterBuilder', 'result-code', 'words-check', 'render']) {
      expect(hrefs.filter((h) => h.includes(`/${lazy}.`)), lazy).toEqual([]);
    }
  });

  it('pages without an island preload nothing', () => {
    const without = htmlPages().filter((f) => !/<astro-island\b/.test(readDist(f)));
    expect(without.length).toBeGreaterThan(10);
    for (const file of without) expect(preloads(readDist(file)), file).toEqual([]);
  });
});
