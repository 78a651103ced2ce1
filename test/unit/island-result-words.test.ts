/**
 * How the guide's island gets the result's words (src/lib/guide/island-words.ts) when it is given
 * no way to fetch them: from the site itself, with the browser's fetch.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { loadGuideResult } from '../../src/lib/guide/content';
import { resultWords } from '../../src/lib/guide/island-words';
import { resultWordsHref, resultWordsText } from '../../src/lib/guide/result-file';

const resultWordsUrl = resultWordsHref('en-GB');
// Loaded here, before any test runs, although resultWords imports it itself: a module first loaded inside a test
// (the island's lazy import) counts, for mutation testing, as code only that test covers, and the guide machine's
// configuration, which it loads, would then be tested against this test alone (issue 24's 47% defect).
import '../../src/components/guide/result-code';
import { getService, type SupportServiceId } from '../../src/data/support-services';

afterEach(() => {
  vi.unstubAllGlobals();
});

it('fetches the words from the site with the browser’s fetch by default, and fills in the phone numbers', async () => {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(resultWordsText('en-GB'));
  });
  const phoneOf = (id: string) => getService(id as SupportServiceId).phone?.display;
  expect(await resultWords(resultWordsUrl, phoneOf)).toEqual(loadGuideResult(JSON.parse(resultWordsText('en-GB'))));
  expect(fetched).toEqual([resultWordsUrl]);
});
