/**
 * The letter builder's words as the builder in the guide's result fetches them
 * (src/lib/letters/words-file.ts): from the versioned address the guide's page gives
 * (src/lib/letters/words-version.ts), checked against their schema (src/schemas/letters-words.ts),
 * refused with the file and the field named when they have the wrong shape.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { islandWords } from '../../src/i18n/islands';
import { LETTER_WORDS_PATH, letterWords, letterWordsHref } from '../../src/lib/letters/words-file';
import { letterWordsText, versionedLetterWordsHref } from '../../src/lib/letters/words-version';
import { letterWordKeys } from '../../src/schemas/letters-words';

const words = islandWords('letters');
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

  it('are fetched from the build’s versioned address (the bare path where nothing is built), with the browser’s fetch by default, and arrive unchanged', async () => {
    // The build writes the versioned address in (astro.config.mjs, __SPO_LETTER_WORDS_HREF__; a browser test checks it).
    expect(letterWordsHref).toBe(LETTER_WORDS_PATH);
    expect(LETTER_WORDS_PATH).toBe('/make-a-letter/words.json');
    const asked: string[] = [];
    vi.stubGlobal('fetch', serving(words, asked));
    expect(await letterWords()).toEqual(words);
    expect(await letterWords(undefined, '/make-a-letter/words.json?v=abc')).toEqual(words);
    expect(asked).toEqual(['/make-a-letter/words.json', '/make-a-letter/words.json?v=abc']);
  });

  it('are refused with the file and the first wrong field named when they have the wrong shape', async () => {
    const without = { ...words } as Record<string, string>;
    delete without['letters.make'];
    await expect(letterWords(serving(without), '/w.json?v=1')).rejects.toThrow(new Error("The letter builder's words (/w.json?v=1) do not match their schema: letters.make: Invalid input: expected string, received undefined"));
    await expect(letterWords(serving({ ...words, 'letters.make': '' }), '/w.json?v=1')).rejects.toThrow(/^The letter builder's words \(\/w\.json\?v=1\) do not match their schema: letters\.make: /);
    await expect(letterWords(serving({ ...words, 'letters.extra': 'x' }))).rejects.toThrow(/do not match their schema: Unrecognized key: "letters\.extra"/);
    await expect(letterWords(serving([]))).rejects.toThrow(/do not match their schema: Invalid input: expected object, received array$/);
    await expect(letterWords(serving('not json'))).rejects.toThrow();
  });

  it('say which file could not be loaded', async () => {
    await expect(letterWords(async () => new Response('gone', { status: 404 }))).rejects.toThrow(
      new Error("The letter builder's words (/make-a-letter/words.json) could not be loaded: 404"),
    );
  });
});

describe('the words file’s version', () => {
  it('is the first 12 hex digits of the SHA-256 of the file’s text, and changes with any word', () => {
    expect(letterWordsText()).toBe(JSON.stringify(words));
    const href = versionedLetterWordsHref();
    expect(href).toMatch(/^\/make-a-letter\/words\.json\?v=[0-9a-f]{12}$/);
    expect(versionedLetterWordsHref(letterWordsText())).toBe(href);
    expect(versionedLetterWordsHref('abc')).toBe('/make-a-letter/words.json?v=ba7816bf8f01');
    expect(versionedLetterWordsHref(letterWordsText({ ...words, 'letters.make': 'Make it' }))).not.toBe(href);
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
