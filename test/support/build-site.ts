import path from 'node:path';
import { buildSite as build } from '../../scripts/site.mjs';
import { buildOnce } from './build-once';
import { distDir, root } from './paths';

/**
 * Vitest global setup of the build and browser projects: builds the site (and its search index)
 * so tests that read dist/ pass on a fresh clone. One build serves every project in the run, and a
 * folder that already holds a build of the current sources is reused (test/support/build-once.ts).
 * SPO_SKIP_BUILD=1 reuses an existing build; SPO_FORCE_BUILD=1 always builds.
 * The build runs with NODE_ENV=production, as `npm run build` does (scripts/site.mjs).
 */
export default function buildSite(): void {
  const outDir = path.relative(root, distDir);
  const record = buildOnce({ root, outDir, variant: 'production', build: () => build({ root, outDir }) });
  if (record.outcome === 'built') console.log(`Built the site into ${outDir}/ in ${record.seconds.toFixed(1)} s`);
  if (record.outcome === 'reused') console.log(`Reused the build in ${outDir}/: no input has changed since it was built (SPO_FORCE_BUILD=1 builds anyway)`);
}
