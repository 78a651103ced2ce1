/**
 * The nginx and Caddy configurations generated from public/_headers (scripts/server-config.mjs)
 * serve dist/ with every header of every rule for each path, the site's 404 page, and a
 * redirect to the address with its trailing slash. Each server runs on a free port of 127.0.0.1
 * and is stopped after. Where a server is not installed the test skips with one line; under
 * CI=true a missing nginx is a failure (.ci/run installs it), like a missing browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, readHeaderRules } from '../../src/integrations/site-headers.mjs';
import { caddyConfig, locations, nginxConfig, notFoundFolders } from '../../scripts/server-config.mjs';
import { freePort } from '../../scripts/site.mjs';
import { distDir } from '../support/paths';

const nginx = '/usr/sbin/nginx';
const caddy = ['/usr/bin/caddy', '/usr/local/bin/caddy'].find((p) => existsSync(p));
const hasNginx = existsSync(nginx);
if (!hasNginx && process.env.CI === 'true') throw new Error(`CI=true but no nginx at ${nginx}: install it (apt-get install -y nginx).`);
if (!hasNginx) console.log(`Skipping the nginx configuration test: no ${nginx} (apt-get install -y nginx)`);
if (!caddy) console.log('Skipping the Caddy configuration test: caddy is not installed (apt-get install -y caddy)');

/** Paths of each kind of response, and the status each should get. */
function samples(): [string, number][] {
  const astro = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(astro)?.[1];
  if (!css) throw new Error('no stylesheet on the home page');
  return [
    ['/', 200],
    ['/check-your-situation/', 200],
    [css, 200],
    ['/make-a-letter/words.json', 200],
    ['/check-your-situation/result.json', 200],
    ['/check-your-situation/services.json', 200],
    ['/pagefind/pagefind.js', 200],
    ['/pagefind/pagefind-worker.js', 200],
    ['/pagefind/pagefind-entry.json', 200],
    ['/favicon.png', 200],
    ['/no-such-page/', 404],
    // A missing Welsh address gets the Welsh "page not found" (src/integrations/locale-404.mjs).
    ['/cy/dim-tudalen/', 404],
    ['/cy/dim-tudalen', 404],
    ['/check-your-situation', 301],
  ];
}

/** The "page not found" a missing path should get: its language's under /cy/, else the site's. */
const notFoundFor = (urlPath: string) => path.join(distDir, urlPath.startsWith('/cy/') ? 'cy/404.html' : '404.html');

/** Waits until something answers on the origin, or the process stops. */
async function waitFor(origin: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server stopped: ${log()}`);
    if (await fetch(origin).then(() => true, () => false)) return;
    if (Date.now() > deadline) throw new Error(`nothing answered on ${origin}: ${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Checks every sample path on a running server. */
async function checkServed(origin: string): Promise<void> {
  const rules = await readHeaderRules();
  for (const [urlPath, status] of samples()) {
    const response = await fetch(`${origin}${urlPath}`, { redirect: 'manual' });
    const body = await response.text();
    expect(response.status, urlPath).toBe(status >= 300 && status < 400 ? response.status : status);
    if (status === 301) {
      expect([301, 308], urlPath).toContain(response.status);
      expect(new URL(response.headers.get('location')!, origin).pathname).toBe(`${urlPath}/`);
    }
    if (status === 404) expect(body, urlPath).toBe(readFileSync(notFoundFor(urlPath), 'utf8'));
    const expected = headersFor(rules, urlPath);
    if (status !== 301) {
      const got = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
      expect(got, `${urlPath} (HTTP ${response.status})`).toEqual(expected);
    }
  }
}

describe('the generated configurations', () => {
  it('give each per-path rule everything its paths get, and refuse what a configuration could misread', async () => {
    const rules = await readHeaderRules();
    const [everywhere, pagefind] = locations(rules);
    expect(everywhere!.headers).toEqual(headersFor(rules, '/'));
    expect(pagefind).toEqual({ pattern: '/pagefind/', prefix: true, headers: headersFor(rules, '/pagefind/x') });
    expect(() => locations([{ for: '/*', values: { 'X-A': 'a"b' } }])).toThrow(/X-A for "\/\*" has a character/);
    expect(() => locations([{ for: '/*', values: { 'X-A': '$host' } }])).toThrow(/has a character/);
    const nginxText = nginxConfig({ rules, root: '/srv/dist', listen: '127.0.0.1:8080' });
    expect(nginxText).toContain('location ^~ /pagefind/ {');
    expect(nginxText).toContain(`add_header X-Frame-Options "DENY" always;`);
    const caddyText = caddyConfig({ rules, root: '/srv/dist', listen: '127.0.0.1:8080' });
    expect(caddyText).toContain('@rule0 path /pagefind/*');
    expect(caddyText).toContain('@everywhere not path /pagefind/*');
    // Each language folder with a 404.html of its own gets it for missing addresses under it; none, none.
    expect(nginxConfig({ rules, root: '/srv/dist', notFound: ['cy'] })).toContain('location ^~ /cy/ {\n        error_page 404 /cy/404.html;');
    expect(nginxConfig({ rules, root: '/srv/dist', notFound: [] })).not.toContain('/cy/');
    expect(caddyConfig({ rules, root: '/srv/dist', notFound: ['cy'] })).toContain('@notFound_cy path /cy/*\n        handle @notFound_cy {\n            rewrite * /cy/404.html');
    expect(notFoundFolders(distDir)).toEqual(['cy']);
    expect(notFoundFolders(path.join(distDir, 'no-such-folder'))).toEqual([]);
  });
});

describe.skipIf(!hasNginx)('dist/ served by nginx with the generated configuration', () => {
  let dir = '';
  let server: ChildProcess | undefined;
  let origin = '';
  let output = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'spo-nginx-'));
    for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, sub));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const server_ = nginxConfig({ rules: await readHeaderRules(), root: distDir, listen: `127.0.0.1:${port}` });
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `daemon off;\nmaster_process off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n` +
        ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};\n`).join('') +
        `${server_}}\n`,
    );
    server = spawn(nginx, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(origin, server, () => output + (existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : ''));
  }, 60_000);

  afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sends every header of every public/_headers rule on HTML, 404, CSS, JSON, JS and Pagefind files; 404 page; slash redirect', async () => {
    await checkServed(origin);
  });
});

describe.skipIf(!caddy)('dist/ served by Caddy with the generated configuration', () => {
  let dir = '';
  let server: ChildProcess | undefined;
  let origin = '';
  let output = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'spo-caddy-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const site = caddyConfig({ rules: await readHeaderRules(), root: distDir, listen: `127.0.0.1:${port}` });
    writeFileSync(path.join(dir, 'Caddyfile'), `{\n    admin off\n    auto_https off\n}\n${site}`);
    server = spawn(caddy!, ['run', '--config', path.join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    });
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(origin, server, () => output);
  }, 60_000);

  afterAll(() => {
    server?.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sends every header of every public/_headers rule on HTML, 404, CSS, JSON, JS and Pagefind files; 404 page; slash redirect', async () => {
    await checkServed(origin);
  });
});
