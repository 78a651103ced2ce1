/**
 * The search's data and vocabulary as files in the page's language (src/lib/search/data-file.ts):
 * English's from src/data/, without the generator's line, their pages at the language's addresses.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import runtime from '../../src/data/search-runtime.json';
import vocabulary from '../../src/data/search-vocabulary.json';
import { pageIn, searchFileHref, searchFileText } from '../../src/lib/search/data-file';

describe('the search files of a page’s language', () => {
  it('are English’s for an English page: the runtime data without its generator’s line, and the vocabulary', () => {
    const { generatedBy: _line, ...english } = runtime;
    expect(JSON.parse(searchFileText('data', 'en-GB'))).toEqual(english);
    expect(searchFileText('vocabulary', 'en-GB')).toBe(JSON.stringify(vocabulary));
  });

  it('name the pages at the language’s own addresses (the pseudo-locale’s pages, its one translated page at its slug)', () => {
    const data = JSON.parse(searchFileText('data', 'en-XA')) as typeof runtime;
    expect(data.danger.answer.page).toBe('/en-xa/getting-help/#emergency');
    expect(data.intents.map((i) => i.page).every((page) => page.startsWith('/en-xa/'))).toBe(true);
    expect(data.synonyms).toEqual(runtime.synonyms);
    expect(pageIn('/stalking-log/', 'en-XA')).toBe('/en-xa/staalkiing-loog/');
    expect(pageIn('/make-a-letter/', 'en-XA')).toBe('/en-xa/make-a-letter/');
    expect(pageIn('/getting-help/#emergency', 'en-GB')).toBe('/getting-help/#emergency');
  });

  it('are addressed beside the language’s search page, versioned with their text', () => {
    const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
    expect(searchFileHref('data', 'en-GB')).toBe(`/search/data.json?v=${hash(searchFileText('data', 'en-GB'))}`);
    expect(searchFileHref('vocabulary', 'en-XA')).toBe(`/en-xa/search/vocabulary.json?v=${hash(searchFileText('vocabulary', 'en-XA'))}`);
    expect(searchFileHref('data', 'en-XA')).not.toBe(searchFileHref('data', 'en-GB').replace('/search/', '/en-xa/search/'));
  });
});
