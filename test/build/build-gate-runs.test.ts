/**
 * `npm run build`, as every host runs it, refuses each kind of bad input the build gate knows
 * (src/integrations/build-gate/), with a non-zero exit and the file named. Each case is a copy
 * of the project (src, public, scripts, config; node_modules linked) with one bad file. Checks
 * of the sources stop the build in its first seconds; the two link cases build the whole site.
 * The checks' own fixtures are in test/unit/build-gate.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/paths';

const outDir = 'dist-gate-check';
let copy = '';
const originals = new Map<string, string>();

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'spo-gate-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
    cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  rmSync(path.join(root, 'node_modules/.astro-cache', outDir), { recursive: true, force: true });
});

/** Changes one file of the copy (restored after the build), runs `npm run build`, returns exit code and output. */
function buildWith(file: string, change: (text: string) => string): { status: number | null; output: string } {
  const full = path.join(copy, file);
  let before: string | null;
  try {
    before = readFileSync(full, 'utf8');
  } catch {
    before = null;
  }
  if (!originals.has(file)) originals.set(file, before ?? '');
  writeFileSync(full, change(before ?? ''));
  try {
    const run = spawnSync('npm', ['run', 'build'], {
      cwd: copy,
      env: { ...process.env, SPO_DIST: outDir, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    if (before === null) rmSync(full);
    else writeFileSync(full, before);
  }
}

const page = 'src/content/guidance/about.mdx';
const addToPage = (text: string) => (mdx: string) => `${mdx}\n\n${text}\n`;

describe('npm run build refuses, naming the file', () => {
  it.each([
    ['a phone number typed into content (the right one)', page, addToPage('Ring the helpline on 0808 802 0300.'), /a phone number typed into content \(0808 802 0300\)/],
    ['a tel: link dialling another number', page, addToPage('[0808 802 0300](tel:+448088020399)'), /a tel: link typed into content/],
    ['an image from another site', page, addToPage('![](https://tracker.example/pixel.gif)'), /an image from another site/],
    ['a raw <script>', page, addToPage('<script>{"fetch(\'/x\')"}</script>'), /raw <script> in content/],
    ['an <iframe>', page, addToPage('<iframe src="/privacy/"></iframe>'), /raw <iframe> in content/],
    ['an on… attribute', page, addToPage('<span onclick="go()">x</span>'), /an onclick= event attribute/],
  ])('%s', (_kind, file, change, message) => {
    const { status, output } = buildWith(file, change);
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: line `);
    expect(output).toMatch(message);
  }, 180_000);

  it('a content page shadowed by a fixed route (search.mdx)', () => {
    const file = 'src/content/guidance/search.mdx';
    const { status, output } = buildWith(file, () => readFileSync(path.join(root, page), 'utf8'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${file}: its address /search/ is taken by src/pages/search.astro`);
  }, 180_000);

  it('a _headers line without its colon', () => {
    const { status, output } = buildWith('public/_headers', (text) => text.replace('X-Frame-Options: DENY', 'X-Frame-Options DENY'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/public\/_headers: line \d+: "X-Frame-Options DENY" is not "Name: value"/);
  }, 180_000);

  it('a _headers file without the rule for Pagefind', () => {
    const { status, output } = buildWith('public/_headers', (text) => text.replace(/^\/pagefind\/\*\n.*\n?/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('public/_headers: no rule for "/pagefind/*"');
  }, 180_000);

  it('a broken internal link (found in the built site)', () => {
    const { status, output } = buildWith(page, addToPage('See [the old page](/no-such-page/).'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${page} (built as ${outDir}/about/index.html): a link to /no-such-page/: no page is built at /no-such-page/`);
  }, 180_000);

  it('a link to an anchor that is not there (found in the built site)', () => {
    const { status, output } = buildWith(page, addToPage('See [helplines](/getting-help/#no-such-heading).'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${page} (built as ${outDir}/about/index.html): a link to /getting-help/#no-such-heading: no element with id "no-such-heading" on /getting-help/`);
  }, 180_000);
});
