import type { TestProject } from 'vitest/node';
import { buildPseudo } from '../../scripts/build-pseudo.mjs';
import { pseudoOutDir } from '../../src/integrations/paths.mjs';
import { previewWithSiteHeaders } from '../../src/integrations/site-headers.mjs';
import { freePort } from '../../scripts/site.mjs';
import { buildOnce } from './build-once';
import { root } from './paths';

/**
 * Vitest global setup of the `pseudo` project: builds the site in the pseudo-locale en-XA
 * (`npm run build:pseudo`) into its own folder, and serves it on 127.0.0.1 with the headers of
 * public/_headers, as serve-site.ts serves the normal build. It builds only when this run has not
 * and the folder holds no build of the current sources (test/support/build-once.ts); SPO_SKIP_BUILD=1
 * reuses any build, SPO_FORCE_BUILD=1 always builds.
 * The project's tests read that folder (vitest.config.ts sets SPO_DIST to it for them).
 */
export default async function pseudoSite(project: TestProject): Promise<() => Promise<void>> {
  const record = buildOnce({ root, outDir: pseudoOutDir, variant: 'pseudo en-XA', build: () => buildPseudo({ quiet: true }) });
  if (record.outcome === 'built') console.log(`Built the pseudo-locale site into ${pseudoOutDir}/ in ${record.seconds.toFixed(1)} s`);
  if (record.outcome === 'reused') console.log(`Reused the pseudo-locale build in ${pseudoOutDir}/: no input has changed since it was built`);
  const port = await freePort();
  const server = await previewWithSiteHeaders({ root, outDir: pseudoOutDir, logLevel: 'error', host: '127.0.0.1', port });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return async () => {
    await server.stop();
  };
}
