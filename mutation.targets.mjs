// What mutation testing covers, and the score each file must reach (percent of mutants killed).
// One line per folder or file: to cover another folder, add a line here. stryker.config.mjs mutates exactly these
// files, and scripts/mutation-check.mjs holds every matched file to its line's threshold.

/** @type {readonly { files: string; threshold: number }[]} */
export const mutationTargets = [
  { files: 'src/machines/**/*.ts', threshold: 85 },
  { files: 'src/lib/wizard/**/*.ts', threshold: 85 },
  { files: 'src/lib/opening-hours.ts', threshold: 80 },
  { files: 'src/lib/search/**/*.ts', threshold: 85 },
];
