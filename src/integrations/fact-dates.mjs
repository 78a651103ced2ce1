// Facts that know when they expire (issue 23, point 11). Before the build, reads every guidance
// page's review dates and the data it shows, and the time-bound facts of src/data/time-bound-facts.ts,
// and stops the build when a page reviewed after a fact's `until` shows that fact: the page would
// state as current something that had ended before it was last checked.
//
// Which page shows which fact, so that nothing is silently missed: a page can only show a legal
// figure, a service or a record through the data (typing one in is refused by the tests), so the page's
// imports and the components it uses are read, and each is turned into handles ("figure:x",
// "service:x", "point:x", "order:x", "record:x"). An import or a component this file does not know
// stops the build too, naming it, so a new way of showing data must be described here first.
// `npm run content-status` (scripts/content-status.mjs) lists the same facts and pages.
import { readFileSync, readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Objects of figures a page may import; `<name>.<key>` on a page shows `figure:<key>`. */
const FIGURE_OBJECTS = new Set([
  'figures',
  'legalFigures',
  'pageFigures',
  'otherOrderFigures',
  'northernIrelandFigures',
  'scotlandFigures',
  'victimsRightsFigures',
]);

/** Helpers that only format what they are given: they show no fact of their own. */
const FORMATTERS = new Set(['amount', 'longDate', 'monthYear']);

/**
 * The components a page may use, each with the handles it shows, from its attributes.
 * @type {Record<string, (attrs: Record<string, string>) => string[]>}
 */
const COMPONENTS = {
  PhoneLink: (a) => (a.service ? [`service:${a.service}`] : []),
  PhoneNote: (a) => (a.kind === 'helpline' ? ['service:national-stalking-helpline'] : []),
  Confirmed: (a) => [a.service ? `service:${a.service}` : `point:${a.point}`],
  // Without `services`, the list shows every service in the record.
  ServiceList: (a) => (a.services ? quoted(a.services).map((id) => `service:${id}`) : ['service:*']),
  ServiceCard: (a) => [`service:${a.service}`],
  OpenNow: (a) => [`service:${a.service}`],
  OrdersTable: () => ['order:*'],
  PoliceForceList: () => ['record:police-forces'],
  GlossaryTerm: () => [],
  // A link to a page of the site, by its key (issue 28): no fact.
  PageLink: () => [],
  // A service's name in the page's language (issue 28 point 3): a name, not a time-bound fact.
  ServiceName: () => [],
  ExitExplainer: () => [],
  StalkingLog: () => [],
  OrderCard: () => [],
  PrintButton: () => [],
};

/** @param {string} text */
const quoted = (text) => [...text.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);

/** The frontmatter field `name` (a quoted or bare ISO date), or undefined. */
function frontmatterDate(frontmatter, name) {
  const m = frontmatter.match(new RegExp(`^${name}:\\s*["']?(\\d{4}-\\d{2}-\\d{2})["']?\\s*$`, 'm'));
  return m?.[1];
}

/**
 * The handles a guidance page's MDX shows, from its imports and the components it uses.
 * Throws, naming the file, on an import or a component whose handles are not known.
 * @param {string} source the whole MDX file
 * @param {string} file its name, for messages
 * @returns {string[]}
 */
export function handlesOfPage(source, file) {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const figureNames = [];
  const components = new Map();
  for (const m of body.matchAll(/^import\s+(?!['"])([\s\S]*?)\s+from\s+['"]([^'"]+)['"];?\s*$/gm)) {
    const [, what, from] = m;
    const named = what.match(/\{([^}]*)\}/);
    const locals = [];
    if (named) {
      for (const part of named[1].split(',').map((p) => p.trim()).filter(Boolean)) {
        const [imported, local = imported] = part.split(/\s+as\s+/).map((x) => x.trim());
        locals.push({ imported, local });
      }
    }
    const defaultName = what.replace(/\{[^}]*\}/, '').replace(/,/g, '').trim();
    if (defaultName) locals.push({ imported: path.basename(from).replace(/\.[a-z]+$/, ''), local: defaultName });
    for (const { imported, local } of locals) {
      if (FIGURE_OBJECTS.has(imported)) figureNames.push(local);
      else if (imported in COMPONENTS) components.set(local, imported);
      else if (!FORMATTERS.has(imported)) {
        throw new Error(
          `${file} imports "${imported}" from "${from}": src/integrations/fact-dates.mjs does not know which facts it shows. Describe it there (FIGURE_OBJECTS, FORMATTERS or COMPONENTS).`,
        );
      }
    }
  }
  const handles = new Set();
  for (const name of figureNames) for (const m of body.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) handles.add(`figure:${m[1]}`);
  for (const m of body.matchAll(/<([A-Z]\w*)\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*)\/?>/g)) {
    const [, tag, rawAttrs] = m;
    const component = components.get(tag);
    if (!component) throw new Error(`${file} uses <${tag}>, which it does not import from a component src/integrations/fact-dates.mjs knows`);
    /** @type {Record<string, string>} */
    const attrs = {};
    for (const a of rawAttrs.matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)'|\{((?:[^{}]|\{[^{}]*\})*)\})/g)) attrs[a[1]] = a[2] ?? a[3] ?? a[4] ?? '';
    for (const h of COMPONENTS[component](attrs)) handles.add(h);
  }
  return [...handles].sort();
}

/** Whether a page handle (possibly "service:*") shows a fact's handle. */
const shows = (pageHandle, factHandle) =>
  pageHandle === factHandle || (pageHandle.endsWith(':*') && factHandle.startsWith(pageHandle.slice(0, -1)));

/**
 * Loads src/data/time-bound-facts.ts of a project, bundled whole with esbuild (so its TypeScript
 * imports resolve as in the build, and the bundle needs nothing beside it), and returns its exports.
 * @param {string} root project folder
 */
export async function loadFacts(root) {
  const entry = path.join(root, 'src/data/time-bound-facts.ts');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    // CommonJS, loaded with Node's own require: a dynamic import() here would go through the Vite
    // module runner that loaded astro.config.mjs, which may already be closed when the hook runs.
    format: 'cjs',
    logLevel: 'silent',
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spo-facts-'));
  const file = path.join(dir, 'facts.cjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return createRequire(import.meta.url)(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every guidance page of a project with its review dates and the handles it shows.
 * @param {string} root
 * @param {readonly string[]} siteWide handles every page shows (help strip, search panel)
 */
export function readPages(root, siteWide = []) {
  const dir = path.join(root, 'src/content/guidance');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const source = readFileSync(path.join(dir, f), 'utf8');
      const frontmatter = source.match(/^---\n([\s\S]*?)\n---\n/)?.[1] ?? '';
      const file = `src/content/guidance/${f}`;
      const lastReviewed = frontmatterDate(frontmatter, 'lastReviewed');
      if (!lastReviewed) throw new Error(`${file}: no lastReviewed date (src/integrations/fact-dates.mjs needs it)`);
      return {
        file,
        page: `/${f.replace(/\.mdx$/, '')}/`,
        lastReviewed,
        reviewDue: frontmatterDate(frontmatter, 'reviewDue'),
        handles: [...new Set([...siteWide, ...handlesOfPage(source, file)])].sort(),
      };
    });
}

/**
 * Which facts each page shows, and the stale ones: a page reviewed after a fact's `until`.
 * @param {readonly {id: string, asAt: string, until?: string, shownBy: readonly string[]}[]} facts
 * @param {ReturnType<typeof readPages>} pages
 */
export function factsOnPages(facts, pages) {
  const shown = pages.map((p) => ({ ...p, facts: facts.filter((f) => f.shownBy.some((h) => p.handles.some((ph) => shows(ph, h)))) }));
  const stale = shown.flatMap((p) =>
    p.facts
      .filter((f) => f.until !== undefined && p.lastReviewed > f.until)
      .map(
        (f) =>
          `fact "${f.id}" (as at ${f.asAt}, until ${f.until}) is shown on ${p.page} (${p.file}), which was reviewed on ${p.lastReviewed}, after the fact's until date ${f.until}. Re-check the fact and update src/data, or reword the page.`,
      ),
  );
  return { pages: shown, stale };
}

/**
 * The whole check for a project: throws, listing every stale fact with its page and both dates.
 * @param {string} root
 */
export async function checkFactDates(root) {
  const { timeBoundFacts, siteWideHandles = [] } = await loadFacts(root);
  const { pages, stale } = factsOnPages(timeBoundFacts, readPages(root, siteWideHandles));
  if (stale.length > 0) throw new Error(`Stale facts: ${stale.length} page(s) show a fact that ended before they were reviewed:\n- ${stale.join('\n- ')}`);
  return { facts: timeBoundFacts, pages };
}

/** @returns {import('astro').AstroIntegration} */
export default function factDatesIntegration() {
  let root = process.cwd();
  return {
    name: 'spo-fact-dates',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const { facts, pages } = await checkFactDates(root);
        logger.info(`${facts.length} time-bound facts checked against ${pages.length} pages: none shown after it ended.`);
      },
    },
  };
}
