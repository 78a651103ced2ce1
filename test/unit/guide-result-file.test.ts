/**
 * The result's words file in each language (src/lib/guide/result-file.ts): the pages the words name
 * by key become addresses in the file's language; https addresses and everything else stay as written.
 */
import { describe, expect, it } from 'vitest';
import rawResult from '../../src/content/guide/guide-result.json';
import { resultWordsHref, resultWordsText, withAddresses } from '../../src/lib/guide/result-file';

describe('the result’s words file', () => {
  it('makes each page key an address in the file’s language, and leaves the rest as written', () => {
    const words = { a: { href: 'makeALetter', text: 'Make' }, b: [{ href: 'what-is-stalking', n: 1 }, { href: 'https://www.gov.uk/x' }], href: 'search', c: null };
    expect(withAddresses(words, 'en-GB')).toEqual({
      a: { href: '/make-a-letter/', text: 'Make' },
      b: [{ href: '/what-is-stalking/', n: 1 }, { href: 'https://www.gov.uk/x' }],
      href: '/search/',
      c: null,
    });
    expect(withAddresses(words, 'en-XA')).toMatchObject({ a: { href: '/en-xa/make-a-letter/' }, b: [{ href: '/en-xa/what-is-stalking/' }, { href: 'https://www.gov.uk/x' }] });
    // A word that merely looks like a key is left alone unless it is a link's target.
    expect(withAddresses({ text: 'search' }, 'en-XA')).toEqual({ text: 'search' });
  });

  it('holds the words with their links made addresses, in each language', () => {
    const english = JSON.parse(resultWordsText('en-GB')) as typeof rawResult;
    const pseudo = JSON.parse(resultWordsText('en-XA')) as typeof rawResult;
    expect(english.tools.letter.href).toBe('/make-a-letter/');
    expect(pseudo.tools.letter.href).toBe('/en-xa/make-a-letter/');
    expect(pseudo.tools.letter.text).toEqual(rawResult.tools.letter.text);
    expect(resultWordsText('en-GB')).not.toMatch(/"href":"(?!\/|https:)/);
  });

  it('is served beside the guide’s page in each language, at an address versioned with its text', () => {
    expect(resultWordsHref('en-GB')).toMatch(/^\/check-your-situation\/result\.json\?v=[0-9a-f]{12}$/);
    expect(resultWordsHref('en-XA')).toMatch(/^\/en-xa\/check-your-situation\/result\.json\?v=[0-9a-f]{12}$/);
    expect(resultWordsHref('en-GB', 'abc')).toBe('/check-your-situation/result.json?v=ba7816bf8f01');
    expect(resultWordsHref('en-GB', 'abd')).not.toBe(resultWordsHref('en-GB', 'abc'));
  });
});
