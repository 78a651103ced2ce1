/**
 * `npm start` and `npm run preview` serve the built site with exactly the headers of
 * public/_headers (safety note, promise 7). Starts the command they run, scripts/preview.mjs
 * (on a free port of 127.0.0.1 instead of 4321, so it never meets a server someone is running),
 * and checks with plain HTTP requests, the 404 page included. The browser tests' own server is
 * checked in test/browser/headers.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSiteHeaders } from '../../src/integrations/site-headers.mjs';
import { freePort } from '../../scripts/site.mjs';
import { distDir, root } from '../support/paths';

describe('scripts/preview.mjs, as `npm start` and `npm run preview` run it', () => {
  let server: ChildProcess | undefined;
  let origin = '';
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [path.join(root, 'scripts/preview.mjs'), '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      env: { ...process.env, SPO_DIST: path.relative(root, distDir) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`scripts/preview.mjs stopped: ${output}`);
      const up = await fetch(origin).then(
        () => true,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error(`scripts/preview.mjs did not answer on ${origin}: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 90_000);

  afterAll(() => {
    server?.kill();
  });

  it.each([
    ['/', 200],
    ['/check-your-situation/', 200],
    ['/pagefind/pagefind-worker.js', 200],
    ['/favicon.png', 200],
    ['/no-such-page/', 404],
  ])(
    '%s (HTTP %i) carries every header in public/_headers, as written',
    async (urlPath, status) => {
      const expected = await readSiteHeaders();
      const response = await fetch(`${origin}${urlPath}`);
      await response.arrayBuffer();
      expect(response.status).toBe(status);
      const got = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
      expect(got).toEqual(expected);
    },
  );
});
