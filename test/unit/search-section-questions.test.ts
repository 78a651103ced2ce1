import { describe, expect, it } from 'vitest';
import {
  checkQuestionFiles,
  maxQuestionLength,
  maxQuestions,
  questionsBlock,
  questionsMark,
  questionsWeight,
  sectionIdsOf,
  withQuestions,
} from '../../src/lib/search/section-questions';
import { readQuestionFiles } from '../../src/integrations/section-questions-files.mjs';

const pages = new Map([
  ['a-page', { sectionIds: ['first', 'second'] }],
  ['', { sectionIds: [] }],
]);
const check = (data: unknown, slug = 'a-page', file = 'src/content/section-questions/a-page.json') => checkQuestionFiles([{ file, slug, data }], pages).map((p) => p.message);

describe('checkQuestionFiles', () => {
  it('accepts page and section questions of a built page', () => {
    expect(check({ page: ['what is this'], sections: { first: ['he wont stop', 'police say its civil'], second: ['why'] } })).toEqual([]);
    expect(check({ page: ['home page'] }, '', 'home.json')).toEqual([]);
    expect(check({})).toEqual([]);
  });

  it('names the file and the key of an unknown page, section or field', () => {
    expect(check({ page: ['x y'] }, 'no-page', 'no-page.json')).toEqual(['no-page.json: no page /no-page/ is built (the file name must be a page\'s slug)']);
    expect(check({ sections: { third: ['x y'] } })).toEqual(['src/content/section-questions/a-page.json: sections.third: /a-page/ has no H2 with id "third"']);
    expect(check({ page: ['x y'], extra: 1 })).toEqual(['src/content/section-questions/a-page.json: unknown field "extra" (known: page, sections)']);
  });

  it('rejects a file that is not an object, sections that are not an object, and empty or non-list questions', () => {
    expect(check(['x'])).toEqual(['src/content/section-questions/a-page.json: must be an object with "page" and/or "sections"']);
    expect(check(null)).toHaveLength(1);
    expect(check('x')).toHaveLength(1);
    expect(check({ sections: ['x'] })).toEqual(['src/content/section-questions/a-page.json: sections must be an object of H2 ids']);
    expect(check({ sections: null })).toHaveLength(1);
    expect(check({ page: [] })).toEqual([`src/content/section-questions/a-page.json: page must be a list of 1 to ${maxQuestions} questions`]);
    expect(check({ sections: { first: 'x' } })).toEqual([`src/content/section-questions/a-page.json: sections.first must be a list of 1 to ${maxQuestions} questions`]);
  });

  it('allows at most maxQuestions questions to a section', () => {
    const many = Array.from({ length: maxQuestions + 1 }, (_, i) => `question number ${'x'.repeat(i + 1)}`);
    expect(check({ sections: { first: many.slice(0, maxQuestions) } })).toEqual([]);
    expect(check({ sections: { first: many } })).toEqual([`src/content/section-questions/a-page.json: sections.first has ${maxQuestions + 1} questions, at most ${maxQuestions}`]);
  });

  it('rejects a question that is not words, too long, or with markup or the mark', () => {
    expect(check({ page: [''] })).toEqual(['src/content/section-questions/a-page.json: page[0] must be a question in words']);
    expect(check({ page: ['?!'] })).toHaveLength(1);
    expect(check({ page: [3] })).toHaveLength(1);
    expect(check({ page: ['x'.repeat(maxQuestionLength)] })).toEqual([]);
    expect(check({ page: ['x'.repeat(maxQuestionLength + 1)] })).toEqual([`src/content/section-questions/a-page.json: page[0] is longer than ${maxQuestionLength} characters`]);
    for (const bad of ['a <b>', 'a > b', 'a {b}', `a ${questionsMark}`]) {
      expect(check({ page: [bad] })).toEqual([`src/content/section-questions/a-page.json: page[0] must be plain words, without <, >, {, } or ${questionsMark}`]);
    }
  });

  it('rejects the same question twice, after normalising, within a page or across files, naming both places', () => {
    expect(check({ sections: { first: ['He won’t stop'], second: ['he wont stop!'] } })).toEqual([
      'src/content/section-questions/a-page.json: sections.second[0] "he wont stop!" is already listed at src/content/section-questions/a-page.json: sections.first[0]',
    ]);
    const both = checkQuestionFiles(
      [
        { file: 'a.json', slug: 'a-page', data: { page: ['one two'] } },
        { file: 'home.json', slug: '', data: { page: ['One, two'] } },
      ],
      pages,
    ).map((p) => p.message);
    expect(both).toEqual(['home.json: page[0] "One, two" is already listed at a.json: page[0]']);
  });
});

describe('withQuestions', () => {
  const html = '<html><h1 class="t">Title</h1><p>x</p><h2 id="first">First?</h2><p>a</p><h2 class="h" id="second">Second</h2><p>b</p></html>';

  it('puts each section’s questions after its H2 and the page’s after the H1, weighted, between marks, escaped', () => {
    const out = withQuestions(html, { page: ['what is it'], sections: { second: ['he & me', 'why <not>'] } });
    expect(out).toBe(
      `<html><h1 class="t">Title</h1>${questionsBlock(['what is it'])}<p>x</p><h2 id="first">First?</h2><p>a</p><h2 class="h" id="second">Second</h2>` +
        `<p data-pagefind-weight="${questionsWeight}">${questionsMark} he &amp; me. why &lt;not&gt; ${questionsMark}</p><p>b</p></html>`,
    );
    expect(withQuestions(html, {})).toBe(html);
    expect(withQuestions(html, { page: [] })).toBe(html);
  });

  it('throws naming the heading it cannot find', () => {
    expect(() => withQuestions(html, { sections: { third: ['x'] } })).toThrow('section questions: no H2 with id "third" in the built page');
    expect(() => withQuestions('<p>no heading</p>', { page: ['x'] })).toThrow('section questions: no H1 in the built page');
    // An id that is a pattern is matched as written, not as a pattern.
    expect(() => withQuestions(html, { sections: { 'f.rst': ['x'] } })).toThrow('"f.rst"');
  });

  it('finds H2 ids in order', () => {
    expect(sectionIdsOf(html)).toEqual(['first', 'second']);
    expect(sectionIdsOf('<h2>no id</h2><h3 id="x">')).toEqual([]);
  });
});

describe('the site’s section questions', () => {
  it('are read from src/content/section-questions, home.json as the home page', () => {
    const files = readQuestionFiles();
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(files.find((f) => f.file.endsWith('/home.json'))?.slug).toBe('');
    expect(files.every((f) => f.file.startsWith('src/content/section-questions/'))).toBe(true);
  });
});
