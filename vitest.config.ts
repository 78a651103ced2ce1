import { defineConfig } from 'vitest/config';
import { pseudoOutDir } from './src/integrations/paths.mjs';

/**
 * Three kinds of test, as Vitest projects:
 * - unit: pure logic (schemas, helpers, machines, content data). Fast, no build.
 * - build: reads the built site in dist/ without a browser. The site is built first.
 * - browser: drives Debian's Chromium against the built site served on 127.0.0.1.
 * - pseudo: builds the site in the pseudo-locale en-XA (npm run build:pseudo) and checks that every
 *   interface word comes from the table and that layouts take longer words (its tests read and
 *   serve that build: SPO_DIST points at it).
 * Set SPO_SKIP_BUILD=1 to reuse an existing build while working on tests.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/machines/**/*.test.ts', 'test/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./test/support/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./test/support/build-site.ts', './test/support/serve-site.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'pseudo',
          include: ['test/pseudo/**/*.test.ts'],
          environment: 'node',
          env: { SPO_DIST: pseudoOutDir },
          globalSetup: ['./test/support/pseudo-site.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
