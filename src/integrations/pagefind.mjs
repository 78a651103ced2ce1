// Builds the Pagefind search index over the finished site, as the last step of `astro build`,
// so `dist/pagefind/` always matches the pages beside it.
//
// Each page's section questions (src/content/section-questions/<slug>.json, see
// src/lib/search/section-questions.ts) are checked against the built pages (a wrong page or section
// id stops the build, naming the file and key) and put into the HTML Pagefind reads, after the
// section's heading, weighted; the built pages are not changed. Pages without an indexed body (the
// step-by-step guide, home, the A to Z, contents, sources, search) are added as records of their
// title, description and questions, so they are found by the words people use for them.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkQuestionFiles, questionsMark, sectionIdsOf, withQuestions } from '../lib/search/section-questions.ts';
import { readQuestionFiles, recordPages } from './section-questions-files.mjs';
import { htmlFiles } from './html-files.mjs';
import { alternatesOf, defaultLocale, englishContentLocales, localeOfPath, localeSegments } from '../i18n/routing.ts';


/** A page's slug from its file: "a/index.html" -> "a", "index.html" -> "". */
const slugOf = (file) => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'/index.html'.length) : undefined);

/**
 * The slug of the English page a built page is the same page as ("en-xa/a" -> "a"): section questions
 * and the pages indexed by their title are keyed by it (src/i18n/routing.ts knows each page's addresses).
 */
const englishSlugOf = (slug) => {
  const english = alternatesOf(`/${slug ? `${slug}/` : ''}`).find((a) => a.locale === defaultLocale)?.href ?? `/${slug}/`;
  return english.replace(/^\/|\/$/g, '');
};

/**
 * The English section questions of the page at `slug`, where the page shows the English page's own words: the
 * English page itself, and the pseudo-locale's copy of it. A translation has its own headings (and ids), so
 * English questions never go into another language's index.
 */
const questionsOf = (questionsFor, slug) => {
  const locale = localeOfPath(`/${slug ? `${slug}/` : ''}`);
  const english = englishSlugOf(slug);
  const own = slug.split('/').slice(localeSegments[locale] ? 1 : 0).join('/');
  const showsEnglish = locale === defaultLocale || (englishContentLocales.includes(locale) && own === english);
  return showsEnglish ? questionsFor.get(english) : undefined;
};

const text = (html) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();

/** Pagefind's ready-made interfaces and highlighter, which the site does not load. */
export const unusedPagefindFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Each other language's home page, in the English index, by the name the English pages' language link
 * gives it ("Cymraeg"), its title and description: Pagefind keeps one index per language, so without this
 * someone who types "cymraeg" into the English search would never find the site in Welsh (issue 29).
 * Not the pseudo-locale (English content). A home page still showing English content (a translator's
 * preview build before the home is translated) is indexed by the language's name alone, so it does not
 * answer English words. Returns how many records it added.
 */
export async function addLanguageHomes(index, html) {
  const home = html.get('index.html');
  if (!home) return 0;
  const language = (/<html[^>]*\slang="([^"]+)"/.exec(home)?.[1] ?? 'en').toLowerCase();
  const englishTitle = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(home)?.[1] ?? '');
  const done = new Set();
  for (const [, tag, name] of home.matchAll(/<a\b([^>]*\shreflang="[^"]+"[^>]*)>([^<]+)<\/a>/g)) {
    const hreflang = /\shreflang="([^"]+)"/.exec(tag)?.[1];
    const url = /\shref="(\/[a-z0-9-]+\/)"/.exec(tag)?.[1];
    if (!hreflang || !url || done.has(url) || englishContentLocales.includes(hreflang)) continue;
    done.add(url);
    const page = html.get(`${url.slice(1)}index.html`);
    if (!page) throw new Error(`Search: the language link to ${url} on the home page names a page that was not built`);
    const title = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)?.[1] ?? '');
    const description = text(/<meta name="description" content="([^"]*)"/.exec(page)?.[1] ?? '');
    const own = title && title !== englishTitle;
    const content = [`${text(name)}.`, own ? `${title}. ${description}` : ''].filter(Boolean).join(' ');
    const record = await index.addCustomRecord({ url, content, language, meta: { title: own ? `${text(name)}: ${title}` : text(name) } });
    if (record.errors.length) throw new Error(`Pagefind indexing failed for ${url}: ${record.errors.join('; ')}`);
  }
  return done.size;
}

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIntegration() {
  return {
    name: 'spo-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // Every built page (not Pagefind's own folder), as paths relative to the site.
        const files = [];
        for await (const full of htmlFiles(site)) {
          const rel = path.relative(site, full);
          if (!rel.startsWith(`pagefind${path.sep}`)) files.push(rel);
        }
        const html = new Map(files.map((f) => [f, readFileSync(path.join(site, f), 'utf8')]));
        const pages = new Map();
        for (const [file, content] of html) {
          const slug = slugOf(file.split(path.sep).join('/'));
          if (slug !== undefined) pages.set(slug, { sectionIds: sectionIdsOf(content), indexed: content.includes('data-pagefind-body'), file });
        }
        const questionFiles = readQuestionFiles();
        const problems = checkQuestionFiles(questionFiles, pages).map((p) => p.message);
        for (const { file, slug, data } of questionFiles) {
          if (data?.sections && !pages.get(slug)?.indexed) problems.push(`${file}: sections: /${slug}/ has no indexed body; give it "page" questions only`);
        }
        if (problems.length) throw new Error(`Section questions:\n${problems.join('\n')}`);
        const questionsFor = new Map(questionFiles.map((q) => [q.slug, q.data]));

        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let count = 0;
        for (const [file, content] of html) {
          const slug = slugOf(file.split(path.sep).join('/'));
          const questions = slug === undefined ? undefined : questionsOf(questionsFor, slug);
          if (!content.includes('data-pagefind-body')) continue;
          const added = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content: questions ? withQuestions(content, questions) : content });
          if (added.errors.length) throw new Error(`Pagefind indexing failed for ${file}: ${added.errors.join('; ')}`);
          count += 1;
        }
        // Each page indexed by its title, in every language the build has it in.
        const records = [...pages.keys()].flatMap((slug) => {
          const topic = recordPages[englishSlugOf(slug)];
          return topic ? [[slug, topic]] : [];
        });
        const missing = Object.keys(recordPages).filter((slug) => !pages.has(slug));
        if (missing.length) throw new Error(`Search: the page /${missing[0]}/ to index by its title and questions was not built`);
        for (const [slug, topic] of records) {
          const page = pages.get(slug);
          if (!page) throw new Error(`Search: the page /${slug}/ to index by its title and questions was not built`);
          const content = html.get(page.file);
          const title = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(content)?.[1] ?? '');
          const description = /<meta name="description" content="([^"]*)"/.exec(content)?.[1] ?? '';
          const questions = questionsOf(questionsFor, slug)?.page ?? [];
          if (!title) throw new Error(`Search: /${slug}/ has no H1 to index it by`);
          const body = [`${title}.`, questions.length ? `${questionsMark} ${questions.join('. ')} ${questionsMark}` : '', text(description)].filter(Boolean).join(' ');
          // The page's own language: Pagefind keeps one index per language and loads the page's.
          // Lower case, as Pagefind names the index it makes from the HTML pages' lang ("en-gb").
          const language = (/<html[^>]*\slang="([^"]+)"/.exec(content)?.[1] ?? 'en').toLowerCase();
          const added = await index.addCustomRecord({ url: `/${slug ? `${slug}/` : ''}`, content: body, language, meta: { title }, filters: { topic: [topic] } });
          if (added.errors.length) throw new Error(`Pagefind indexing failed for /${slug}/: ${added.errors.join('; ')}`);
          count += 1;
        }
        count += await addLanguageHomes(index, html);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        // Ship only what is used: the site has its own search interface on Pagefind's JS API
        // (src/scripts/search-ui.ts), so Pagefind's ready-made interfaces (about 434 KB, which
        // write HTML with innerHTML) are removed. test/build/pagefind-files.test.ts lists the folder.
        for (const file of unusedPagefindFiles) rmSync(path.join(site, 'pagefind', file), { force: true });
        logger.info(`Search index: ${count} pages indexed into pagefind/ (${questionFiles.length} with section questions)`);
        await pagefind.close();
      },
    },
  };
}
