import type { Reporter, TestModule } from 'vitest/node';
import { buildsThisRun, describeBuilds } from './build-once';

/**
 * Prints one plain closing line, "N passed, N failed" (", N skipped" when any were skipped),
 * which CI reads. Counts test cases across every project. Before it, one line says how many
 * times the set-ups built the site in this run, and which folders they reused (build-once.ts).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`\n${describeBuilds(buildsThisRun())}\n${line}\n`);
  }
}
