import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * When the test set-ups build the site: at most once per folder per `npm test`, and not at all when
 * the folder already holds a build of exactly the current sources.
 *
 * - Within one run, every project that needs a folder shares one build: the first global setup that
 *   asks builds it, the others find it recorded in SPO_BUILDS (global setups of all projects run in
 *   Vitest's main process, one after another, so its environment is shared).
 * - Across runs, a stamp (node_modules/.cache/spo-builds/<folder>.json) records the fingerprint of
 *   every build input (every file of the project that is not a test, benchmark or report, the
 *   lockfiles, Node's version, the SPO_ settings) and of the folder's files (names, sizes, times).
 *   When both still match, the build is reused; any change to a source, or to the folder, rebuilds.
 * - SPO_SKIP_BUILD=1 reuses whatever build the folder holds, as before. SPO_FORCE_BUILD=1 always builds.
 *
 * The closing lines of `npm test` list what happened to each folder (test/support/summary-reporter.ts).
 */

export type BuildOutcome = 'built' | 'reused' | 'skipped' | 'shared';
export interface BuildRecord {
  folder: string;
  outcome: BuildOutcome;
  seconds: number;
}

/** Project files that are not build inputs: tests, benchmark, reports, docs and tool settings. */
const notInputs = [
  /^test\//,
  /^bench\//,
  /^reports\//,
  /^\.ci\//,
  /^[^/]+\.md$/,
  /^vitest\.[^/]*config\.ts$/,
  /^stryker\.config\.mjs$/,
  /^mutation\.targets\.mjs$/,
  /^eslint\.config\.js$/,
  /^\.gitignore$/,
];
/** Settings that decide whether to build, not what is built. */
const controlSettings = new Set(['SPO_SKIP_BUILD', 'SPO_FORCE_BUILD', 'SPO_BUILDS']);

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The fingerprint of what a build reads, or null when it cannot be known (no git): then the site
 * is always built. `variant` names what else decides the build (e.g. its locale).
 */
export function inputsFingerprint(root: string, variant: string, env: NodeJS.ProcessEnv = process.env): string | null {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const files = [...new Set(listed.split('\0').filter(Boolean))].filter((file) => !notInputs.some((pattern) => pattern.test(file))).sort();
  const lines = files.map((file) => {
    const full = path.join(root, file);
    return `${file} ${existsSync(full) ? sha(readFileSync(full)) : 'deleted'}`;
  });
  // What npm installed (written by every npm install and npm ci).
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  lines.push(`node_modules/.package-lock.json ${existsSync(installed) ? sha(readFileSync(installed)) : 'none'}`);
  lines.push(`node ${process.version}`, `variant ${variant}`);
  for (const [key, value] of Object.entries(env).sort(([a], [b]) => a.localeCompare(b))) {
    if (key.startsWith('SPO_') && !controlSettings.has(key)) lines.push(`${key}=${value}`);
  }
  return sha(lines.join('\n'));
}

/** The fingerprint of a built folder's files (names, sizes, modification times), or null when it holds no site. */
export function outputFingerprint(dir: string): string | null {
  if (!existsSync(path.join(dir, 'index.html'))) return null;
  const lines = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(full);
      return `${path.relative(dir, full)} ${size} ${mtimeMs}`;
    })
    .sort();
  return sha(lines.join('\n'));
}

/** Builds recorded in this run so far (SPO_BUILDS). */
export function buildsThisRun(env: NodeJS.ProcessEnv = process.env): BuildRecord[] {
  try {
    const parsed: unknown = JSON.parse(env.SPO_BUILDS ?? '[]');
    return Array.isArray(parsed) ? (parsed as BuildRecord[]) : [];
  } catch {
    return [];
  }
}

/** One line per folder: what the set-ups did with it in this run. */
export function describeBuilds(records: BuildRecord[]): string {
  if (records.length === 0) return 'Site builds in this run: none needed';
  const words: Record<BuildOutcome, string> = {
    built: 'built',
    reused: 'reused (no input changed since it was built)',
    skipped: 'reused (SPO_SKIP_BUILD=1)',
    shared: 'shared',
  };
  const built = records.filter((r) => r.outcome === 'built').length;
  return `Site builds in this run: ${built} (${records.map((r) => `${r.folder}/ ${words[r.outcome]}${r.outcome === 'built' ? ` in ${r.seconds.toFixed(1)} s` : ''}`).join('; ')})`;
}

export interface BuildOnceOptions {
  root: string;
  /** The folder, relative to root. */
  outDir: string;
  /** What else decides the build, e.g. "production" or "pseudo en-XA". */
  variant: string;
  /** Builds the site into outDir (throws when the build fails). */
  build: () => void;
  env?: NodeJS.ProcessEnv;
  /** Where stamps are kept (default node_modules/.cache/spo-builds). */
  stampDir?: string;
}

/** Builds `outDir` unless this run already did, or it holds a build of the current sources. */
export function buildOnce({ root, outDir, variant, build, env = process.env, stampDir = path.join(root, 'node_modules', '.cache', 'spo-builds') }: BuildOnceOptions): BuildRecord {
  const records = buildsThisRun(env);
  const remember = (record: BuildRecord) => {
    env.SPO_BUILDS = JSON.stringify([...records, record]);
    return record;
  };
  if (records.some((r) => r.folder === outDir)) return { folder: outDir, outcome: 'shared', seconds: 0 };
  const dir = path.resolve(root, outDir);
  if (env.SPO_SKIP_BUILD === '1' && existsSync(path.join(dir, 'index.html'))) return remember({ folder: outDir, outcome: 'skipped', seconds: 0 });

  const stampFile = path.join(stampDir, `${path.basename(outDir)}.json`);
  const inputs = inputsFingerprint(root, variant, env);
  if (env.SPO_FORCE_BUILD !== '1' && inputs && existsSync(stampFile)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs?: string; output?: string };
    if (stamp.inputs === inputs && stamp.output !== undefined && stamp.output === outputFingerprint(dir)) {
      return remember({ folder: outDir, outcome: 'reused', seconds: 0 });
    }
  }
  const started = Date.now();
  build();
  const seconds = (Date.now() - started) / 1000;
  const output = outputFingerprint(dir);
  if (inputs && output) {
    mkdirSync(stampDir, { recursive: true });
    writeFileSync(stampFile, `${JSON.stringify({ inputs, output, variant, builtAt: new Date().toISOString() }, null, 2)}\n`);
  }
  return remember({ folder: outDir, outcome: 'built', seconds });
}
