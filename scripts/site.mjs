// Building the site and finding its files, shared by the test set-up (test/support/build-site.ts,
// test/support/serve-site.ts, the build tests) and the benchmark (bench/run.mjs), so both build
// and serve the site the same way. Serving with the headers of public/_headers is
// previewWithSiteHeaders in src/integrations/site-headers.mjs, shared the same way.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * A TCP port free on 127.0.0.1 at the moment of asking.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port on 127.0.0.1'))));
    });
  });
}

/**
 * Builds the site and its Pagefind index into `outDir` (relative to `root`) with `astro build`,
 * as `npm run build` does, and returns the wall time in seconds. NODE_ENV is production whatever
 * the caller's is: Vitest sets NODE_ENV=test, and a build that inherits it bundles the
 * development builds of Preact and XState, so the tests would not test what ships.
 * Throws when the build fails or leaves no search index.
 * @param {{ root: string, outDir: string }} options
 * @returns {number}
 */
export function buildSite({ root, outDir }) {
  const started = Date.now();
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: root,
    env: { ...process.env, SPO_DIST: outDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (!existsSync(path.join(root, outDir, 'pagefind', 'pagefind.js'))) {
    throw new Error(`The build finished but ${outDir}/pagefind/pagefind.js is missing`);
  }
  return (Date.now() - started) / 1000;
}

/**
 * The built file a site path is served from ("/guide/" → "<distDir>/guide/index.html"), or null
 * when nothing is built there or the path leads out of the folder. Query and fragment are ignored.
 * @param {string} distDir absolute path of the built site
 * @param {string} urlPath
 * @returns {string | null}
 */
export function builtFileFor(distDir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
  } catch {
    return null;
  }
  const full = path.join(distDir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (full !== distDir && !full.startsWith(distDir + path.sep)) return null;
  return existsSync(full) && statSync(full).isFile() ? full : null;
}
