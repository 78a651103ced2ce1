/**
 * Static checks of the built site against the safety note (../shared/notes/safety.md),
 * promises 1, 4, 6 and 7: the Content-Security-Policy <meta> first in <head> and strict,
 * hashes for every inline script and style, referrer policy, the exit links, the search loader, the _headers file, and no absolute URL to another origin anywhere
 * in dist/ outside <a href>.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readSiteHeaders } from '../../src/integrations/site-headers.mjs';
import { site } from '../../src/data/site';
import { EXIT_EVENT, EXIT_URL } from '../../src/scripts/exit-url';
import { distFiles, guidancePages, htmlPages, loadPage, readDist } from '../support/dist';
import { distDir, root } from '../support/paths';
import { localeOfFile, wordsOfFile } from '../support/page-locale';
import { stringsFor } from '../../src/i18n';

const pages = htmlPages();
const SITE_ORIGIN = site.origin;

/** The CSP <meta>'s directives as a map: "script-src" → ["'self'", …]. */
function cspOf(html: HTMLElement): Map<string, string[]> {
  const meta = html.querySelector('meta[http-equiv="content-security-policy" i]');
  const content = meta?.getAttribute('content') ?? '';
  const directives = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Files under a folder of the project, relative to the project root. */
function listFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Elements a keyboard user reaches with Tab, in document order. */
function focusables(html: HTMLElement): HTMLElement[] {
  return html
    .querySelectorAll('a[href], button, input, select, textarea, summary, iframe, [tabindex]')
    .filter((el) => el.getAttribute('tabindex') !== '-1' && !el.hasAttribute('disabled') && el.getAttribute('type') !== 'hidden');
}

/** The exit script: the inline module that fires the exit event. */
function exitScripts(html: HTMLElement): HTMLElement[] {
  return html.querySelectorAll('script').filter((s) => !s.getAttribute('src') && s.rawText.includes(EXIT_EVENT));
}

describe.each(pages)('%s', (file) => {
  const html = loadPage(file);
  const csp = cspOf(html);

  it('has <meta charset="utf-8"> first in <head>, ending within the first 1,024 bytes, then the Content-Security-Policy <meta>', () => {
    const head = html.querySelector('head');
    const [first, second] = head?.childNodes.filter((n): n is HTMLElement => n.nodeType === 1) ?? [];
    expect(first?.tagName).toBe('META');
    expect(first?.getAttribute('charset')?.toLowerCase()).toBe('utf-8');
    expect(second?.tagName).toBe('META');
    expect(second?.getAttribute('http-equiv')?.toLowerCase()).toBe('content-security-policy');
    expect(html.querySelectorAll('meta[http-equiv="content-security-policy" i]')).toHaveLength(1);
    expect(html.querySelectorAll('meta[charset]')).toHaveLength(1);
    // The HTML standard: the element containing the character encoding declaration must be
    // serialised completely within the first 1024 bytes of the document. Counted in bytes.
    const bytes = readFileSync(path.join(distDir, file));
    const charsetEnd = bytes.indexOf('>', bytes.indexOf('<meta charset')) + 1;
    expect(bytes.indexOf('<meta charset')).toBeGreaterThan(-1);
    expect(charsetEnd).toBeLessThanOrEqual(1024);
    expect(charsetEnd).toBeLessThan(bytes.indexOf('http-equiv="content-security-policy"'));
  });

  it('has a strict policy: no unsafe sources, object-src and base-uri none, form-action self', () => {
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'unsafe-hashes'");
    expect(all.filter((v) => v === '*' || /^(https?:|data:|\*\.)/.test(v))).toEqual([]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    // Pagefind's worker is a same-origin file; no blob: or data: workers. No web app manifest.
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('manifest-src')).toEqual(["'none'"]);
    // No 'wasm-unsafe-eval' on pages: Pagefind compiles its wasm in its worker, which has its own policy.
    expect(csp.get('script-src')?.filter((v) => !v.startsWith("'sha256-"))).toEqual(["'self'"]);
    expect(csp.get('style-src')?.filter((v) => !v.startsWith("'sha256-"))).toEqual(["'self'"]);
  });

  it('hashes every inline script and style in the policy, and has no inline style or handler attributes', () => {
    for (const script of html.querySelectorAll('script:not([src])')) {
      if (script.getAttribute('type') === 'application/json' || script.getAttribute('type') === 'application/ld+json') continue;
      expect(csp.get('script-src'), 'inline script hash').toContain(sha256(script.rawText));
    }
    for (const style of html.querySelectorAll('style')) {
      expect(csp.get('style-src'), 'inline style hash').toContain(sha256(style.rawText));
    }
    const offenders = html
      .querySelectorAll('*')
      .flatMap((el) => Object.keys(el.attributes).filter((a) => a.toLowerCase() === 'style' || /^on[a-z]+$/i.test(a)).map((a) => `<${el.tagName.toLowerCase()} ${a}>`));
    expect(offenders).toEqual([]);
  });

  it('sends no referrer (outbound links carry rel="noreferrer" too: test/build/outbound-links.test.ts)', () => {
    const referrer = html.querySelectorAll('meta[name="referrer"]');
    expect(referrer).toHaveLength(1);
    expect(referrer[0]!.getAttribute('content')).toBe('no-referrer');
  });

  it('loads nothing that leaves a trace or talks to others: no manifest, hints, base, frames or foreign forms', () => {
    expect(html.querySelectorAll('link[rel~="manifest"], link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prerender"], link[rel~="prefetch"]')).toHaveLength(0);
    expect(html.querySelectorAll('base, iframe, object, embed, frame, portal')).toHaveLength(0);
    for (const form of html.querySelectorAll('form[action]')) {
      expect(form.getAttribute('action')).toMatch(/^\/(?!\/)/);
    }
  });

  it('starts with the hidden "Exit this page" skip link, then "Skip to main content"', () => {
    const [first, second] = focusables(html);
    expect(first?.tagName).toBe('A');
    expect(first?.text.trim()).toBe(wordsOfFile(file).t('exit.button'));
    expect(first?.getAttribute('href')).toBe(EXIT_URL);
    expect(first?.hasAttribute('data-exit-this-page')).toBe(true);
    expect(second?.getAttribute('href')).toBe('#main-content');
  });

  it('has one sticky exit button: a plain link to the exit page with rel="nofollow noreferrer"', () => {
    const buttons = html.querySelectorAll('a.exit-this-page__button');
    expect(buttons).toHaveLength(1);
    const exitLinks = html.querySelectorAll('a[data-exit-this-page]');
    expect(exitLinks).toHaveLength(2);
    for (const link of exitLinks) {
      expect(link.getAttribute('href')).toBe(EXIT_URL);
      expect((link.getAttribute('rel') ?? '').split(/\s+/).sort()).toEqual(['nofollow', 'noreferrer']);
      expect(link.getAttribute('target')).toBeUndefined();
      expect(link.text.trim()).toBe(wordsOfFile(file).t('exit.button'));
    }
    expect(html.querySelector('.exit-this-page [role="status"]')).not.toBeNull();
    expect(html.querySelector('.exit-this-page__overlay')?.hasAttribute('hidden')).toBe(true);
    expect(exitScripts(html)).toHaveLength(1);
  });
});

describe('the exit script', () => {
  it('is at most 2 KB gzipped', () => {
    const [script] = exitScripts(loadPage('index.html'));
    expect(script).toBeDefined();
    const size = gzipSync(script!.rawText, { level: 9 }).length;
    expect(size).toBeLessThanOrEqual(2048);
  });

  it('is the only JavaScript a guidance page ships, apart from the lazily loaded search', () => {
    const guidance = guidancePages();
    expect(guidance.length).toBeGreaterThan(0);
    for (const file of guidance) {
      const html = loadPage(file);
      const others = html
        .querySelectorAll('script')
        .filter((s) => !exitScripts(html).includes(s))
        .filter((s) => !isLazySearchLoader(s))
        .filter((s) => !isAllowedEnhancement(file, s));
      expect(others.map((s) => s.getAttribute('src') ?? s.rawText.slice(0, 80)), file).toEqual([]);
      expect(html.querySelectorAll('link[rel="modulepreload"]'), file).toHaveLength(0);
    }
  });
});

/** Static `import … from "./x.js"` / `import "./x.js"` targets of a built module, resolved in dist/. */
function staticImports(file: string): string[] {
  const code = readDist(file);
  return [...code.matchAll(/import\s*(?:[\w{}\s,*$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) =>
    path.join(path.dirname(file), m[1]!),
  );
}

/** The code a script runs as the page loads: an inline script's text, or an external module with its static imports. */
function eagerCode(script: HTMLElement): string {
  const src = script.getAttribute('src');
  if (!src) return script.rawText;
  const file = src.replace(/^\//, '');
  return [file, ...staticImports(file)].map((f) => readDist(f)).join('\n');
}

/**
 * The search box's loader: it loads the search UI with a dynamic `import()` only when asked,
 * imports nothing at once when inline, and carries no framework. It may be inline or a module
 * of the build's own (/_astro/). Its size is checked in "the search loader" below.
 */
function isLazySearchLoader(script: HTMLElement): boolean {
  const src = script.getAttribute('src');
  if (src && !src.startsWith('/_astro/')) return false;
  const eager = eagerCode(script);
  if (!src && (/^\s*import\s*[\w{"'`]/m.test(eager) || /\bimport\s*[\w{}\s,*$]+from\s*["'`]/.test(eager))) return false;
  if (!/import\(\s*[`"'](\.\/|\/_astro\/)search[^`"']*[`"']\)/.test(eager)) return false;
  return !/preact|xstate/i.test(eager);
}

const budgets = JSON.parse(readFileSync(path.join(root, 'bench/budgets.json'), 'utf8')) as {
  defaults: { jsGzipKB: number };
  pages: { path: string; jsGzipKB?: number }[];
};
/** A built page's JavaScript budget in KB gzip: its own entry in bench/budgets.json, else the default. */
const jsBudgetFor = (file: string) => budgets.pages.find((p) => `${p.path.slice(1)}index.html` === file)?.jsGzipKB ?? budgets.defaults.jsGzipKB;

describe('the search loader', () => {
  const gz = (code: string) => gzipSync(code, { level: 9 }).length;

  it('is in one small script on every guidance page: no Pagefind at once, and with the exit script and the open-now lookup at most 2 KB', () => {
    const guidance = guidancePages();
    expect(guidance.length).toBeGreaterThan(0);
    for (const file of guidance) {
      const html = loadPage(file);
      const loaders = html.querySelectorAll('script').filter(isLazySearchLoader).map(eagerCode);
      expect(loaders, `${file}: one search loader`).toHaveLength(1);
      expect(loaders[0], file).not.toMatch(/pagefind|preload/i);
      const exit = exitScripts(html).map((s) => s.rawText);
      expect(exit, file).toHaveLength(1);
      // The help strip's "open now" lookup travels in the loader's script (PageScripts.astro): once.
      const openNow = html.querySelectorAll('script').filter((s) => !s.getAttribute('src') && /data-open-now/.test(s.rawText));
      expect(openNow, `${file}: one script with the open-now lookup`).toHaveLength(1);
      // Every script the page runs at load, each compressed on its own as a browser receives it:
      // within the page's budget in bench/budgets.json (its own entry, else the guidance pages' 2 KB).
      const scripts = html.querySelectorAll('script').map((s) => (s.getAttribute('src') ? readDist(s.getAttribute('src')!.slice(1)) : s.rawText));
      const total = scripts.reduce((sum, code) => sum + gz(code), 0);
      expect(total, `${file}: every script at load`).toBeLessThanOrEqual(jsBudgetFor(file) * 1024);
    }
  });
});

/**
 * Small progressive enhancements a guidance page may ship on top of the exit script, each
 * named here so that adding JavaScript to a guidance page is a decision, not an accident.
 * Each is inline, imports nothing and is at most 2 KB gzip.
 */
const allowedEnhancements: { page: string; what: string; signature: RegExp }[] = [
  { page: '*', what: 'the help strip (and Getting help): "usually open now", looked up in stretches worked out at build time', signature: /data-open-now/ },
  { page: 'stalking-log/index.html', what: 'Print button: shown by script, calls print()', signature: /data-print-page[\s\S]*print\(\)/ },
  { page: 'living-with-an-order/index.html', what: 'Print button: shown by script, calls print()', signature: /data-print-page[\s\S]*print\(\)/ },
];

function isAllowedEnhancement(file: string, script: HTMLElement): boolean {
  if (script.getAttribute('src')) return false;
  const code = script.rawText;
  return allowedEnhancements.some(
    (e) => (e.page === '*' || e.page === file.split(path.sep).join('/')) && e.signature.test(code) && !/\bimport\b/.test(code) && gzipSync(code).length <= 2048,
  );
}

describe('public/_headers in the build', () => {
  const file = path.join(distDir, '_headers');

  it('exists, is public/_headers as written, and applies to every path', () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(root, 'public/_headers'), 'utf8'));
    expect(readFileSync(file, 'utf8')).toMatch(/^\/\*\s*$/m);
  });

  it('sends every header the safety note lists (read with the parser the preview server uses)', async () => {
    const headers = new Map(Object.entries(await readSiteHeaders(file)).map(([name, value]) => [name.toLowerCase(), value]));
    expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    const permissions = headers.get('permissions-policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'display-capture', 'browsing-topics']) {
      expect(permissions, feature).toMatch(new RegExp(`(^|, )${feature}=\\(\\)(,|$)`));
    }
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const hsts = headers.get('strict-transport-security') ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(hsts).toMatch(/includeSubDomains/);
  });
});

describe('no absolute URL to another origin in dist/**/*.{html,css,js} outside <a href>', () => {
  /**
   * Strings that look like URLs but are never fetched: XML namespaces in any file, and the
   * links XState prints in its developer error messages (in built JavaScript only).
   */
  const neverFetched = [
    /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1999\/xlink|1998\/Math\/MathML|XML\/1998\/namespace|2000\/xmlns\/)$/,
  ];
  const libraryDiagnostics = [
    /^https:\/\/stately\.ai\/docs\//,
    /^https:\/\/github\.com\/statelyai\/xstate\/issues$/,
    // Zod's JSON Schema dialect names (its toJSONSchema comes with z), in the chunk that checks fetched words.
    /^https?:\/\/json-schema\.org\/(?:draft-0[47]\/schema#?|draft\/2020-12\/schema)$/,
  ];

  /**
   * Outbound addresses the site's reviewed content may hand to an island to render as links
   * (the services record, guidance and guide content). Only these may appear in an
   * <astro-island props="…"> attribute or island data block.
   */
  const reviewedOutbound = new Set(
    ['src/data/support-services.ts', ...listFiles('src/content')]
      .flatMap((f) => [...readFileSync(path.join(root, f), 'utf8').matchAll(/https?:\/\/[^\s"'`)<>\]]+/g)].map((m) => m[0])),
  );
  const decode = (text: string) => text.replace(/&quot;|&#34;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');
  const urlsIn = (text: string) =>
    [...text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)<>\]]*/gi)]
      .map((m) => m[0])
      .filter((url) => !url.startsWith('//') || /^\/\/[a-z0-9-]+\.[a-z0-9.-]+\//i.test(url));
  const pagefindUrlBase = /new URL\(`https:\/\/example\.com\$\{/g;

  /**
   * Pagefind writes ready-made UI bundles this site does not use (it has its own accessible
   * search UI). They carry translator credits with URLs; they are skipped only while no page
   * or script refers to them.
   */
  const unusedVendor = /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
  const files = distFiles('.html', '.css', '.js', '.mjs');
  const everything = files.map((f) => readDist(f)).join('\n');
  const skipped = files.filter((f) => unusedVendor.test(f.split(path.sep).join('/')) && !everything.includes(path.basename(f)));
  const scanned = files.filter((f) => !skipped.includes(f));

  it('scans the site, including the exit script and Pagefind', () => {
    expect(scanned).toContain('index.html');
    expect(scanned.some((f) => f.endsWith('pagefind.js'))).toBe(true);
  });

  it.each(scanned)('%s', (file) => {
    let text = readDist(file);
    const unreviewed: string[] = [];
    if (file.endsWith('.html')) {
      // Outbound links may point anywhere; so may the exit links. Everything else must not.
      text = text.replace(/<a\s[^>]*>/gi, (tag) => tag.replace(/\shref=("[^"]*"|'[^']*'|[^\s>]+)/i, ' href=""'));
      // Island props carry link targets the island renders as <a href>: only reviewed ones.
      text = text.replace(/<astro-island\s[^>]*>/gi, (tag) =>
        tag.replace(/\sprops="([^"]*)"/i, (_all, props: string) => {
          unreviewed.push(...urlsIn(decode(props)).filter((url) => !reviewedOutbound.has(url)));
          return ' props=""';
        }),
      );
      // So do islands' props written as JSON data blocks (src/components/IslandProps.astro).
      text = text.replace(/(<script\b[^>]*\bdata-island-props\b[^>]*>)([\s\S]*?)(<\/script>)/gi, (_all, open: string, json: string, close: string) => {
        unreviewed.push(...urlsIn(json.replace(/\\\//g, '/')).filter((url) => !reviewedOutbound.has(url)));
        return open + close;
      });
    }
    text = decode(text).replace(pagefindUrlBase, '');
    const isScript = /\.m?js$/.test(file);
    const found = urlsIn(text)
      .filter((url) => !neverFetched.some((re) => re.test(url)))
      .filter((url) => !(isScript && libraryDiagnostics.some((re) => re.test(url))))
      .filter((url) => new URL(url, SITE_ORIGIN).origin !== SITE_ORIGIN);
    expect(found).toEqual([]);
    expect(unreviewed, 'island props with an outbound address not in the reviewed content').toEqual([]);
  });
});

describe('honest notes (safety note, promises 5 and 9)', () => {
  it.each(pages)('%s: the help strip says calls leave a record, and the note is not repeated over and over', (file) => {
    const html = loadPage(file);
    if (localeOfFile(file) === 'en-GB') expect(html.querySelector('.help-strip')?.text).toMatch(/call history/i);
    // In the page's language: the table's sentence before its links.
    const note = stringsFor(localeOfFile(file))['helpStrip.more'].split('{')[0]!.trim();
    expect(note.length).toBeGreaterThan(10);
    expect(html.querySelector('.help-strip')?.text.replace(/\s+/g, ' ')).toContain(note);
    const notes = html.querySelectorAll('.help-strip__note, .phone-note');
    expect(notes.length).toBeLessThanOrEqual(2);
  });

  const explainerPages = ['check-your-situation/index.html', 'staying-safe-online/index.html'];
  it.each(explainerPages)('%s explains the exit button, the Shift shortcut and their limits', (file) => {
    expect(pages).toContain(file);
    const html = loadPage(file);
    const explainer = html.querySelector('.exit-explainer');
    expect(explainer).not.toBeNull();
    const text = explainer!.text.replace(/\s+/g, ' ');
    expect(text).toMatch(/Exit this page/);
    expect(text).toMatch(/Shift.*3 times/);
    // What the exit cannot hide (safety note, promise 5).
    expect(text).toMatch(/swaps only the page you are on/);
    expect(text).toMatch(/presses Back on the weather page.*other pages of this site/);
    expect(text).toMatch(/does not delete your browsing history/);
    expect(text).toMatch(/titles and addresses of the pages.*stay in it/);
    expect(text).toMatch(/suggestions when someone types in the address bar/);
    expect(text).toMatch(/delete its pages in your browser’s history/);
    expect(text).toMatch(/spyware/);
    expect(text).toMatch(/private browsing/);
    expect(text).not.toMatch(/\b(keeps? you safe|you are safe|completely safe)\b/i);
  });

  it('the explanation comes before the step-by-step guide’s first question', () => {
    const raw = readDist('check-your-situation/index.html');
    const explainerAt = raw.indexOf('class="exit-explainer');
    const islandAt = raw.indexOf('<astro-island');
    expect(explainerAt).toBeGreaterThan(-1);
    expect(islandAt).toBeGreaterThan(-1);
    expect(explainerAt).toBeLessThan(islandAt);
  });
});
