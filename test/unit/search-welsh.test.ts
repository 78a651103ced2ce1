/**
 * Search in Welsh (issue 29, point 7): the reviewed Welsh files in src/content/translations/cy/search/
 * parse with the English files' schemas, and every must / must-not phrase of the Welsh danger and crisis
 * files goes through the real code with the Welsh runtime data (the file Welsh pages fetch), both the
 * rules alone and the whole pipeline. Welsh pages read English cries for help too (the runtime file adds
 * English's rules after Welsh's: people switch language in a hurry). The files being up to date with the
 * reviewed ones is tested with English's, in search-spelling.test.ts.
 */
import { describe, expect, it } from 'vitest';
import welshRuntime from '../../src/content/translations/cy/search-runtime.json';
import synonymsFile from '../../src/content/translations/cy/search/synonyms.json';
import intentsFile from '../../src/content/translations/cy/search/intents.json';
import dangerFile from '../../src/content/translations/cy/search/danger.json';
import crisisFile from '../../src/content/translations/cy/search/crisis.json';
import everydayFile from '../../src/content/translations/cy/search/everyday-words.json';
import englishDanger from '../../src/data/search-danger.json';
import englishCrisis from '../../src/data/search-crisis.json';
import { crisisFileSchema, dangerFileSchema, intentsFileSchema, parseSearchFile } from '../../src/lib/search/data-schemas';
import { synonymsFileSchema } from '../../src/lib/search/synonyms';
import { readsAsDanger } from '../../src/lib/search/danger';
import { matchIntents } from '../../src/lib/search/intents';
import { contentWords, normaliseQuery } from '../../src/lib/search/normalise';
import { inSiteWords } from '../../src/lib/search/everyday';
import { search, searchDataOf, type SearchRuntime } from '../../src/lib/search/pipeline';
import { getService } from '../../src/data/support-services';
import { cy } from '../../src/i18n/cy';
import { matchSynonyms } from '../../src/lib/search/expand';
import { fakePagefind } from './search-fake-pagefind';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vocabulary, vocabularyTexts } from '../../scripts/search-vocabulary.mjs';

const dir = 'src/content/translations/cy/search';
// The Welsh file has the English file's shape; its inferred JSON type differs only in which lists it leaves out when empty.
const welsh = searchDataOf(welshRuntime as unknown as SearchRuntime);

/** A small Welsh site for the pipeline: the pages the danger and crisis answers name, and one more. */
const pages = [
  { url: '/getting-help/', title: 'Cael help', sections: [{ id: 'argyfwng', heading: 'Argyfwng', text: 'Ffoniwch 999 os ydych mewn perygl. Cael help gan linell gymorth.' }] },
  { url: '/what-is-stalking/', title: 'Beth yw stelcio', intro: 'Mae stelcio yn drosedd. Negeseuon, dilyn a gwylio.' },
];

describe('the Welsh search files', () => {
  it('parse with the English files’ schemas, and a mistake names the Welsh file and the field', () => {
    expect(() => parseSearchFile(`${dir}/synonyms.json`, synonymsFileSchema, synonymsFile)).not.toThrow();
    expect(() => parseSearchFile(`${dir}/intents.json`, intentsFileSchema, intentsFile)).not.toThrow();
    expect(() => parseSearchFile(`${dir}/danger.json`, dangerFileSchema, dangerFile)).not.toThrow();
    expect(() => parseSearchFile(`${dir}/crisis.json`, crisisFileSchema, crisisFile)).not.toThrow();
    const broken = structuredClone(dangerFile);
    broken.rules[0]!.phrases.push('Mae o TU ALLAN');
    expect(() => parseSearchFile(`${dir}/danger.json`, dangerFileSchema, broken)).toThrow(
      `${dir}/danger.json is not valid:\n  rules[0].phrases[${broken.rules[0]!.phrases.length - 1}]: phrase "Mae o TU ALLAN" must be written normalised, as "mae o tu allan"`,
    );
  });

  it('name pages by their English address (rewritten to the Welsh page at build), and the crisis service is Samaritans', () => {
    const pagesNamed = [...intentsFile.intents.map((i) => i.page), dangerFile.answer.page, crisisFile.answer.page];
    expect(pagesNamed.filter((p) => p.startsWith('/cy/'))).toEqual([]);
    expect(getService(crisisFile.service as Parameters<typeof getService>[0]).situations).toContain('crisis');
  });

  it('have everyday words written normalised, none mapped to itself, and the mutated forms the brief lists', () => {
    const entries = Object.entries(everydayFile.words);
    expect(entries.filter(([k, v]) => k !== normaliseQuery(k) || v !== normaliseQuery(v) || k === v)).toEqual([]);
    expect(inSiteWords('mae o’n fy nilyn i', everydayFile.words)).toBe('mae on fy dilyn i');
    expect(inSiteWords('mae gen i ngorchymyn', everydayFile.words)).toBe('mae gen i gorchymyn');
    expect(inSiteWords('plismon', everydayFile.words)).toBe('heddlu');
    expect(welsh.everyday).toEqual(everydayFile.words);
  });

  it('hold the terms file’s names for the order and for stalking as synonyms of the preferred terms', () => {
    const phrases = synonymsFile.entries.flatMap((e) => e.phrases);
    for (const variant of ['Gorchymyn Gwarchod Stelcio', 'Gorchymyn Amddiffyn rhag Stelcian', 'gorchymyn gwrth-stelcian', 'gorchymyn dros dro', 'stelcian', 'achos o dorri gorchymyn']) {
      expect(phrases, variant).toContain(normaliseQuery(variant));
    }
  });
});

describe('the Welsh spelling vocabulary', () => {
  it('is made from the Welsh pages and the Welsh synonyms, never English’s (a folder with no Welsh page yet gives the synonyms’ words)', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'spo-cy-vocabulary-'));
    try {
      const cy = path.join(base, 'src/content/translations/cy');
      mkdirSync(path.join(cy, 'search'), { recursive: true });
      writeFileSync(path.join(cy, 'search/synonyms.json'), JSON.stringify({ entries: [{ searchFor: ['gorchmynion interim'] }] }));
      expect(vocabulary(vocabularyTexts(`${base}/`, 'cy'))).toEqual(['gorchmynion', 'interim']);
      mkdirSync(path.join(cy, 'guidance'));
      writeFileSync(path.join(cy, 'guidance/beth-yw-stelcio.mdx'), '---\ntitle: Beth yw stelcio\n---\nMae stelcio yn drosedd. <Trans>stelcio</Trans>\n');
      expect(vocabulary(vocabularyTexts(`${base}/`, 'cy'))).toEqual(['stelcio', 'drosedd', 'gorchmynion', 'interim', 'title']);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('Welsh small words', () => {
  it('are left out of the words that carry meaning, as English’s are', () => {
    expect(contentWords('dw i wedi mynd at yr heddlu a does dim byd wedi digwydd')).toEqual(['mynd', 'heddlu', 'dim', 'byd', 'digwydd']);
    expect(contentWords("Beth sy'n digwydd os bydd o'n torri'r gorchymyn?")).toEqual(['digwydd', 'torrir', 'gorchymyn']);
    expect(contentWords('sut ydw i’n gwybod pwy ydy o')).toEqual(['gwybod']);
    expect(contentWords('mae e’n dal i ddod yma')).toEqual(['dal', 'ddod', 'yma']);
  });

  it('leave English words a query needs', () => {
    expect(contentWords('stalking law in NI')).toEqual(['stalking', 'law', 'ni']);
    expect(contentWords('he smashed a pan')).toEqual(['smashed', 'pan']);
  });
});

describe('the Welsh search hint', () => {
  it('gives examples the reviewed Welsh data knows (its pages are checked in test/browser/search-quality-cy.test.ts)', () => {
    const examples = [...cy['search.hint'].matchAll(/“([^”]+)”/g)].map(([, example]) => example!);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const reworded = inSiteWords(example, welsh.everyday ?? {}) ?? example;
      expect([example, matchSynonyms(reworded, welsh.synonyms).length + matchIntents(reworded, welsh.intents).length > 0]).toEqual([example, true]);
    }
  });
});

describe('Welsh intents: questions that lead to a page', () => {
  it.each([
    ['dydy’r heddlu ddim yn gwneud dim', '/if-the-police-say-no/'],
    ['mae’r heddlu yn dweud ei fod yn fater sifil', '/if-the-police-say-no/'],
    ['dw i ddim yn gwybod pwy sy’n gwneud hyn', '/if-you-dont-know-who-is-stalking-you/'],
    ['beth yw torri’r gorchymyn', '/if-the-order-is-broken/'],
    ['mae o’n dal i anfon negeseuon er bod gorchymyn', '/if-the-order-is-broken/'],
    ['pa mor hir mae gorchymyn yn para', '/how-long-an-order-lasts/'],
    ['pa mor hir mae gorchymyn dros dro yn para', '/interim-stalking-protection-orders/'],
    ['dw i’n byw yn yr Alban', '/scotland-and-northern-ireland/'],
    ['pa heddlu sy’n gyfrifol am Heddlu Gogledd Cymru', '/your-local-police-force/'],
  ])('"%s" → %s first', (query, page) => {
    expect(matchIntents(query, welsh.intents)[0]?.page).toBe(page);
  });

  it('breaking in and cutting oneself are not breaking the order', () => {
    expect(matchIntents('mae o wedi torri i mewn', welsh.intents).map((i) => i.page)).not.toContain('/if-the-order-is-broken/');
    expect(matchIntents('dw i wedi bod yn torri fy hun', welsh.intents).map((i) => i.page)).not.toContain('/if-the-order-is-broken/');
  });
});

describe.each([
  ['danger', dangerFile, welsh.danger, englishDanger],
  ['crisis', crisisFile, welsh.crisis, englishCrisis],
] as const)('the Welsh %s rules', (kind, file, rules, english) => {
  it('are all in the runtime file Welsh pages fetch, English’s after them', () => {
    expect(rules.length).toBe(file.rules.length + english.rules.length);
    expect(rules.slice(0, file.rules.length).map((r) => r.phrases)).toEqual(file.rules.map((r) => r.phrases));
    expect(rules.slice(file.rules.length).map((r) => r.phrases)).toEqual(english.rules.map((r) => r.phrases));
  });

  it.each(file.mustTrigger)(`"%s" reads as ${kind}, by the rules and through the search`, async (query) => {
    expect(readsAsDanger(query, rules)).toBe(true);
    const outcome = await search(fakePagefind(pages), query, undefined, welsh);
    expect(outcome[kind]).toBe(true);
  });

  it.each(file.mustNotTrigger)(`"%s" does not, by the rules or through the search`, async (query) => {
    expect(readsAsDanger(query, rules)).toBe(false);
    const outcome = await search(fakePagefind(pages), query, undefined, welsh);
    expect(outcome[kind]).toBe(false);
  });

  it(`English ${kind} words read as ${kind} on Welsh pages too, and English’s must-not list does not`, () => {
    expect(english.mustTrigger.filter((q) => !readsAsDanger(q, rules))).toEqual([]);
    expect(english.mustNotTrigger.filter((q) => readsAsDanger(q, rules))).toEqual([]);
  });
});

describe('Welsh informational questions show neither panel', () => {
  it.each(['beth yw torri’r gorchymyn', 'pa mor hir mae gorchymyn yn para', 'ydy stelcwyr yn beryglus', 'arwyddion perygl', 'cynllun diogelwch'])('"%s"', (query) => {
    expect([readsAsDanger(query, welsh.danger), readsAsDanger(query, welsh.crisis)]).toEqual([false, false]);
  });

  it('the danger answer is searched for and comes first when the words read as danger', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'mae o tu allan', undefined, welsh);
    expect(pf.calls.map((c) => c.term)).toContain(welsh.dangerAnswer.searchFor);
    expect(outcome.results[0]?.url).toBe('/getting-help/');
  });
});
