// `npm run translation-status`: which translations of the guidance pages are missing or older than
// their English source, for every language the site publishes besides English (issue 28, point 6).
// English pages: src/content/guidance/<key>.mdx. A translation: src/content/translations/<locale>/guidance/<slug>.mdx,
// whose frontmatter names the English page's version it was made from (`sourceVersion`, an ISO date).
// The logic is src/lib/translation-status.ts, bundled here with esbuild (as fact-dates.mjs does), so this
// script and the unit tests share it. It lists; it does not fail on a missing or outdated translation.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The frontmatter of an MDX file, parsed. */
function frontmatter(file) {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error(`${path.relative(root, file)}: no frontmatter`);
  return parse(match[1]);
}

const bundled = await build({
  stdin: {
    contents: "export * from './src/lib/translation-status.ts'; export { defaultLocale, productionLocales } from './src/i18n/routing.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  logLevel: 'silent',
});
const { defaultLocale, productionLocales, statusReport, translationStatus, versionOf } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);

const guidanceDir = path.join(root, 'src/content/guidance');
const sources = readdirSync(guidanceDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    try {
      return { key: f.slice(0, -'.mdx'.length), version: versionOf(frontmatter(path.join(guidanceDir, f))) };
    } catch (error) {
      throw new Error(`src/content/guidance/${f}: ${error instanceof Error ? error.message : error}`, { cause: error });
    }
  });

const languages = productionLocales
  .filter((locale) => locale !== defaultLocale)
  .map((locale) => {
    const dir = path.join(root, 'src/content/translations', locale, 'guidance');
    const translations = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.mdx'))
          .map((f) => {
            const data = frontmatter(path.join(dir, f));
            if (typeof data.translationKey !== 'string' || typeof data.sourceVersion !== 'string') {
              throw new Error(`src/content/translations/${locale}/guidance/${f}: translationKey and sourceVersion (an ISO date) are needed`);
            }
            return { key: data.translationKey, sourceVersion: data.sourceVersion };
          })
      : [];
    return { locale, statuses: translationStatus(sources, translations) };
  });

console.log(statusReport(sources.length, languages));
