/**
 * The tests test what ships (issue 13): the build under test is a production build, and it
 * is byte for byte the build `npm run build` makes. Vitest sets NODE_ENV=test; an
 * `astro build` that inherits it bundles Preact's devtools hook and XState's development
 * build, so the test build (scripts/site.mjs, from test/support/build-site.ts) passes NODE_ENV=production.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../support/dist';
import { distDir, root } from '../support/paths';

const run = promisify(execFile);

/**
 * Strings found only in the development builds of the island's libraries: Preact's devtools
 * hook (preact/devtools) and XState's development-only warnings (xstate/dist/*.development.*).
 */
const developmentMarkers = [
  '__PREACT_DEVTOOLS__',
  'Custom actions should not call',
  'Missing `machine.output` declaration',
  'XState could not find a global object',
];

/** Every file under a folder, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the build under test', () => {
  const scripts = distFiles('.js', '.mjs').filter((f) => f.startsWith('_astro'));

  it('has the step-by-step guide’s island bundle (Preact and XState) to check', () => {
    const bundled = scripts.map(readDist).join('\n');
    expect(scripts.length).toBeGreaterThan(0);
    expect(bundled).toMatch(/createMachine|xstate/i);
  });

  it.each(developmentMarkers)('ships no development-only code: no "%s" in any script', (marker) => {
    expect(scripts.filter((file) => readDist(file).includes(marker))).toEqual([]);
  });
});

describe('two builds of the same commit', () => {
  // A second, cold build as `npm run build` makes it from a shell: no NODE_ENV at all (Astro
  // then uses production), its own output and cache folders.
  const second = path.join('node_modules', '.tmp', `${path.basename(distDir)}-second-build`);
  const secondDir = path.join(root, second);
  const secondCache = path.join(root, 'node_modules', '.astro-cache', path.basename(second));
  const clean = () => {
    rmSync(secondDir, { recursive: true, force: true });
    rmSync(secondCache, { recursive: true, force: true });
  };
  afterAll(clean);

  it('are byte-identical, and the tested one equals what `npm run build` writes', async () => {
    clean();
    const { NODE_ENV: _fromVitest, ...env } = process.env;
    const started = Date.now();
    await run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: root,
      env: { ...env, SPO_DIST: second },
    });
    console.log(`Second build for the comparison took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const tested = filesUnder(distDir);
    expect(filesUnder(secondDir)).toEqual(tested);
    const differing = tested.filter((file) => sha(path.join(distDir, file)) !== sha(path.join(secondDir, file)));
    expect(differing).toEqual([]);
  }, 180_000);
});
