/**
 * How the guide's island gets the result's words (src/lib/guide/island-words.ts) when it is given
 * no way to fetch them: from the site itself, with the browser's fetch.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { loadGuideResult } from '../../src/lib/guide/content';
import { resultWords, serviceDetails, withDetails } from '../../src/lib/guide/island-words';
import { guideServicesIn, serviceDetailsHref, serviceDetailsText, splitServices } from '../../src/lib/guide/services-file';
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

it('fetches the services file from the site with the browser’s fetch by default, and joins it to the page’s services', async () => {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(serviceDetailsText('cy'));
  });
  const { core, details } = splitServices(guideServicesIn('cy'));
  const url = serviceDetailsHref('cy');
  expect(await serviceDetails(url, core)).toEqual(withDetails(core, details));
  expect(fetched).toEqual([url]);
});

it('keeps what went wrong as the cause when the services file does not fit the page', async () => {
  const { core, details } = splitServices(guideServicesIn('en-GB'));
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(details.filter((d) => d.id !== 'emergency'))));
  const error = await serviceDetails('/x.json', core).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  expect(((error as Error).cause as Error).message).toBe('The services file has nothing for "emergency"');
});
