/**
 * When the test set-ups build the site (test/support/build-once.ts): once per folder per run,
 * shared by every project; reused across runs only while no input and no built file changed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildOnce, buildsThisRun, describeBuilds, inputsFingerprint } from '../support/build-once';

const dir = mkdtempSync(path.join(tmpdir(), 'spo-build-once-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small git project whose "build" writes dist/index.html and counts how often it ran. */
function project(name: string) {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, 'src'), { recursive: true });
  mkdirSync(path.join(root, 'test'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'page.ts'), 'export const title = "Home";\n');
  writeFileSync(path.join(root, 'test', 'page.test.ts'), '// a test\n');
  writeFileSync(path.join(root, 'README.md'), '# readme\n');
  // As the project's own: the build's folder and the stamps are not inputs.
  writeFileSync(path.join(root, '.gitignore'), 'dist/\nstamps/\n');
  execFileSync('git', ['init', '-q'], { cwd: root });
  let builds = 0;
  const build = () => {
    builds += 1;
    mkdirSync(path.join(root, 'dist'), { recursive: true });
    writeFileSync(path.join(root, 'dist', 'index.html'), `<h1>build ${builds}</h1>`);
  };
  return { root, build, builds: () => builds, stampDir: path.join(root, 'stamps') };
}

describe('buildOnce', () => {
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    env = {};
  });

  it('builds a folder once per run: a second project asking in the same run shares it', () => {
    const p = project('once');
    const run = () => buildOnce({ root: p.root, outDir: 'dist', variant: 'production', build: p.build, env, stampDir: p.stampDir });
    expect(run().outcome).toBe('built');
    expect(run().outcome).toBe('shared');
    expect(p.builds()).toBe(1);
    expect(buildsThisRun(env).map((r) => [r.folder, r.outcome])).toEqual([['dist', 'built']]);
  });

  it('keeps folders apart: the pseudo folder is built on its own', () => {
    const p = project('two-folders');
    buildOnce({ root: p.root, outDir: 'dist', variant: 'production', build: p.build, env, stampDir: p.stampDir });
    const pseudo = buildOnce({ root: p.root, outDir: 'dist-pseudo', variant: 'pseudo', build: () => undefined, env, stampDir: p.stampDir });
    expect(pseudo.outcome).toBe('built');
    expect(buildsThisRun(env).map((r) => r.folder)).toEqual(['dist', 'dist-pseudo']);
  });

  it('in the next run, reuses the build while no input changed; a changed source rebuilds', () => {
    const p = project('next-run');
    const run = () => buildOnce({ root: p.root, outDir: 'dist', variant: 'production', build: p.build, env: {}, stampDir: p.stampDir });
    expect(run().outcome).toBe('built');
    expect(run().outcome).toBe('reused');
    // Tests and docs are not build inputs.
    writeFileSync(path.join(p.root, 'test', 'page.test.ts'), '// another test\n');
    writeFileSync(path.join(p.root, 'README.md'), '# changed\n');
    expect(run().outcome).toBe('reused');
    writeFileSync(path.join(p.root, 'src', 'page.ts'), 'export const title = "Start";\n');
    expect(run().outcome).toBe('built');
    writeFileSync(path.join(p.root, 'src', 'new.ts'), 'export {};\n');
    expect(run().outcome).toBe('built');
    expect(p.builds()).toBe(3);
  });

  it('rebuilds when the built folder was changed or emptied since', () => {
    const p = project('folder-changed');
    const run = () => buildOnce({ root: p.root, outDir: 'dist', variant: 'production', build: p.build, env: {}, stampDir: p.stampDir });
    run();
    const page = path.join(p.root, 'dist', 'index.html');
    utimesSync(page, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(run().outcome).toBe('built');
    rmSync(path.join(p.root, 'dist'), { recursive: true });
    expect(run().outcome).toBe('built');
  });

  it('rebuilds when a build setting (SPO_…) differs; SPO_FORCE_BUILD=1 always builds', () => {
    const p = project('settings');
    const run = (settings: NodeJS.ProcessEnv) => buildOnce({ root: p.root, outDir: 'dist', variant: 'production', build: p.build, env: { ...settings }, stampDir: p.stampDir });
    run({});
    expect(run({ SPO_PSEUDO: '1' }).outcome).toBe('built');
    expect(run({ SPO_PSEUDO: '1' }).outcome).toBe('reused');
    expect(run({ SPO_PSEUDO: '1', SPO_FORCE_BUILD: '1' }).outcome).toBe('built');
  });

  it('SPO_SKIP_BUILD=1 reuses any build there is, and builds when there is none', () => {
    const p = project('skip');
    expect(buildOnce({ root: p.root, outDir: 'dist', variant: 'production', build: p.build, env: { SPO_SKIP_BUILD: '1' }, stampDir: p.stampDir }).outcome).toBe('built');
    writeFileSync(path.join(p.root, 'src', 'page.ts'), 'export const title = "Changed";\n');
    expect(buildOnce({ root: p.root, outDir: 'dist', variant: 'production', build: p.build, env: { SPO_SKIP_BUILD: '1' }, stampDir: p.stampDir }).outcome).toBe('skipped');
    expect(p.builds()).toBe(1);
  });

  it('without git (inputs unknown) always builds', () => {
    const root = path.join(dir, 'no-git');
    mkdirSync(root, { recursive: true });
    expect(inputsFingerprint(root, 'production', {})).toBeNull();
    let builds = 0;
    const build = () => {
      builds += 1;
      mkdirSync(path.join(root, 'dist'), { recursive: true });
      writeFileSync(path.join(root, 'dist', 'index.html'), 'x');
    };
    buildOnce({ root, outDir: 'dist', variant: 'production', build, env: {}, stampDir: path.join(root, 'stamps') });
    buildOnce({ root, outDir: 'dist', variant: 'production', build, env: {}, stampDir: path.join(root, 'stamps') });
    expect(builds).toBe(2);
  });

  it('a failed build records nothing, so the next run builds again', () => {
    const p = project('fails');
    expect(() =>
      buildOnce({ root: p.root, outDir: 'dist', variant: 'production', build: () => { throw new Error('astro build failed'); }, env, stampDir: p.stampDir }),
    ).toThrow('astro build failed');
    expect(buildsThisRun(env)).toEqual([]);
    expect(buildOnce({ root: p.root, outDir: 'dist', variant: 'production', build: p.build, env, stampDir: p.stampDir }).outcome).toBe('built');
  });
});

describe('the closing line of npm test', () => {
  it('counts the builds and says what happened to each folder', () => {
    expect(describeBuilds([])).toBe('Site builds in this run: none needed');
    expect(
      describeBuilds([
        { folder: 'dist', outcome: 'built', seconds: 11.14 },
        { folder: 'dist-pseudo', outcome: 'reused', seconds: 0 },
      ]),
    ).toBe('Site builds in this run: 1 (dist/ built in 11.1 s; dist-pseudo/ reused (no input changed since it was built))');
  });
});
