import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/paths';

const run = promisify(execFile);

/**
 * Builds the content layer of a tiny project that uses the real guidance schema and holds one
 * broken page, and checks that the error names the file and the field.
 */
describe('a malformed guidance file', () => {
  const scratchParent = path.join(root, 'node_modules', '.tmp');
  mkdirSync(scratchParent, { recursive: true });
  const scratch = mkdtempSync(path.join(scratchParent, 'content-error-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('fails the build, naming the file and the missing field', async () => {
    mkdirSync(path.join(scratch, 'src/content/guidance'), { recursive: true });
    writeFileSync(path.join(scratch, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n");
    writeFileSync(
      path.join(scratch, 'src/content.config.ts'),
      `export { collections } from ${JSON.stringify(path.join(root, 'src/content.config.ts'))};\n`,
    );
    writeFileSync(
      path.join(scratch, 'src/content/guidance/broken-page.mdx'),
      [
        '---',
        'title: A page with no sources',
        'description: This page forgot to say where its facts come from, so the build must stop.',
        'summary: ["It has no sources."]',
        'topic: orders',
        'audience: both',
        'order: 1',
        'lastReviewed: 2026-11-28',
        'reviewDue: 2027-05-28',
        '---',
        'Text.',
        '',
      ].join('\n'),
    );
    const error = await run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', scratch], {
      cwd: scratch,
    }).then(
      () => undefined,
      (e: { stdout: string; stderr: string }) => `${e.stdout}\n${e.stderr}`,
    );
    expect(error, 'astro sync should have failed').toBeDefined();
    expect(error).toMatch(/broken-page/);
    expect(error).toMatch(/sources/);
  }, 120_000);
});
