/**
 * The incremental mutation run's own bookkeeping (scripts/mutation-run.mjs): what Stryker's
 * incremental mode cannot see (a module a mutated file imports, a test helper, the configuration)
 * must make the next CI run test those mutants again, and nothing else.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropResults, fingerprint, importsOf, plan } from '../../scripts/mutation-run.mjs';

const recorded = {
  incremental: 'i1',
  global: 'g1',
  files: { 'src/lib/a.ts': 'a1', 'src/lib/b.ts': 'b1' },
  testFiles: { 'test/unit/a.test.ts': 't1', 'test/unit/b.test.ts': 'u1' },
};

describe('plan: full or incremental, and what to test again', () => {
  it('runs in full without an incremental file, or without the recorded fingerprint', () => {
    expect(plan(recorded, recorded, null)).toMatchObject({ full: true, reason: expect.stringContaining('stryker-incremental.json') });
    expect(plan(null, recorded, 'i1')).toMatchObject({ full: true, reason: expect.stringContaining('stryker-incremental-inputs.json') });
  });

  it('runs in full when the recorded fingerprint belongs to another incremental file (a merge kept one side of each)', () => {
    expect(plan(recorded, recorded, 'i2')).toMatchObject({ full: true, reason: expect.stringContaining('same run') });
  });

  it('runs in full when the configuration, lockfile or Node changed', () => {
    expect(plan(recorded, { ...recorded, global: 'g2' }, 'i1')).toMatchObject({ full: true, reason: expect.stringContaining('package-lock.json') });
  });

  it('with nothing changed, drops nothing', () => {
    expect(plan(recorded, structuredClone(recorded), 'i1')).toEqual({ full: false, reason: 'incremental', dropFiles: [], dropTests: [] });
  });

  it('drops exactly the mutated files and test files whose imports changed', () => {
    const current = {
      ...recorded,
      files: { ...recorded.files, 'src/lib/b.ts': 'b2' },
      testFiles: { ...recorded.testFiles, 'test/unit/a.test.ts': 't2' },
    };
    expect(plan(recorded, current, 'i1')).toEqual({ full: false, reason: 'incremental', dropFiles: ['src/lib/b.ts'], dropTests: ['test/unit/a.test.ts'] });
  });

  it('leaves new files and new tests to Stryker (it tests what it has no result for)', () => {
    const current = { ...recorded, files: { ...recorded.files, 'src/lib/c.ts': 'c1' }, testFiles: { ...recorded.testFiles, 'test/unit/c.test.ts': 'v1' } };
    expect(plan(recorded, current, 'i1')).toMatchObject({ full: false, dropFiles: [], dropTests: [] });
  });
});

describe('dropResults: removes old results from the incremental file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spo-mutation-run-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const report = {
    schemaVersion: '2',
    files: {
      'src/lib/a.ts': { source: 'a', mutants: [{ id: '1', coveredBy: ['t-a'], killedBy: ['t-a'] }, { id: '2', coveredBy: ['t-b'] }, { id: '3' }] },
      'src/lib/b.ts': { source: 'b', mutants: [{ id: '4', coveredBy: ['t-b'] }, { id: '5', killedBy: ['t-a'] }] },
    },
    testFiles: { 'test/unit/a.test.ts': { tests: [{ id: 't-a', name: 'a' }] }, 'test/unit/b.test.ts': { tests: [{ id: 't-b', name: 'b' }] } },
  };
  let runs = 0;
  const run = (dropFiles: string[], dropTests: string[]) => {
    runs += 1;
    const file = path.join(dir, `incremental-${runs}.json`);
    writeFileSync(file, JSON.stringify(report));
    const removed = dropResults(file, dropFiles, dropTests);
    return { removed, after: JSON.parse(readFileSync(file, 'utf8')) as typeof report };
  };

  it('every mutant of a dropped file', () => {
    const { removed, after } = run(['src/lib/b.ts'], []);
    expect(removed).toBe(2);
    expect(Object.keys(after.files)).toEqual(['src/lib/a.ts']);
    expect(after.files['src/lib/a.ts'].mutants.map((m) => m.id)).toEqual(['1', '2', '3']);
  });

  it('every mutant a dropped test file covered or killed, in any file; the others stay', () => {
    const { removed, after } = run([], ['test/unit/a.test.ts']);
    expect(removed).toBe(2);
    expect(after.files['src/lib/a.ts'].mutants.map((m) => m.id)).toEqual(['2', '3']);
    expect(after.files['src/lib/b.ts'].mutants.map((m) => m.id)).toEqual(['4']);
    expect(after.testFiles).toEqual(report.testFiles);
  });

  it('nothing when nothing is dropped', () => {
    expect(run([], []).removed).toBe(0);
  });
});

describe('what a mutated file imports (the part of the fingerprint Stryker cannot see)', () => {
  it('follows imports through other modules, and leaves out the file itself and packages', async () => {
    const imports = await importsOf(['src/lib/guide/figures.ts', 'src/lib/search/pipeline.ts']);
    expect(imports['src/lib/guide/figures.ts']).toContain('src/data/legal-figures.ts');
    expect(imports['src/lib/guide/figures.ts']).toContain('src/i18n/en.ts');
    expect(imports['src/lib/guide/figures.ts']).not.toContain('src/lib/guide/figures.ts');
    // normalise.ts is imported by expand.ts, which pipeline.ts imports.
    expect(imports['src/lib/search/pipeline.ts']).toContain('src/lib/search/normalise.ts');
    expect(Object.values(imports).flat().filter((file) => file.includes('node_modules'))).toEqual([]);
  });

  it('covers every mutated file and every unit test file Stryker runs, test helpers included', async () => {
    const print = await fingerprint();
    expect(Object.keys(print.files)).toContain('src/machines/guide.ts');
    expect(Object.keys(print.files)).toContain('src/lib/search/normalise.ts');
    expect(Object.keys(print.testFiles)).toContain('test/machines/guide-machine.test.ts');
    // Left out of the mutation runs by vitest.mutation.config.ts.
    expect(Object.keys(print.testFiles)).not.toContain('test/unit/typed-words.test.ts');
  });
});
