import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { distDir, root } from './paths';

/**
 * Vitest global setup: builds the site (and its search index) once per test run, so tests
 * that read dist/ pass on a fresh clone. SPO_SKIP_BUILD=1 reuses an existing build.
 */
export default function buildSite(): void {
  if (process.env.SPO_BUILD_DONE === '1') return;
  if (process.env.SPO_SKIP_BUILD === '1' && existsSync(path.join(distDir, 'index.html'))) {
    process.env.SPO_BUILD_DONE = '1';
    return;
  }
  const started = Date.now();
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: root,
    // Vitest sets NODE_ENV=test, which would ship Preact's and XState's development builds: test what ships.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (!existsSync(path.join(distDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`The build finished but ${path.relative(root, distDir)}/pagefind/pagefind.js is missing`);
  }
  console.log(`Built the site into ${path.relative(root, distDir)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.env.SPO_BUILD_DONE = '1';
}
