// Writes the two files the search code in the browser works from, for each language with search data
// (English; Welsh, issue 29: the same files in src/content/translations/cy/, see `languages` below), made
// from reviewed files:
// - src/data/search-vocabulary.json: the words of the site (the guidance pages' text, titles and
//   headings, the section questions, the synonyms' site terms), at least 5 letters, most frequent
//   first. The search corrects a misspelt word to the nearest of these (src/lib/search/spelling.ts);
//   and, as "common", the ordinary words of src/data/search-common-words.json that the site's words
//   leave out, which it never corrects.
// - src/data/search-runtime.json: the synonyms, intents, danger and crisis rules and everyday words
//   without what only reviewers read (each entry's "why", the must and must-not lists), so the
//   search's script does not carry them (about 2.7 KB gzip of 13.4).
// Run after changing pages, questions or any of those files (in any language):
//   node_modules/.bin/node scripts/search-vocabulary.mjs
// test/unit/search-spelling.test.ts (English) and test/unit/search-welsh.test.ts (Welsh) fail, naming
// this script, when a file is out of date.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stop = new Set('about their there these those which would could should where while after before being other under every'.split(' '));

/** Plain, comparable words (as normaliseQuery makes them). */
const words = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w) && !stop.has(w));

/**
 * Where one language's reviewed search files and pages are, and where its two files go. English's are
 * where they have always been; Welsh's beside its translated pages (src/lib/content-locale.ts reads them
 * as the language's `search-runtime.json` and `search-vocabulary.json`).
 */
export const languages = {
  en: {
    guidance: 'src/content/guidance/',
    questions: 'src/content/section-questions/',
    source: (name) => `src/data/search-${name}.json`,
    vocabularyFile: 'src/data/search-vocabulary.json',
    runtimeFile: 'src/data/search-runtime.json',
  },
  cy: {
    guidance: 'src/content/translations/cy/guidance/',
    questions: 'src/content/translations/cy/section-questions/',
    source: (name) => `src/content/translations/cy/search/${name}.json`,
    vocabularyFile: 'src/content/translations/cy/search-vocabulary.json',
    runtimeFile: 'src/content/translations/cy/search-runtime.json',
    /**
     * Welsh pages also answer to English danger and crisis words: Welsh speakers switch to English, above
     * all in a hurry, and a cry for help must never go unseen for the language it is typed in.
     */
    alsoRulesOf: 'en',
  },
};

/** The .mdx or .json files of a folder, none when the folder does not exist yet (a language with no page translated). */
const filesIn = (folder, ending) => (existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith(ending)).sort() : []);

/** The vocabulary's text from the repository's files, as one list of texts. */
export function vocabularyTexts(base = root, language = 'en') {
  const where = languages[language];
  const texts = [];
  const guidance = `${base}${where.guidance}`;
  for (const name of filesIn(guidance, '.mdx')) {
    // The whole file: its text, and its frontmatter's title, description and summary.
    texts.push(readFileSync(guidance + name, 'utf8').replace(/<[^>]*>|\bimport .*$/gm, ' '));
  }
  const questions = `${base}${where.questions}`;
  for (const name of filesIn(questions, '.json')) {
    const data = JSON.parse(readFileSync(questions + name, 'utf8'));
    texts.push(...(data.page ?? []), ...Object.values(data.sections ?? {}).flat());
  }
  const synonyms = JSON.parse(readFileSync(`${base}${where.source('synonyms')}`, 'utf8'));
  for (const entry of synonyms.entries) texts.push(...entry.searchFor);
  return texts;
}

/** The word list: each word once, most frequent first, then alphabetical. */
export function vocabulary(texts) {
  const counts = new Map();
  for (const w of texts.flatMap(words)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

export const commonWordsFile = 'src/data/search-common-words.json';

/**
 * The common words of a parsed search-common-words.json, checked: each one word written as the
 * search writes words (lower-case letters a to z only), none twice, sorted. Throws naming the file and
 * the field of every problem.
 */
export function checkCommonWords(data, file = commonWordsFile) {
  const list = data?.words;
  if (!Array.isArray(list) || !list.length) throw new Error(`${file}: words must be a list of words`);
  const problems = [];
  list.forEach((word, i) => {
    if (typeof word !== 'string' || !/^[a-z]+$/.test(word)) {
      problems.push(`  words[${i}]: ${JSON.stringify(word)} must be one word in lower-case letters`);
    } else if (list.indexOf(word) < i) problems.push(`  words[${i}]: "${word}" is listed twice`);
    else if (i && list[i - 1] > word) problems.push(`  words[${i}]: "${word}" is out of alphabetical order`);
  });
  if (problems.length) throw new Error(`${file} is not valid:\n${problems.join('\n')}`);
  return list;
}

/** The common words the vocabulary lacks: the search never corrects them (see spelling.ts). */
export function commonWords(siteWords, base = root, language = 'en') {
  const site = new Set(siteWords);
  const file = languages[language].source('common-words');
  return checkCommonWords(JSON.parse(readFileSync(`${base}${file}`, 'utf8')), file).filter((w) => !site.has(w));
}

export const vocabularyFile = languages.en.vocabularyFile;
export const runtimeFile = languages.en.runtimeFile;

/** The reviewed search data without the reviewers' notes: what src/lib/search/pipeline.ts needs. */
export function runtimeData(base = root, language = 'en') {
  const where = languages[language];
  const read = (name) => JSON.parse(readFileSync(`${base}${where.source(name)}`, 'utf8'));
  const synonyms = read('synonyms');
  const intents = read('intents');
  const danger = read('danger');
  const crisis = read('crisis');
  const everyday = read('everyday-words');
  // Another language's rules the search also reads as danger or crisis (see `languages`), after this one's.
  const also = where.alsoRulesOf ? runtimeData(base, where.alsoRulesOf) : undefined;
  const answer = ({ page, searchFor }) => ({ page, searchFor });
  // Empty lists are left out (JSON has no undefined): the search reads a missing list as an empty one.
  const some = (list) => (list?.length ? list : undefined);
  const rule = ({ phrases, alsoOneOf, wholeQuery, except }) => ({ phrases, alsoOneOf: some(alsoOneOf), wholeQuery: some(wholeQuery), except: some(except) });
  return {
    generatedBy: 'scripts/search-vocabulary.mjs',
    synonyms: synonyms.entries.map(({ phrases, searchFor }) => ({ phrases, searchFor })),
    intents: intents.intents.map(({ phrases, alsoOneOf, except, page, searchFor }) => ({ phrases, alsoOneOf, except: some(except), page, searchFor })),
    siteWords: intents.siteWords,
    danger: { answer: answer(danger.answer), rules: [...danger.rules.map(rule), ...(also?.danger.rules ?? [])] },
    crisis: { answer: answer(crisis.answer), rules: [...crisis.rules.map(rule), ...(also?.crisis.rules ?? [])] },
    everyday: everyday.words,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [language, where] of Object.entries(languages)) {
    const list = vocabulary(vocabularyTexts(root, language));
    const common = commonWords(list, root, language);
    writeFileSync(`${root}${where.vocabularyFile}`, `${JSON.stringify({ generatedBy: 'scripts/search-vocabulary.mjs', words: list, common })}\n`);
    console.log(`${where.vocabularyFile}: ${list.length} words, ${common.length} common words never corrected`);
    writeFileSync(`${root}${where.runtimeFile}`, `${JSON.stringify(runtimeData(root, language))}\n`);
    console.log(`${where.runtimeFile}: the search data without reviewers' notes`);
  }
}
