// Writes the two files the search code in the browser works from, made from reviewed files:
// - src/data/search-vocabulary.json: the words of the site (the guidance pages' text, titles and
//   headings, the section questions, the synonyms' site terms), at least 5 letters, most frequent
//   first. The search corrects a misspelt word to the nearest of these (src/lib/search/spelling.ts);
//   and, as "common", the ordinary words of src/data/search-common-words.json that the site's words
//   leave out, which it never corrects.
// - src/data/search-runtime.json: the synonyms, intents, danger and crisis rules and everyday words
//   without what only reviewers read (each entry's "why", the must and must-not lists), so the
//   search's script does not carry them (about 2.7 KB gzip of 13.4).
// Run after changing pages, questions or any of those files:
//   node_modules/.bin/node scripts/search-vocabulary.mjs
// test/unit/search-spelling.test.ts fails, naming this script, when either file is out of date.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

/** The vocabulary's text from the repository's files, as one list of texts. */
export function vocabularyTexts(base = root) {
  const texts = [];
  const guidance = `${base}src/content/guidance/`;
  for (const name of readdirSync(guidance).filter((n) => n.endsWith('.mdx'))) {
    // The whole file: its text, and its frontmatter's title, description and summary.
    texts.push(readFileSync(guidance + name, 'utf8').replace(/<[^>]*>|\bimport .*$/gm, ' '));
  }
  const questions = `${base}src/content/section-questions/`;
  for (const name of readdirSync(questions).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(questions + name, 'utf8'));
    texts.push(...(data.page ?? []), ...Object.values(data.sections ?? {}).flat());
  }
  const synonyms = JSON.parse(readFileSync(`${base}src/data/search-synonyms.json`, 'utf8'));
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
export function checkCommonWords(data) {
  const list = data?.words;
  if (!Array.isArray(list) || !list.length) throw new Error(`${commonWordsFile}: words must be a list of words`);
  const problems = [];
  list.forEach((word, i) => {
    if (typeof word !== 'string' || !/^[a-z]+$/.test(word)) {
      problems.push(`  words[${i}]: ${JSON.stringify(word)} must be one word in lower-case letters`);
    } else if (list.indexOf(word) < i) problems.push(`  words[${i}]: "${word}" is listed twice`);
    else if (i && list[i - 1] > word) problems.push(`  words[${i}]: "${word}" is out of alphabetical order`);
  });
  if (problems.length) throw new Error(`${commonWordsFile} is not valid:\n${problems.join('\n')}`);
  return list;
}

/** The common words the vocabulary lacks: the search never corrects them (see spelling.ts). */
export function commonWords(siteWords, base = root) {
  const site = new Set(siteWords);
  return checkCommonWords(JSON.parse(readFileSync(`${base}${commonWordsFile}`, 'utf8'))).filter((w) => !site.has(w));
}

export const vocabularyFile = 'src/data/search-vocabulary.json';
export const runtimeFile = 'src/data/search-runtime.json';

/** The reviewed search data without the reviewers' notes: what src/lib/search/pipeline.ts needs. */
export function runtimeData(base = root) {
  const read = (name) => JSON.parse(readFileSync(`${base}src/data/${name}`, 'utf8'));
  const synonyms = read('search-synonyms.json');
  const intents = read('search-intents.json');
  const danger = read('search-danger.json');
  const crisis = read('search-crisis.json');
  const everyday = read('search-everyday-words.json');
  const answer = ({ page, searchFor }) => ({ page, searchFor });
  // Empty lists are left out (JSON has no undefined): the search reads a missing list as an empty one.
  const some = (list) => (list?.length ? list : undefined);
  const rule = ({ phrases, alsoOneOf, wholeQuery, except }) => ({ phrases, alsoOneOf: some(alsoOneOf), wholeQuery: some(wholeQuery), except: some(except) });
  return {
    generatedBy: 'scripts/search-vocabulary.mjs',
    synonyms: synonyms.entries.map(({ phrases, searchFor }) => ({ phrases, searchFor })),
    intents: intents.intents.map(({ phrases, alsoOneOf, except, page, searchFor }) => ({ phrases, alsoOneOf, except: some(except), page, searchFor })),
    siteWords: intents.siteWords,
    danger: { answer: answer(danger.answer), rules: danger.rules.map(rule) },
    crisis: { answer: answer(crisis.answer), rules: crisis.rules.map(rule) },
    everyday: everyday.words,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const list = vocabulary(vocabularyTexts());
  const common = commonWords(list);
  writeFileSync(`${root}${vocabularyFile}`, `${JSON.stringify({ generatedBy: 'scripts/search-vocabulary.mjs', words: list, common })}\n`);
  console.log(`${vocabularyFile}: ${list.length} words, ${common.length} common words never corrected`);
  writeFileSync(`${root}${runtimeFile}`, `${JSON.stringify(runtimeData())}\n`);
  console.log(`${runtimeFile}: the search data without reviewers' notes`);
}
