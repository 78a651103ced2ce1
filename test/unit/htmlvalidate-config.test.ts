import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConfigData } from 'html-validate';
import { expect, it } from 'vitest';
import { root } from '../support/paths';

/**
 * The html-validate configuration every built page is checked with (test/build/html-validity.test.ts,
 * which says why each relaxed rule is relaxed): the recommended preset, and only those two rules changed.
 */
const config = JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;

it('the html-validate configuration extends the recommended preset and relaxes only the documented rules', () => {
  expect(config.extends).toEqual(['html-validate:recommended']);
  expect(Object.keys(config.rules ?? {}).sort()).toEqual(['long-title', 'tel-non-breaking']);
});
