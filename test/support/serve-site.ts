import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { previewWithSiteHeaders } from '../../src/integrations/site-headers.mjs';
import { distDir, root } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site served for browser tests, e.g. "http://127.0.0.1:43121". */
    baseURL: string;
  }
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Vitest global setup: serves the built site on 127.0.0.1 for the browser tests, and stops it
 * after. It serves as `npm start` does: Astro's preview with the headers of public/_headers on
 * every response, so every browser test sees the header policy and the <meta> policy together.
 */
export default async function serveSite(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(chromiumPath) && process.env.CI !== 'true') {
    console.log(`Browser tests skipped: no Chromium at ${chromiumPath} (install it with: apt-get install -y chromium).`);
  }
  const port = await freePort();
  const server = await previewWithSiteHeaders({ root, outDir: path.relative(root, distDir), logLevel: 'error', host: '127.0.0.1', port });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return async () => {
    await server.stop();
  };
}
