// Reads Stryker's JSON report and fails when any mutated file scores below the threshold of its
// line in mutation.targets.mjs. Prints one line per file. Score = killed (and timed out) mutants
// over all valid mutants, as Stryker counts it (no coverage = survived).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mutationTargets } from '../mutation.targets.mjs';

const reportPath = process.argv[2] ?? 'reports/mutation/mutation.json';
/** @type {{ files: Record<string, { mutants: { status: string }[] }> }} */
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

/** The target line a file belongs to (the first that matches). */
export function targetFor(file) {
  return mutationTargets.find((t) => path.matchesGlob(file, t.files));
}

let failed = 0;
const rows = Object.entries(report.files)
  .map(([file, { mutants }]) => {
    const relative = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
    const killed = mutants.filter((m) => detected.has(m.status)).length;
    const valid = killed + mutants.filter((m) => undetected.has(m.status)).length;
    const ignored = mutants.filter((m) => m.status === 'Ignored').length;
    return { file: relative, killed, valid, ignored, score: valid === 0 ? 100 : (100 * killed) / valid };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

for (const target of mutationTargets) {
  if (!rows.some((r) => path.matchesGlob(r.file, target.files))) {
    console.log(`FAIL ${target.files}: no file in the report (is it still in stryker.config.mjs?)`);
    failed += 1;
  }
}
for (const target of mutationTargets.filter((t) => t.whole)) {
  const matched = rows.filter((r) => targetFor(r.file) === target);
  const killed = matched.reduce((sum, r) => sum + r.killed, 0);
  const valid = matched.reduce((sum, r) => sum + r.valid, 0);
  const score = valid === 0 ? 100 : (100 * killed) / valid;
  const ok = score >= target.threshold;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${target.files} as a whole: ${score.toFixed(1)}% (${killed}/${valid} mutants killed; needs ${target.threshold}%)`);
}
for (const row of rows) {
  const target = targetFor(row.file);
  if (!target) {
    console.log(`FAIL ${row.file}: mutated, but not listed in mutation.targets.mjs`);
    failed += 1;
    continue;
  }
  if (target.whole) {
    console.log(`     ${row.file}: ${row.score.toFixed(1)}% (${row.killed}/${row.valid}; counted in ${target.files})`);
    continue;
  }
  const ok = row.score >= target.threshold;
  if (!ok) failed += 1;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${row.file}: ${row.score.toFixed(1)}% (${row.killed}/${row.valid} mutants killed, ${row.ignored} static ignored; needs ${target.threshold}%)`,
  );
}
if (failed > 0) {
  console.log(`Mutation score below threshold in ${failed} place(s).`);
  process.exit(1);
}
console.log('Mutation scores meet every threshold.');
