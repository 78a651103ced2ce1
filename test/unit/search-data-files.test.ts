/**
 * The reviewed search data files as the build reads them (src/pages/search.astro): each parses,
 * and a phrase written twice stops the build with one line naming the file and the field, not
 * Zod's dump of every issue.
 */
import { describe, expect, it } from 'vitest';
import synonyms from '../../src/data/search-synonyms.json';
import danger from '../../src/data/search-danger.json';
import crisis from '../../src/data/search-crisis.json';
import intents from '../../src/data/search-intents.json';
import { crisisFileSchema, dangerFileSchema, fieldName, intentsFileSchema, parseSearchFile } from '../../src/lib/search/data-schemas';
import { synonymsFileSchema } from '../../src/lib/search/synonyms';

/** The message parseSearchFile throws, or '' when the data parse. */
function failure(file: string, schema: Parameters<typeof parseSearchFile>[1], data: unknown): string {
  try {
    parseSearchFile(file, schema, data);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const copy = <T>(value: T): T => structuredClone(value);

describe('the search data files', () => {
  it('all parse as they are', () => {
    expect(failure('src/data/search-synonyms.json', synonymsFileSchema, synonyms)).toBe('');
    expect(failure('src/data/search-danger.json', dangerFileSchema, danger)).toBe('');
    expect(failure('src/data/search-crisis.json', crisisFileSchema, crisis)).toBe('');
    expect(failure('src/data/search-intents.json', intentsFileSchema, intents)).toBe('');
  });

  it('returns the parsed data', () => {
    expect(parseSearchFile('x.json', intentsFileSchema, intents).intents.length).toBe(intents.intents.length);
  });

  it('names the file and the field of an intent phrase written in two intents', () => {
    const data = copy(intents);
    data.intents[2]!.phrases.push(data.intents[0]!.phrases[0]!);
    const j = data.intents[2]!.phrases.length - 1;
    expect(failure('src/data/search-intents.json', intentsFileSchema, data)).toBe(
      `src/data/search-intents.json is not valid:\n  intents[2].phrases[${j}]: phrase "${data.intents[0]!.phrases[0]}" is already in intent 0`,
    );
  });

  it('names the file and the field of a phrase written twice in one intent', () => {
    const data = copy(intents);
    data.intents[1]!.phrases.push(data.intents[1]!.phrases[0]!);
    const j = data.intents[1]!.phrases.length - 1;
    expect(failure('src/data/search-intents.json', intentsFileSchema, data)).toBe(
      `src/data/search-intents.json is not valid:\n  intents[1].phrases[${j}]: phrase "${data.intents[1]!.phrases[0]}" is listed twice`,
    );
  });

  it('names the file and the field of a synonym phrase written in two entries', () => {
    const data = copy(synonyms);
    data.entries[3]!.phrases.push(data.entries[1]!.phrases[0]!);
    const j = data.entries[3]!.phrases.length - 1;
    expect(failure('src/data/search-synonyms.json', synonymsFileSchema, data)).toBe(
      `src/data/search-synonyms.json is not valid:\n  entries[3].phrases[${j}]: phrase "${data.entries[1]!.phrases[0]}" is already in entry 1; one phrase belongs to one entry`,
    );
  });

  it.each([
    ['src/data/search-danger.json', dangerFileSchema, danger],
    ['src/data/search-crisis.json', crisisFileSchema, crisis],
  ] as const)('%s: names the field of a phrase twice in a rule, and of a test query listed twice or on both lists', (file, schema, original) => {
    const data = copy(original) as typeof danger;
    data.rules[1]!.phrases.push(data.rules[1]!.phrases[0]!);
    const j = data.rules[1]!.phrases.length - 1;
    expect(failure(file, schema, data)).toBe(`${file} is not valid:\n  rules[1].phrases[${j}]: phrase "${data.rules[1]!.phrases[0]}" is listed twice`);

    const lists = copy(original) as typeof danger;
    const twice = lists.mustTrigger[0]!;
    lists.mustTrigger.push(twice);
    lists.mustNotTrigger.push(twice);
    const t = lists.mustTrigger.length - 1;
    const n = lists.mustNotTrigger.length - 1;
    expect(failure(file, schema, lists)).toBe(
      [
        `${file} is not valid:`,
        `  mustNotTrigger[${n}]: phrase "${twice}" is already in mustTrigger`,
        `  mustTrigger[${t}]: query "${twice}" is listed twice`,
      ].join('\n'),
    );
  });

  it('writes paths as a reader does', () => {
    expect(fieldName(['intents', 3, 'phrases', 0])).toBe('intents[3].phrases[0]');
    expect(fieldName(['reviewed'])).toBe('reviewed');
    expect(fieldName([])).toBe('(the whole file)');
  });
});

describe('the search page', () => {
  it('parses every search data file it imports with parseSearchFile, naming the file it imported', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../src/pages/search.astro', import.meta.url), 'utf8');
    const imported = [...source.matchAll(/import (\w+) from '\.\.\/data\/(search-[a-z-]+\.json)'/g)].map(([, name, file]) => [name, file]);
    expect(imported.map(([, file]) => file).sort()).toEqual(['search-crisis.json', 'search-danger.json', 'search-intents.json', 'search-synonyms.json']);
    for (const [name, file] of imported) expect(source).toMatch(new RegExp(`parseSearchFile\\('src/data/${file}', \\w+, ${name}\\);`));
    expect(source).not.toMatch(/Schema\.parse\(/);
  });
});
