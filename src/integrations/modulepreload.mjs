// <link rel="modulepreload"> for each island's code and everything it imports statically, on every
// built page with an island (the step-by-step guide, the letter builder): the browser then fetches
// the whole module graph at once, as soon as it reads <head>, instead of one round trip per level
// of imports after the island's loader runs (issue 24, point 6: the first question usable on Slow
// 3G within 4 s, bench/slow3g.mjs). Chunks loaded with a dynamic import() (the result's screens,
// the letter builder inside the guide, the schemas that check fetched words) are not preloaded:
// they stay off the page's first load.
// The links go right after the Content-Security-Policy <meta> (see ./csp-first.mjs, which runs
// before this), so the policy governs them. Runs in astro:build:done.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';

/**
 * The specifiers a built module imports or re-exports statically (`import … from "./x.js"`,
 * `import "./x.js"`, `export … from "./x.js"`), in order; never a dynamic `import("./x.js")`.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImportsOf(code) {
  return [...code.matchAll(/(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"'\n]+)["']/g)].map((m) => m[1]);
}

/**
 * Every module the entries load statically, entries first, each once, as site paths. `read`
 * gives a module's code by its site path, or null when the build has no such file (an error:
 * the page would fail to load it too).
 * @param {readonly string[]} entries site paths, e.g. "/_astro/Guide.abc.js"
 * @param {(sitePath: string) => Promise<string | null>} read
 * @returns {Promise<string[]>}
 */
export async function preloadClosure(entries, read) {
  const seen = [];
  const queue = [...entries];
  while (queue.length > 0) {
    const at = queue.shift();
    if (seen.includes(at)) continue;
    const code = await read(at);
    if (code === null) throw new Error(`modulepreload: ${at} is not in the build`);
    seen.push(at);
    for (const spec of staticImportsOf(code)) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
      queue.push(new URL(spec, `https://site.invalid${at}`).pathname);
    }
  }
  return seen;
}

/** The island scripts a page loads: each <astro-island>'s component-url and renderer-url, in order, each once. */
export function islandEntries(html) {
  const found = [];
  for (const island of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of island[0].matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)) if (!found.includes(attr[1])) found.push(attr[1]);
  }
  return found;
}

const CSP_META = /<meta\s+http-equiv=(["']?)content-security-policy\1[^>]*>/i;

/**
 * The page with a modulepreload link for each path right after its Content-Security-Policy
 * <meta>. Throws, naming the page, when it has none (./csp-first.mjs requires exactly one).
 * @param {string} html
 * @param {readonly string[]} hrefs
 * @param {string} [name]
 */
export function withModulePreloads(html, hrefs, name = 'page') {
  if (hrefs.length === 0) return html;
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error(`${name}: no Content-Security-Policy <meta> to put the modulepreload links after`);
  const at = meta.index + meta[0].length;
  const links = hrefs.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}

/** @returns {import('astro').AstroIntegration} */
export default function modulePreloadIntegration() {
  return {
    name: 'spo-modulepreload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = async (sitePath) => readFile(path.join(root, sitePath), 'utf8').catch(() => null);
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const entries = islandEntries(html);
          if (entries.length === 0) continue;
          const hrefs = await preloadClosure(entries, read);
          await writeFile(file, withModulePreloads(html, hrefs, path.relative(root, file)));
          logger.info(`${path.relative(root, file)}: ${hrefs.length} modules preloaded`);
        }
      },
    },
  };
}
