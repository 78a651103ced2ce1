/**
 * The build gate (issue 27, point 1): `npm run build`, which every host runs, refuses what would
 * hurt a visitor, naming the file and what is wrong, so no deploy ships it even without `npm test`.
 * - Before building (astro:config:setup, build only): every content file (typed phone numbers,
 *   tel:/sms: links, files from other sites, raw <script>/<iframe>/<object>, on… attributes),
 *   content pages shadowed by a fixed route, and public/_headers (well formed, every rule and
 *   header the site relies on).
 * - After building (astro:build:done): every built page (numbers only from the services record,
 *   each tel:/sms: link dialling what it shows, nothing fetched from another origin, nothing
 *   embedded, no inline event attributes, internal links and #anchors that land), every
 *   stylesheet, and the _headers file that ships.
 * The checks themselves are in ./checks.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { allTelTargets } from '../../data/support-services';
import { site } from '../../data/site';
import { allowedNumbers } from './phone-numbers';
import {
  anchorsIn,
  checkBuiltPage,
  checkContentSource,
  checkHeadersFile,
  checkShadowedRoutes,
  describeProblem,
  foreignInCss,
  type Problem,
} from './checks';

/** Every file under a folder, as paths relative to it ('/' separated). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The error that stops the build: every problem, one a line, each naming its file. */
export class BuildGateError extends Error {
  constructor(stage: string, problems: readonly Problem[]) {
    super(`The build gate refused ${stage} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.map(describeProblem).join('\n  ')}`);
    this.name = 'BuildGateError';
  }
}

/** The sources: content files, fixed routes against content pages, and public/_headers. */
export function checkSources(root: string): Problem[] {
  const rel = (...parts: string[]) => path.join(...parts).split(path.sep).join('/');
  const allowed = allowedNumbers();
  const problems: Problem[] = [];
  const contentDir = path.join(root, 'src/content');
  for (const file of filesUnder(contentDir)) {
    if (!/\.(mdx|md|json|ya?ml)$/.test(file)) continue;
    problems.push(...checkContentSource(rel('src/content', file), readFileSync(path.join(contentDir, file), 'utf8'), allowed));
  }
  const guidance = filesUnder(path.join(contentDir, 'guidance'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ slug: f.replace(/\.mdx$/, ''), file: rel('src/content/guidance', f) }));
  const reserved = ['_astro', 'pagefind', ...readdirSync(path.join(root, 'public')).filter((name) => !name.startsWith('.'))];
  problems.push(...checkShadowedRoutes(guidance, filesUnder(path.join(root, 'src/pages')), reserved));
  const headersFile = path.join(root, 'public/_headers');
  if (!existsSync(headersFile)) problems.push({ file: 'public/_headers', message: 'missing: it holds the security headers every response needs' });
  else problems.push(...checkHeadersFile('public/_headers', readFileSync(headersFile, 'utf8')));
  return problems;
}

/** The built site in `dist` (absolute), named relative to `root`. */
export function checkBuiltSite(dist: string, root: string): Problem[] {
  const files = filesUnder(dist);
  const fileSet = new Set(files);
  const shown = (file: string) => path.relative(root, path.join(dist, file)).split(path.sep).join('/');
  const anchors = new Map<string, ReadonlySet<string>>();
  const context = {
    allowed: allowedNumbers(),
    telTargets: new Set(allTelTargets()),
    origin: new URL(site.origin).origin,
    sourceOf(builtFile: string) {
      const slug = /^([^/]+)\/index\.html$/.exec(builtFile)?.[1];
      const mdx = slug ? `src/content/guidance/${slug}.mdx` : '';
      return slug && existsSync(path.join(root, mdx)) ? `${mdx} (built as ${shown(builtFile)})` : shown(builtFile);
    },
    builtFileFor(urlPath: string) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(urlPath).replace(/^\/+/, '');
      } catch {
        return null;
      }
      const candidate = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
      return fileSet.has(candidate) ? candidate : null;
    },
    anchorsOf(builtFile: string) {
      let found = anchors.get(builtFile);
      if (!found) anchors.set(builtFile, (found = anchorsIn(parse(readFileSync(path.join(dist, builtFile), 'utf8'), { comment: false }))));
      return found;
    },
  };
  const problems: Problem[] = [];
  for (const file of files) {
    if (file.startsWith('pagefind/')) continue;
    if (file.endsWith('.html')) problems.push(...checkBuiltPage(file, readFileSync(path.join(dist, file), 'utf8'), context));
    else if (file.endsWith('.css') && foreignInCss(readFileSync(path.join(dist, file), 'utf8'))) {
      problems.push({ file: shown(file), message: 'a stylesheet loads from another site (url() or @import)' });
    }
  }
  const headers = path.join(dist, '_headers');
  if (!existsSync(headers) || !statSync(headers).isFile()) problems.push({ file: shown('_headers'), message: 'missing from the built site' });
  else problems.push(...checkHeadersFile(shown('_headers'), readFileSync(headers, 'utf8')));
  return problems;
}

/** @returns the Astro integration; put it before the search index so a refused build stops early. */
export default function buildGate(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'spo-build-gate',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        const problems = checkSources(root);
        if (problems.length) throw new BuildGateError('the sources', problems);
        logger.info('Sources pass: content, routes and public/_headers');
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkBuiltSite(fileURLToPath(dir), root);
        if (problems.length) throw new BuildGateError('the built site', problems);
        logger.info('Built site passes: numbers, links, origins and headers');
      },
    },
  };
}
