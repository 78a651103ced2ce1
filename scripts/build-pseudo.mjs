// `npm run build:pseudo`: builds the site with the pseudo-locale en-XA as a second routed locale at
// /en-xa/… beside the English pages (every interface word from the table wrapped in ⟦ ⟧ and stretched;
// see src/i18n/pseudo.ts, src/i18n/routing.ts) into its own folder (default dist-pseudo, beside dist),
// so the normal build is left alone. test/pseudo/ checks what it writes.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { pseudoOutDir } from '../src/integrations/paths.mjs';

/** Builds the pseudo-locale site; returns the folder it wrote, relative to the project root. */
export function buildPseudo({ quiet = false } = {}) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...(quiet ? ['--silent'] : [])], {
    cwd: root,
    // NODE_ENV=production: the same bundles as the build that ships (see test/support/build-site.ts).
    env: { ...process.env, NODE_ENV: 'production', SPO_PSEUDO: '1', SPO_DIST: pseudoOutDir },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return pseudoOutDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = buildPseudo();
  console.log(`Built the site with the pseudo-locale (en-XA) at /en-xa/ into ${dir}/`);
}
