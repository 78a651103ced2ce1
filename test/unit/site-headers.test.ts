import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFor, readHeaderRules, readSiteHeaders } from '../../src/integrations/site-headers.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'spo-headers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

describe('readSiteHeaders (public/_headers through Netlify’s parser)', () => {
  it('returns the headers for every path, values as written', async () => {
    const headers = await readSiteHeaders(file('ok', "# a comment\n/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'; base-uri 'none'\n"));
    expect(headers).toEqual({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'; base-uri 'none'" });
  });

  it('reads per-path rules, and sends each path the headers of every rule that matches it, as hosts do', async () => {
    const rules = await readHeaderRules(file('per-path', "/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n/pagefind/*\n  Content-Security-Policy: connect-src 'self'\n  Cache-Control: no-store\n/about/\n  X-Extra: yes\n"));
    expect(headersFor(rules, '/')).toEqual({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" });
    expect(headersFor(rules, '/pagefind/pagefind-worker.js')).toEqual({
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy': "frame-ancestors 'none', connect-src 'self'",
      'Cache-Control': 'no-store',
    });
    expect(headersFor(rules, '/pagefinder/')).not.toHaveProperty('Cache-Control');
    expect(headersFor(rules, '/about/')).toHaveProperty('X-Extra', 'yes');
    expect(headersFor(rules, '/about/more/')).not.toHaveProperty('X-Extra');
  });

  it('refuses patterns only some hosts understand, and a file with no rule for every path', async () => {
    await expect(readHeaderRules(file('placeholder', '/*\n  X-Frame-Options: DENY\n/:lang/*\n  X-A: b\n'))).rejects.toThrow(/placeholder: only exact paths and paths ending in \* .*"\/:lang\/\*"/);
    await expect(readHeaderRules(file('no-every', '/about/\n  X-Frame-Options: DENY\n'))).rejects.toThrow(/no-every has no headers for "\/\*"/);
  });

  it('refuses a file with no headers, or none at all, naming it', async () => {
    await expect(readSiteHeaders(file('empty', '# nothing here\n'))).rejects.toThrow(/empty has no headers/);
    await expect(readSiteHeaders(path.join(dir, 'missing'))).rejects.toThrow(/missing is missing/);
  });

  it('reads the real file: every header the safety note lists, and nothing Chromium does not know in Permissions-Policy', async () => {
    const headers = await readSiteHeaders();
    expect(Object.keys(headers).sort()).toEqual(
      [
        'Content-Security-Policy',
        'Cross-Origin-Opener-Policy',
        'Cross-Origin-Resource-Policy',
        'Permissions-Policy',
        'Referrer-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'X-Frame-Options',
      ].sort(),
    );
    // Chromium logs a console warning for each feature name it does not recognise.
    expect(headers['Permissions-Policy']).not.toMatch(/\b(bluetooth|web-share)=/);
  });
});
