/**
 * `npm start` and `npm run preview` serve the built site with exactly the headers of
 * public/_headers (safety note, promise 7). Starts the command they run, scripts/preview.mjs
 * (on a free port of 127.0.0.1 instead of 4321, so it never meets a server someone is running),
 * and checks with plain HTTP requests, the 404 page included. The browser tests' own server is
 * checked in test/browser/headers.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, readHeaderRules } from '../../src/integrations/site-headers.mjs';
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
    ['/make-a-letter/words.json', 200],
    ['/check-your-situation/result.json', 200],
    ['/check-your-situation/services.json', 200],
    ['/pagefind/pagefind-worker.js', 200],
    ['/pagefind/pagefind-entry.json', 200],
    ['/favicon.png', 200],
    ['/no-such-page/', 404],
    ['/check-your-situation', 301],
    ['/..%2f..%2fetc%2fpasswd', 400],
  ])(
    '%s (HTTP %i) carries every header of every public/_headers rule for its path, as written',
    async (urlPath, status) => {
      const expected = headersFor(await readHeaderRules(), urlPath);
      const response = await fetch(`${origin}${urlPath}`, { redirect: 'manual' });
      await response.arrayBuffer();
      expect(response.status).toBe(status);
      const got = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
      expect(got).toEqual(expected);
    },
  );

  it('answers a path that climbs out of the site, or cannot be decoded, with a plain 400 and no stack trace', async () => {
    for (const bad of ['/..%2f..%2fetc%2fpasswd', '/%zz', '/a%00b', '/..%5c..%5cwindows']) {
      const response = await fetch(`${origin}${bad}`);
      const body = await response.text();
      expect([bad, response.status, response.headers.get('content-type'), body]).toEqual([bad, 400, 'text/plain; charset=utf-8', 'Bad request\n']);
    }
    expect(output).not.toMatch(/ERR_INVALID|at .*\.js:\d+/);
  });

  it('redirects a page address without its trailing slash, keeping the query, as hosts do; other missing paths get the 404 page', async () => {
    const response = await fetch(`${origin}/check-your-situation?from=test`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/check-your-situation/?from=test');
    const missing = await fetch(`${origin}/no-such-page`, { redirect: 'manual' });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(readFileSync(path.join(distDir, '404.html'), 'utf8'));
    // Under /cy/, with or without the slash, the Welsh "page not found".
    for (const welsh of ['/cy/dim-tudalen/', '/cy/dim-tudalen', '/cy/gwneud-llythyr/dim']) {
      const answer = await fetch(`${origin}${welsh}`, { redirect: 'manual' });
      expect(answer.status, welsh).toBe(404);
      expect(await answer.text(), welsh).toBe(readFileSync(path.join(distDir, 'cy', '404.html'), 'utf8'));
    }
    const english = await fetch(`${origin}/no-such-page/`, { redirect: 'manual' });
    expect(english.status).toBe(404);
    expect(await english.text()).toBe(readFileSync(path.join(distDir, '404.html'), 'utf8'));
    const file = await fetch(`${origin}/robots.txt`, { redirect: 'manual' });
    expect(file.status).toBe(200);
  });
});
