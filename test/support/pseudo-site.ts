import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPseudo } from '../../scripts/build-pseudo.mjs';
import { pseudoOutDir } from '../../src/integrations/paths.mjs';
import { previewWithSiteHeaders } from '../../src/integrations/site-headers.mjs';
import { freePort } from '../../scripts/site.mjs';
import { root } from './paths';

/**
 * Vitest global setup of the `pseudo` project: builds the site in the pseudo-locale en-XA
 * (`npm run build:pseudo`) into its own folder, and serves it on 127.0.0.1 with the headers of
 * public/_headers, as serve-site.ts serves the normal build. SPO_SKIP_BUILD=1 reuses a build.
 * The project's tests read that folder (vitest.config.ts sets SPO_DIST to it for them).
 */
export default async function pseudoSite(project: TestProject): Promise<() => Promise<void>> {
  const dir = path.resolve(root, pseudoOutDir);
  if (!(process.env.SPO_SKIP_BUILD === '1' && existsSync(path.join(dir, 'index.html')))) {
    const started = Date.now();
    buildPseudo({ quiet: true });
    console.log(`Built the pseudo-locale site into ${pseudoOutDir}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const port = await freePort();
  const server = await previewWithSiteHeaders({ root, outDir: pseudoOutDir, logLevel: 'error', host: '127.0.0.1', port });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return async () => {
    await server.stop();
  };
}
