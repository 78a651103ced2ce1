import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildSite as build } from '../../scripts/site.mjs';
import { distDir, root } from './paths';

/**
 * Vitest global setup: builds the site (and its search index) once per test run, so tests
 * that read dist/ pass on a fresh clone. SPO_SKIP_BUILD=1 reuses an existing build.
 * The build runs with NODE_ENV=production, as `npm run build` does (scripts/site.mjs).
 */
export default function buildSite(): void {
  if (process.env.SPO_BUILD_DONE === '1') return;
  if (process.env.SPO_SKIP_BUILD === '1' && existsSync(path.join(distDir, 'index.html'))) {
    process.env.SPO_BUILD_DONE = '1';
    return;
  }
  const outDir = path.relative(root, distDir);
  const seconds = build({ root, outDir });
  console.log(`Built the site into ${outDir}/ in ${seconds.toFixed(1)} s`);
  process.env.SPO_BUILD_DONE = '1';
}
