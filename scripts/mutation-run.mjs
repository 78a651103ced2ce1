// Mutation testing, full or incremental (README, "Mutation testing").
//
//   npm run mutation      full run: every mutant is tested (stryker run --incremental --force); the run
//                         also rewrites the incremental file, so the next CI run starts from it.
//   npm run mutation:ci   what .ci/run runs: Stryker's incremental mode. It reads the committed
//                         reports/stryker-incremental.json, reuses the result of every mutant whose code
//                         and tests did not change, tests the rest, and writes the file back.
//
// Either way Stryker writes the full report (reused and new results together) to
// reports/mutation/mutation.json, and scripts/mutation-check.mjs then holds every file of
// mutation.targets.mjs to its threshold over all of it.
//
// Stryker's incremental mode compares the mutated files and the test files with the copies in its
// file. It does not see a change elsewhere: a module a mutated file imports (src/data/…, the words
// table), the dependencies, the Stryker or Vitest configuration. So this script records, beside
// Stryker's file, a fingerprint of those (reports/stryker-incremental-inputs.json):
// - when the configuration, the lockfile or Node's major version changed, the run is full (--force);
// - when a module a mutated file imports (directly or not) changed, that mutated file's old results
//   are dropped from the incremental file before the run, so all its mutants are tested again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutationTargets } from '../mutation.targets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const incrementalFile = 'reports/stryker-incremental.json';
export const inputsFile = 'reports/stryker-incremental-inputs.json';
/** The copy Stryker works on (not committed). */
const workingFile = 'reports/stryker-incremental.working.json';
/** Files that change how every mutant is run: a change to one of them makes the next run full. */
export const globalInputs = ['package-lock.json', 'stryker.config.mjs', 'vitest.mutation.config.ts'];
/** Version of the fingerprint's format: raise it when fingerprint() changes, and the next run is full. */
export const fingerprintVersion = 1;

const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const posix = (file) => file.split(path.sep).join('/');

/** The files Stryker mutates (the globs of mutation.targets.mjs, as stryker.config.mjs passes them). */
export function mutatedFiles(cwd = root) {
  return [...new Set(mutationTargets.flatMap((t) => globSync(t.files, { cwd }).map(posix)))].sort();
}

/** The test files Stryker runs (vitest.mutation.config.ts's include, less its exclude). */
export async function unitTestFiles(cwd = root) {
  // Bundled with esbuild and defineConfig stubbed, rather than imported: Node strips no types under
  // node_modules, where Stryker's sandbox copy of the project lives.
  const esbuild = await import('esbuild');
  const bundled = await esbuild.build({
    absWorkingDir: cwd,
    entryPoints: ['vitest.mutation.config.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [
      {
        name: 'define-config',
        setup(build) {
          build.onResolve({ filter: /^vitest\/config$/ }, () => ({ path: 'vitest-config', namespace: 'stub' }));
          build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const defineConfig = (config) => config;', loader: 'js' }));
        },
      },
    ],
  });
  const { default: config } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  const include = config?.test?.include ?? ['test/unit/**/*.test.ts', 'test/machines/**/*.test.ts'];
  const exclude = config?.test?.exclude ?? [];
  return [...new Set(include.flatMap((glob) => globSync(glob, { cwd }).map(posix)))]
    .filter((file) => !exclude.some((glob) => path.matchesGlob(file, glob)))
    .sort();
}

/**
 * For each mutated file, the project files it imports, directly or through others (the file itself
 * left out), found by bundling it with esbuild. Packages and anything esbuild cannot resolve are left
 * out: packages are covered by the lockfile.
 * @returns {Promise<Record<string, string[]>>}
 */
export async function importsOf(files, cwd = root) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: cwd,
    entryPoints: files,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'mutation-imports',
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
    loader: { '.astro': 'empty', '.css': 'empty', '.mdx': 'empty', '.md': 'empty' },
    plugins: [
      {
        name: 'unresolvable-external',
        setup(build) {
          build.onResolve({ filter: /^(astro:|virtual:)/ }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  /** @type {Record<string, string[]>} */
  const imports = {};
  for (const output of Object.values(result.metafile.outputs)) {
    if (!output.entryPoint) continue;
    const entry = posix(output.entryPoint);
    imports[entry] = Object.keys(output.inputs)
      .map(posix)
      .filter((input) => input !== entry && !input.startsWith('node_modules/'))
      .sort();
  }
  return imports;
}

/** The fingerprint of what Stryker's own comparison cannot see. */
export async function fingerprint(cwd = root) {
  const read = (file) => (existsSync(path.join(cwd, file)) ? readFileSync(path.join(cwd, file)) : '');
  const hashOf = (inputs) => sha(inputs.map((input) => `${input} ${sha(read(input))}`).join('\n'));
  const global = sha([`format ${fingerprintVersion}`, `node ${process.versions.node.split('.')[0]}`, ...globalInputs.map((file) => `${file} ${sha(read(file))}`)].join('\n'));
  const mutated = mutatedFiles(cwd);
  const tests = await unitTestFiles(cwd);
  const imports = await importsOf([...mutated, ...tests], cwd);
  /** @type {Record<string, string>} */
  const files = {};
  for (const file of mutated) files[file] = hashOf(imports[file] ?? []);
  // A test file's own lines and the mutated files are Stryker's to compare; what is left is what
  // it imports besides: helpers, fixtures, data, the words table.
  const isTest = new Set(tests);
  const isMutated = new Set(mutated);
  /** @type {Record<string, string>} */
  const testFiles = {};
  for (const file of tests) testFiles[file] = hashOf((imports[file] ?? []).filter((input) => !isMutated.has(input) && !isTest.has(input)));
  return { global, files, testFiles };
}

/**
 * What the run must do, given the recorded fingerprint (or null), the current one and the hash of
 * the incremental file (or null when there is none): full, or
 * incremental with the old results of some mutated files, and of the mutants some test files
 * cover, dropped first.
 * @returns {{ full: boolean, reason: string, dropFiles: string[], dropTests: string[] }}
 */
export function plan(recorded, current, incrementalSha) {
  const full = (reason) => ({ full: true, reason, dropFiles: [], dropTests: [] });
  if (!incrementalSha) return full(`no ${incrementalFile}`);
  if (!recorded) return full(`no ${inputsFile}`);
  if (recorded.incremental !== incrementalSha) return full(`${inputsFile} was not written with this ${incrementalFile} (keep both from the same run)`);
  if (recorded.global !== current.global) return full(`the configuration, the lockfile, Node's major version or this script's fingerprint format changed (${globalInputs.join(', ')})`);
  const changed = (now, before) => Object.keys(now).filter((file) => before?.[file] !== undefined && before[file] !== now[file]);
  return { full: false, reason: 'incremental', dropFiles: changed(current.files, recorded.files), dropTests: changed(current.testFiles, recorded.testFiles) };
}

/**
 * Removes old results from Stryker's incremental file: every mutant of the given files, and every
 * mutant that a test in the given test files covered or killed. Returns how many went.
 */
export function dropResults(file, dropFiles, dropTests) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const testIds = new Set(
    Object.entries(report.testFiles ?? {})
      .filter(([name]) => dropTests.includes(posix(name)))
      .flatMap(([, testFile]) => (testFile.tests ?? []).map((test) => test.id)),
  );
  let removed = 0;
  for (const [name, result] of Object.entries(report.files ?? {})) {
    const before = result.mutants?.length ?? 0;
    if (dropFiles.includes(posix(name))) {
      delete report.files[name];
      removed += before;
      continue;
    }
    result.mutants = (result.mutants ?? []).filter((m) => ![...(m.coveredBy ?? []), ...(m.killedBy ?? [])].some((id) => testIds.has(id)));
    removed += before - result.mutants.length;
  }
  writeFileSync(file, JSON.stringify(report));
  return removed;
}

async function main() {
  const wantFull = process.argv.includes('--full');
  process.chdir(root);
  const started = Date.now();
  const current = await fingerprint();
  const recorded = existsSync(inputsFile) ? JSON.parse(readFileSync(inputsFile, 'utf8')) : null;
  const incrementalSha = existsSync(incrementalFile) ? sha(readFileSync(incrementalFile)) : null;
  const decided = wantFull ? { full: true, reason: 'npm run mutation', dropFiles: [], dropTests: [] } : plan(recorded, current, incrementalSha);
  // Stryker reads and writes a working copy; the committed pair is replaced only after a run that
  // succeeded, so a failed run leaves it as it was (and the next run incremental, not full).
  mkdirSync(path.dirname(workingFile), { recursive: true });
  if (existsSync(incrementalFile)) copyFileSync(incrementalFile, workingFile);
  else rmSync(workingFile, { force: true });
  if (decided.full) {
    console.log(`Mutation testing: full run (${decided.reason}).`);
  } else if (decided.dropFiles.length + decided.dropTests.length > 0) {
    const removed = dropResults(workingFile, decided.dropFiles, decided.dropTests);
    console.log(
      `Mutation testing: incremental. Something these files import changed (which Stryker does not see), so ${removed} old results are dropped and tested again: ` +
        [...decided.dropFiles, ...decided.dropTests].join(', '),
    );
  } else {
    console.log('Mutation testing: incremental (Stryker reuses every result whose code and tests did not change).');
  }
  const args = [path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', '--incremental', '--incrementalFile', workingFile];
  if (decided.full) args.push('--force');
  const stryker = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (stryker.status !== 0) {
    console.log(`Stryker failed (exit ${stryker.status ?? stryker.signal}); ${incrementalFile} and ${inputsFile} left as they were.`);
    process.exit(1);
  }
  renameSync(workingFile, incrementalFile);
  // The hash ties this fingerprint to the incremental file Stryker just wrote.
  writeFileSync(inputsFile, `${JSON.stringify({ incremental: sha(readFileSync(incrementalFile)), ...current }, null, 2)}\n`);
  console.log(`Stryker took ${((Date.now() - started) / 1000).toFixed(0)} s (${decided.full ? 'full' : 'incremental'}).`);
  const check = spawnSync(process.execPath, [path.join(root, 'scripts/mutation-check.mjs')], { stdio: 'inherit' });
  process.exit(check.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
