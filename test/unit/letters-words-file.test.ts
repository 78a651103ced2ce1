/**
 * The letter builder's words as the builder in the guide's result fetches them
 * (src/lib/letters/words-file.ts): from the versioned address the guide's page gives
 * (src/lib/letters/words-version.ts), checked against their schema (src/schemas/letters-words.ts),
 * refused with the file and the field named when they have the wrong shape.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { islandWords } from '../../src/i18n/islands';
import { letterContent, letterContentHref, letterWords, letterWordsHref, letterWordsVersionHere } from '../../src/lib/letters/words-file';
import { letterContentText, letterFilesText, letterWordsText, letterWordsVersion } from '../../src/lib/letters/words-version';
import { loadLettersContent } from '../../src/lib/letters/content';
import rawLetters from '../../src/content/letters/letters.json';
import { letterWordKeys } from '../../src/schemas/letters-words';
import { victimsRightsFigures } from '../../src/data/victims-rights';

const words = islandWords('letters', 'en-GB');
const serving = (value: unknown, asked: string[] = []) => async (url: string) => {
  asked.push(url);
  return new Response(typeof value === 'string' ? value : JSON.stringify(value));
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the letter builder’s fetched words', () => {
  it('the schema’s keys are the table’s letters. keys, in its order', () => {
    expect([...letterWordKeys]).toEqual(Object.keys(words));
  });

  it('are fetched from beside the builder’s page in the page’s locale, with the build’s version (none where nothing is built)', () => {
    // The build writes the version in (astro.config.mjs, __SPO_LETTER_WORDS_VERSION__; a browser test checks it).
    expect(letterWordsVersionHere).toBe('');
    expect(letterWordsHref('/make-a-letter/')).toBe('/make-a-letter/words.json');
    expect(letterWordsHref('/en-xa/make-a-letter/', 'abc123')).toBe('/en-xa/make-a-letter/words.json?v=abc123');
  });

  it('are fetched with the browser’s fetch by default, and arrive unchanged', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', serving(words, asked));
    expect(await letterWords('/make-a-letter/words.json?v=abc')).toEqual(words);
    expect(asked).toEqual(['/make-a-letter/words.json?v=abc']);
  });

  it('are refused with the file and the first wrong field named when they have the wrong shape', async () => {
    const without = { ...words } as Record<string, string>;
    delete without['letters.make'];
    await expect(letterWords('/w.json?v=1', serving(without))).rejects.toThrow(new Error("The letter builder's words (/w.json?v=1) do not match their schema: letters.make: Invalid input: expected string, received undefined"));
    await expect(letterWords('/w.json?v=1', serving({ ...words, 'letters.make': '' }))).rejects.toThrow(/^The letter builder's words \(\/w\.json\?v=1\) do not match their schema: letters\.make: /);
    await expect(letterWords('/w.json', serving({ ...words, 'letters.extra': 'x' }))).rejects.toThrow(/do not match their schema: Unrecognized key: "letters\.extra"/);
    await expect(letterWords('/w.json', serving([]))).rejects.toThrow(/do not match their schema: Invalid input: expected object, received array$/);
    await expect(letterWords('/w.json', serving('not json'))).rejects.toThrow();
  });

  it('say which file could not be loaded', async () => {
    await expect(letterWords('/make-a-letter/words.json', async () => new Response('gone', { status: 404 }))).rejects.toThrow(
      new Error("The letter builder's words (/make-a-letter/words.json) could not be loaded: 404"),
    );
  });
});

describe('the letters’ own words, fetched by the builder in the guide', () => {
  const content = loadLettersContent(rawLetters);

  it('are the page’s content in its language, validated, with the record’s numbers written in', () => {
    expect(letterContentText('en-GB')).toBe(JSON.stringify(content));
    // The pseudo-locale shows English content.
    expect(letterContentText('en-XA')).toBe(letterContentText('en-GB'));
    expect(letterContentText('en-GB')).not.toMatch(/\{phone:|\{figure:/);
    // A real language has its own (Welsh: src/content/translations/cy/letters.json), numbers written in; a missing file stops the build (test/unit/content-locale.test.ts).
    const welsh = JSON.parse(letterContentText('cy')) as typeof content;
    expect(welsh.fields.yourName.label).toBe('Eich enw');
    expect(letterContentText('cy')).toContain(`cyn pen ${victimsRightsFigures.reviewRequestMonths} mis`);
    expect(letterContentText('cy')).not.toMatch(/\{phone:|\{figure:/);
  });

  it('are fetched from beside the words file, with the same version, and checked against the letters’ schema', async () => {
    expect(letterContentHref('/make-a-letter/')).toBe('/make-a-letter/letters.json');
    expect(letterContentHref('/en-xa/make-a-letter/', 'abc123')).toBe('/en-xa/make-a-letter/letters.json?v=abc123');
    const asked: string[] = [];
    expect(await letterContent('/make-a-letter/letters.json?v=1', serving(content, asked))).toEqual(content);
    expect(asked).toEqual(['/make-a-letter/letters.json?v=1']);
    await expect(letterContent('/l.json?v=1', serving({ ...content, letters: [] }))).rejects.toThrow(/^The letter builder's letters \(\/l\.json\?v=1\) do not match their schema: letters: /);
    await expect(letterContent('/l.json', async () => new Response('gone', { status: 404 }))).rejects.toThrow(new Error("The letter builder's letters (/l.json) could not be loaded: 404"));
  });
});

describe('the words files’ version', () => {
  it('is the first 12 hex digits of the SHA-256 of every published locale’s text, and changes with any word of any of them', () => {
    expect(letterWordsText('en-GB')).toBe(JSON.stringify(words));
    expect(JSON.parse(letterWordsText('en-XA'))['letters.make']).toMatch(/^⟦.+⟧$/);
    const version = letterWordsVersion(['en-GB']);
    // One published locale: the hash of that locale's two files, as the site serves them.
    expect(letterFilesText('en-GB')).toBe(`${letterWordsText('en-GB')}\n${letterContentText('en-GB')}`);
    expect(version).toBe(createHash('sha256').update(letterFilesText('en-GB')).digest('hex').slice(0, 12));
    expect(letterWordsVersion(['en-GB', 'en-XA'])).toBe(createHash('sha256').update(`${letterFilesText('en-GB')}\n${letterFilesText('en-XA')}`).digest('hex').slice(0, 12));
    expect(letterWordsVersion(['en-GB'], () => 'abc')).toBe('ba7816bf8f01');
    expect(letterWordsVersion(['en-GB', 'en-XA'])).not.toBe(version);
    expect(letterWordsVersion(['en-GB'], () => letterWordsText('en-GB', { ...words, 'letters.make': 'Make it' }))).not.toBe(version);
  });
});

describe('the check of fetched words (src/lib/letters/shape-check.ts)', () => {
  it('names a nested wrong field by its dotted path, and passes the value of the right shape through', async () => {
    const { z } = await import('astro/zod');
    const { checkShape } = await import('../../src/lib/letters/shape-check');
    const schema = z.object({ a: z.object({ b: z.array(z.string()) }) }).strict();
    expect(checkShape(schema, { a: { b: ['x'] } })).toEqual({ ok: true, value: { a: { b: ['x'] } } });
    expect(checkShape(schema, { a: { b: ['x', 2] } })).toEqual({ ok: false, problem: 'a.b.1: Invalid input: expected string, received number' });
    expect(checkShape(schema, { a: { b: [] }, c: 1 })).toEqual({ ok: false, problem: 'Unrecognized key: "c"' });
  });

  it('sets zod to run without compiling code (the site’s Trusted Types policy refuses new Function)', async () => {
    const { z } = await import('astro/zod');
    const { withoutEval } = await import('../../src/lib/letters/shape-check');
    expect(z.config().jitless).toBe(true);
    z.config({ jitless: false });
    withoutEval();
    expect(z.config().jitless).toBe(true);
  });
});
