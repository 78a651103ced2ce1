import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSiteHeaders } from '../../src/integrations/site-headers.mjs';

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

  it('refuses a rule for some paths only, which a preview server would send everywhere', async () => {
    await expect(readSiteHeaders(file('per-path', '/*\n  X-Frame-Options: DENY\n/pagefind/*\n  Cache-Control: no-store\n'))).rejects.toThrow(
      /only rules for every path \("\/\*"\).*"\/pagefind\/\*"/,
    );
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
