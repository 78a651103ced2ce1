import { defineConfig } from 'vitest/config';

/**
 * The unit tests only, for mutation testing (stryker.config.mjs). Leaves out the unit test that
 * shells out to an Astro build (it would run once per mutant and never sees the mutated code), and
 * the one that reads the source for typed words (it would read Stryker's instrumented copy, whose
 * added code is not the project's, and it tests no logic a mutant could change), the stale-fact check,
 * which bundles the data from disk with esbuild (it would bundle the instrumented copy), and the form parts'
 * markup test (it renders Preact components, which this config does not set up, and none of them is mutated).
 * Keep Vitest's default isolation: with isolate: false Stryker records no per-test coverage and
 * every mutant shows as "no coverage".
 */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/machines/**/*.test.ts', 'test/content/**/*.test.ts'],
    exclude: ['test/unit/content-build-errors.test.ts', 'test/unit/typed-words.test.ts', 'test/unit/fact-dates.test.ts', 'test/unit/form-parts.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
