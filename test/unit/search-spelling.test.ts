import { describe, expect, it } from 'vitest';
import { correctSpelling, editDistance, mayNeedCorrection, minLength, nearestWord, plainForms, twoEditsFrom } from '../../src/lib/search/spelling';
import vocabularyFile from '../../src/data/search-vocabulary.json';
import { knownWords } from '../../src/lib/search/pipeline';
import { siteSearchData } from '../../src/lib/search/site-data';
import { checkCommonWords, commonWords, runtimeData, vocabulary, vocabularyTexts } from '../../scripts/search-vocabulary.mjs';
import runtimeFile from '../../src/data/search-runtime.json';
import synonymsFile from '../../src/data/search-synonyms.json';
import intentsFile from '../../src/data/search-intents.json';
import dangerFile from '../../src/data/search-danger.json';
import crisisFile from '../../src/data/search-crisis.json';
import everydayFile from '../../src/data/search-everyday-words.json';
import welshRuntimeFile from '../../src/content/translations/cy/search-runtime.json';
import welshVocabularyFile from '../../src/content/translations/cy/search-vocabulary.json';
import welshDangerFile from '../../src/content/translations/cy/search/danger.json';

describe('editDistance', () => {
  it('counts insertions, deletions, changes and swaps of neighbours as one edit each', () => {
    expect(editDistance('stalking', 'stalking', 2)).toBe(0);
    expect(editDistance('stalkin', 'stalking', 2)).toBe(1);
    expect(editDistance('stalkingg', 'stalking', 2)).toBe(1);
    expect(editDistance('stelking', 'stalking', 2)).toBe(1);
    expect(editDistance('satlking', 'stalking', 2)).toBe(1);
    expect(editDistance('harrasment', 'harassment', 2)).toBe(2);
    expect(editDistance('ab', 'ba', 2)).toBe(1);
    expect(editDistance('abc', 'cab', 3)).toBe(2);
    expect(editDistance('', 'abc', 3)).toBe(3);
    expect(editDistance('abc', '', 3)).toBe(3);
  });

  it('stops at limit + 1 once the distance must be larger', () => {
    expect(editDistance('a', 'abcd', 2)).toBe(3);
    expect(editDistance('abcd', 'wxyz', 1)).toBe(2);
    expect(editDistance('abcdef', 'abcxyz', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
  });
});

describe('nearestWord', () => {
  const vocab = ['stalking', 'standing', 'injunction', 'protection', 'police', 'polish'];
  it('finds the nearest word starting with the same letter, the first on a tie', () => {
    expect(nearestWord('injuction', vocab)).toBe('injunction');
    expect(nearestWord('protecton', vocab)).toBe('protection');
    expect(nearestWord('polise', vocab)).toBe('police');
    expect(nearestWord('polish', ['polish', 'police'])).toBe('polish');
    expect(nearestWord('tstalking', vocab)).toBeUndefined();
  });

  it('allows one edit below twoEditsFrom letters and two from there', () => {
    expect('stlkng'.length).toBeLessThan(twoEditsFrom);
    expect(nearestWord('stlkin', ['stalkin'])).toBe('stalkin');
    expect(nearestWord('stlkng', ['stalking'])).toBeUndefined();
    expect(nearestWord('stalkinng', ['stalking'])).toBe('stalking');
    expect(nearestWord('stalkinnng', ['stalking'])).toBe('stalking');
    expect(nearestWord('stalkinnnng', ['stalking'])).toBeUndefined();
    expect(nearestWord('stakling', ['stalking', 'stalkers'])).toBe('stalking');
  });
});

describe('correctSpelling', () => {
  const vocab = ['harassment', 'injunction', 'protection', 'stalking', 'order'];
  it('corrects the misspelt words of a query and keeps the rest', () => {
    expect(correctSpelling('Harrasment order', vocab, new Set())).toBe('harassment order');
    expect(correctSpelling('can i get an injuction', vocab, new Set())).toBe('can i get an injunction');
    expect(correctSpelling('stalking protecton', vocab, new Set())).toBe('stalking protection');
  });

  it('returns undefined when nothing changes: known, short, stop, numbered or far words', () => {
    expect(correctSpelling('stalking order', vocab, new Set())).toBeUndefined();
    expect(correctSpelling('injuction', vocab, new Set(['injuction']))).toBeUndefined();
    expect(correctSpelling('ordr', vocab, new Set())).toBeUndefined();
    expect('ordr'.length).toBeLessThan(minLength);
    expect(correctSpelling('stalking1', ['stalking'], new Set())).toBeUndefined();
    expect(correctSpelling('could', ['cloud'], new Set())).toBeUndefined();
    expect(correctSpelling('xylophone', vocab, new Set())).toBeUndefined();
    expect(correctSpelling('', vocab, new Set())).toBeUndefined();
  });

  it('corrects the issue’s examples with the site’s own vocabulary, and leaves the site’s words alone', () => {
    const known = knownWords(siteSearchData);
    const v = vocabularyFile.words;
    // Misspellings are left to the corrector rather than listed as synonym phrases (which it never corrects).
    expect(correctSpelling('harrasment', v, known)).toBe('harassment');
    expect(correctSpelling('harassmnet', v, known)).toBe('harassment');
    expect(correctSpelling('stalkinng', v, known)).toBe('stalking');
    expect(correctSpelling('protecton order', v, known)).toBe('protection order');
    expect(correctSpelling('what is stalking', v, known)).toBeUndefined();
  });
});

describe('plainForms', () => {
  it('gives the words a word may be a form of, by its ending', () => {
    expect(plainForms('liking')).toEqual(['lik', 'like']);
    expect(plainForms('texted')).toEqual(['text', 'texte']);
    expect(plainForms('stopped')).toEqual(['stopp', 'stop', 'stoppe', 'stop']);
    expect(plainForms('stories')).toEqual(['story', 'stori', 'storie']);
    expect(plainForms('replied')).toEqual(['reply', 'repli', 'replie']);
    expect(plainForms('teams')).toEqual(['team']);
    expect(plainForms('constantly')).toEqual(['constant']);
    expect(plainForms('lecturer')).toEqual(['lectur']);
    expect(plainForms('workers')).toEqual(['worker', 'work']);
    expect(plainForms('stalk')).toEqual([]);
  });
});

describe('correctSpelling and ordinary English (the common words)', () => {
  const vocab = ['living', 'snapshot', 'dispute', 'parent', 'photos', 'count'];
  it('never turns a common word, or a form of one, into a site word', () => {
    // Without the common words, the corrector changed them (the development miss it fixes).
    expect(correctSpelling('liking snapchat', vocab, new Set())).toBe('living snapshot');
    expect(correctSpelling('liking all my photos', vocab, new Set(), ['like'])).toBeUndefined();
    expect(correctSpelling('some snapchat account', vocab, new Set(), ['snapchat'])).toBeUndefined();
  });

  it('leaves a form of a site word alone', () => {
    expect(correctSpelling('parents', vocab, new Set())).toBeUndefined();
    expect(correctSpelling('counted', vocab, new Set())).toBeUndefined();
  });

  it('leaves a word as near to a common word as to the nearest site word, and corrects one nearer the site word', () => {
    expect(correctSpelling('dispite the order', vocab, new Set(), ['despite'])).toBeUndefined();
    expect(correctSpelling('dispite the order', vocab, new Set())).toBe('dispute the order');
    expect(correctSpelling('dipsute', vocab, new Set(), ['despite'])).toBe('dispute');
    expect(correctSpelling('livign', vocab, new Set(), ['loving'])).toBe('living');
  });

  it('with the site’s files: everyday words stay, the site’s misspelt key words are still corrected', () => {
    const known = knownWords(siteSearchData);
    const { words, common } = vocabularyFile;
    for (const typed of ['does liking all my old photos count as stalking', 'new snapchat accounts', 'a lad in my class', 'messages on teams', 'made a referral', 'he texted and messaged me']) {
      expect(correctSpelling(typed, words, known, common), typed).toBeUndefined();
    }
    expect(correctSpelling('harassmnet', words, known, common)).toBe('harassment');
    expect(correctSpelling('protecton order', words, known, common)).toBe('protection order');
    expect(correctSpelling('anonymus texts from diffrent numbers', words, known, common)).toBe('anonymous texts from different numbers');
    expect(correctSpelling('my freind', words, known, common)).toBe('my friend');
    expect(correctSpelling('interem spo', words, known, common)).toBe('interim spo');
  });
});

describe('the common words file (src/data/search-common-words.json)', () => {
  it('is checked: one lower-case word each, none twice, in order, naming the file and the field', () => {
    expect(checkCommonWords({ words: ['class', 'like'] })).toEqual(['class', 'like']);
    expect(() => checkCommonWords({ words: [] })).toThrow('src/data/search-common-words.json: words must be a list of words');
    expect(() => checkCommonWords({})).toThrow('words must be a list of words');
    expect(() => checkCommonWords({ words: ['class', 'Like', 'two words', 3] })).toThrow(
      'src/data/search-common-words.json is not valid:\n  words[1]: "Like" must be one word in lower-case letters\n  words[2]: "two words" must be one word in lower-case letters\n  words[3]: 3 must be one word in lower-case letters',
    );
    expect(() => checkCommonWords({ words: ['class', 'like', 'like', 'boss'] })).toThrow(
      'src/data/search-common-words.json is not valid:\n  words[2]: "like" is listed twice\n  words[3]: "boss" is out of alphabetical order',
    );
  });

  it('reaches the vocabulary file without the words the site already has', () => {
    expect(vocabularyFile.common, 'src/data/search-vocabulary.json is out of date: run node_modules/.bin/node scripts/search-vocabulary.mjs').toEqual(commonWords(vocabularyFile.words));
    expect(vocabularyFile.common).toContain('snapchat');
    expect(vocabularyFile.common.filter((w: string) => vocabularyFile.words.includes(w))).toEqual([]);
  });
});

describe('the vocabulary file', () => {
  it('is up to date with the pages, headings, questions and synonyms (run scripts/search-vocabulary.mjs)', () => {
    expect(vocabularyFile.words, 'src/data/search-vocabulary.json is out of date: run node_modules/.bin/node scripts/search-vocabulary.mjs').toEqual(
      vocabulary(vocabularyTexts()),
    );
  });

  it('holds words of at least 5 letters, each once, most frequent first', () => {
    expect(vocabulary(['Order order orders. Stalking, stalking; stalking', 'the a police'])).toEqual(['stalking', 'order', 'orders', 'police']);
    expect(new Set(vocabularyFile.words).size).toBe(vocabularyFile.words.length);
    expect(vocabularyFile.words.every((w: string) => w.length >= 5)).toBe(true);
  });
});

describe('the search data file the browser gets (src/data/search-runtime.json)', () => {
  it('is up to date with the reviewed files (run scripts/search-vocabulary.mjs)', () => {
    expect(runtimeFile, 'src/data/search-runtime.json is out of date: run node_modules/.bin/node scripts/search-vocabulary.mjs').toEqual(runtimeData());
  });

  it('holds every reviewed phrase and rule, and none of the reviewers’ notes', () => {
    const text = JSON.stringify(runtimeFile);
    expect(text).not.toMatch(/"(why|mustTrigger|mustNotTrigger|reviewed)"/);
    expect(runtimeFile.synonyms.map((s) => s.phrases)).toEqual(synonymsFile.entries.map((e) => e.phrases));
    expect(runtimeFile.synonyms.map((s) => s.searchFor)).toEqual(synonymsFile.entries.map((e) => e.searchFor));
    // Empty lists are left out of the browser's copy; the search reads a missing list as empty.
    const some = (list?: readonly string[]) => (list?.length ? list : undefined);
    expect(runtimeFile.intents.map((i) => [i.phrases, 'alsoOneOf' in i ? i.alsoOneOf : undefined, 'except' in i ? i.except : undefined, i.page, i.searchFor])).toEqual(
      intentsFile.intents.map((i) => [i.phrases, 'alsoOneOf' in i ? i.alsoOneOf : undefined, some(i.except), i.page, i.searchFor]),
    );
    expect(JSON.stringify(runtimeFile)).not.toContain('[]');
    expect(runtimeFile.siteWords).toEqual(intentsFile.siteWords);
    for (const [kept, file] of [[runtimeFile.danger, dangerFile], [runtimeFile.crisis, crisisFile]] as const) {
      expect(kept.answer).toEqual({ page: file.answer.page, searchFor: file.answer.searchFor });
      expect(kept.rules.map((r) => JSON.stringify(r))).toEqual(
        file.rules.map(({ phrases, alsoOneOf, wholeQuery, except }) => JSON.stringify({ phrases, alsoOneOf: some(alsoOneOf), wholeQuery: some(wholeQuery), except: some(except) })),
      );
    }
    expect(runtimeFile.everyday).toEqual(everydayFile.words);
    // What the pipeline searches with is that file.
    expect(siteSearchData.intents).toBe(runtimeFile.intents);
    expect(siteSearchData.danger).toBe(runtimeFile.danger.rules);
    expect(siteSearchData.crisisAnswer).toBe(runtimeFile.crisis.answer);
  });
});

describe('the Welsh search files (src/content/translations/cy/search-runtime.json and search-vocabulary.json)', () => {
  const stale = (file: string) => `src/content/translations/cy/${file} is out of date: run node_modules/.bin/node scripts/search-vocabulary.mjs`;

  it('are up to date with the Welsh reviewed files and the Welsh pages', () => {
    expect(welshRuntimeFile, stale('search-runtime.json')).toEqual(runtimeData(undefined, 'cy'));
    expect(welshVocabularyFile.words, stale('search-vocabulary.json')).toEqual(vocabulary(vocabularyTexts(undefined, 'cy')));
    expect(welshVocabularyFile.common, stale('search-vocabulary.json')).toEqual(commonWords(welshVocabularyFile.words, undefined, 'cy'));
  });

  it('are made from the Welsh files, not English’s, and English’s are unchanged by them', () => {
    expect(welshRuntimeFile.danger.rules[0]).toEqual(runtimeData(undefined, 'cy').danger.rules[0]);
    expect(welshRuntimeFile.danger.rules[0]!.phrases).toEqual(welshDangerFile.rules[0]!.phrases);
    expect(welshRuntimeFile.synonyms).not.toEqual(runtimeFile.synonyms);
    expect(vocabularyTexts(undefined, 'cy')).not.toContain('stalking protection order');
    expect(welshVocabularyFile.common).toContain('neithiwr');
    expect(JSON.stringify(welshRuntimeFile)).not.toMatch(/"(why|mustTrigger|mustNotTrigger|reviewed)"/);
    expect(runtimeData()).toEqual(runtimeFile);
  });

  it('name the Welsh common words file when it is wrong', () => {
    expect(() => checkCommonWords({ words: ['Neithiwr'] }, 'src/content/translations/cy/search/common-words.json')).toThrow(
      'src/content/translations/cy/search/common-words.json is not valid:\n  words[0]: "Neithiwr" must be one word in lower-case letters',
    );
  });
});

describe('mayNeedCorrection', () => {
  it('is true only when a word is long enough, not a small word, not known and has no digits', () => {
    expect(mayNeedCorrection('stalkign', new Set())).toBe(true);
    expect(mayNeedCorrection('is it ok now', new Set())).toBe(false);
    expect(mayNeedCorrection('could would', new Set())).toBe(false);
    expect(mayNeedCorrection('stalkign', new Set(['stalkign']))).toBe(false);
    expect(mayNeedCorrection('order12', new Set())).toBe(false);
    expect(mayNeedCorrection('help stalkign', new Set())).toBe(true);
    expect(mayNeedCorrection('', new Set())).toBe(false);
    expect(mayNeedCorrection('wxyzq', new Set())).toBe(true);
    expect(mayNeedCorrection('wxyz', new Set())).toBe(false);
  });
});
