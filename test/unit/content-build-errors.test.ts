import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJson } from '../../src/integrations/json-errors.mjs';
import rawGuide from '../../src/content/guide/guide.json';
import { root } from '../support/paths';

const run = promisify(execFile);

/** A complete, valid frontmatter, one field a line, that each case below breaks in one way. */
const goodFields: Record<string, string> = {
  title: 'A page that must not build',
  description: 'This page has one thing wrong with it, so the build must stop and say what.',
  summary: '["It has one mistake."]',
  topic: 'orders',
  audience: 'both',
  order: '1',
  lastReviewed: '"2026-11-28"',
  reviewDue: '"2027-05-28"',
  sources: '\n  - label: Stalking Protection Act 2019\n    url: https://www.legislation.gov.uk/ukpga/2019/9',
};

interface BadInput {
  /** Also the file name, so the test can check the file is named. */
  name: string;
  /** Fields replaced (a value) or removed (null). */
  change: Record<string, string | null>;
  field: string;
  message: RegExp;
}

const badInputs: BadInput[] = [
  // The kinds the audit found passing silently.
  { name: 'unquoted-impossible-date', change: { lastReviewed: '2026-02-30' }, field: 'lastReviewed', message: /in quotes/ },
  { name: 'impossible-date', change: { lastReviewed: '"2026-02-30"' }, field: 'lastReviewed', message: /not a real date/ },
  { name: 'date-without-year', change: { lastReviewed: '1 March' }, field: 'lastReviewed', message: /YYYY-MM-DD/ },
  { name: 'bare-year', change: { lastReviewed: '2026' }, field: 'lastReviewed', message: /YYYY-MM-DD/ },
  {
    name: 'local-source',
    change: { sources: '\n  - label: A local copy\n    url: https://localhost:1/x' },
    field: 'sources.0.url',
    message: /public web site/,
  },
  // The date rules that are new with them.
  { name: 'reviewed-in-future', change: { lastReviewed: '"2999-01-01"', reviewDue: '"2999-06-01"' }, field: 'lastReviewed', message: /after today/ },
  { name: 'due-before-review', change: { reviewDue: '"2026-01-01"' }, field: 'reviewDue', message: /later than lastReviewed/ },
  { name: 'due-after-two-years', change: { reviewDue: '"2029-01-01"' }, field: 'reviewDue', message: /more than 2 years/ },
  // Kinds that were already caught.
  { name: 'no-sources', change: { sources: null }, field: 'sources', message: /sources/ },
  { name: 'insecure-source', change: { sources: '\n  - label: An old link\n    url: http://www.legislation.gov.uk/ukpga/2019/9' }, field: 'sources.0.url', message: /https/ },
  { name: 'unknown-topic', change: { topic: 'gossip' }, field: 'topic', message: /topic/ },
  // A YAML syntax error: an unquoted ": " inside a value.
  { name: 'yaml-syntax-error', change: { title: 'Orders: what they are: a guide' }, field: 'title', message: /not valid YAML in the field "title" \(line 2, column \d+\)/ },
];

function frontmatter(change: BadInput['change']): string {
  const fields = { ...goodFields, ...change };
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, '---', 'Text.', ''].join('\n');
}

/**
 * Each case syncs the content layer (the step of `astro build` that loads and checks content)
 * of a tiny project that uses the real content config and holds one broken guidance page,
 * and checks that the error names the file and the field.
 */
describe.concurrent('a malformed guidance file stops the build, naming the file and the field', () => {
  const scratchParent = path.join(root, 'node_modules', '.tmp');
  mkdirSync(scratchParent, { recursive: true });
  const scratchDirs: string[] = [];
  afterAll(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('accepts the good page the cases start from (so each failure below is its one change)', async () => {
    expect(await syncWith('good-page', {})).toBeUndefined();
  }, 120_000);

  it.each(badInputs)('$name: names $field', async ({ name, change, field, message }) => {
    const error = await syncWith(name, change);
    expect(error, 'astro sync should have failed').toBeDefined();
    expect(error).toContain(`${name}.mdx`);
    // The field as Astro prints it: `topic: …`, `**sources: Required`, or `field "title"`.
    expect(error).toMatch(new RegExp(`(^|[\\s"*])${field.replace(/\./g, '\\.')}[*:"]`, 'm'));
    expect(error).toMatch(message);
  }, 120_000);

  /** Runs `astro sync` on a project holding one page; returns its output if it failed. */
  async function syncWith(name: string, change: BadInput['change']): Promise<string | undefined> {
    const scratch = mkdtempSync(path.join(scratchParent, `content-error-${name}-`));
    scratchDirs.push(scratch);
    mkdirSync(path.join(scratch, 'src/content/guidance'), { recursive: true });
    writeFileSync(path.join(scratch, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n");
    writeFileSync(path.join(scratch, 'src/content.config.ts'), `export { collections } from ${JSON.stringify(path.join(root, 'src/content.config.ts'))};\n`);
    writeFileSync(path.join(scratch, 'src/content/guidance', `${name}.mdx`), frontmatter(change));
    return run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync', '--root', scratch], { cwd: scratch }).then(
      () => undefined,
      // Under CI=true Astro colours its output; the words are what a person reads.
      (e: { stdout: string; stderr: string }) => stripVTControlCharacters(`${e.stdout}\n${e.stderr}`),
    );
  }
});

describe('a guide.json that is not valid JSON', () => {
  const file = path.join(root, 'src/content/guide/guide.json');

  it('stops the build naming the file and where the mistake is (the bundler alone names no file)', () => {
    expect(() => checkJson('{\n  "ui": {\n    "continue": "Continue"\n    "back": "Back"\n  }\n}', file, root)).toThrow(
      /^src\/content\/guide\/guide\.json is not valid JSON: .*\(line 4 column 5\)/,
    );
  });

  it('lets valid JSON through', () => {
    expect(() => checkJson(JSON.stringify(rawGuide), file, root)).not.toThrow();
  });
});
