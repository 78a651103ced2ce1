/**
 * The result's words as the island takes them. They are data, not code: the build writes their file
 * for each language, with the pages they link to at that language's addresses (src/lib/guide/result-file.ts;
 * the page has already validated the words against their schema at build time:
 * src/pages/check-your-situation.astro), and the island fetches it from the address its page gives
 * once the visitor has answered a question, with phone numbers filled in from the numbers the island is given. So the page opens
 * without them and every word ships once (the questions' words come in the island's props). A unit
 * test holds these to the validated words.
 *
 * What arrives is checked against the same schema before it is used (a cached or altered file of
 * the wrong shape would otherwise leave the guide stuck): the schema, and zod with it, load with the
 * result's code (src/components/guide/result-code.ts), never with the page.
 */
import type { GuideResult } from '../../schemas/guide';
import type * as ResultCode from '../../components/guide/result-code';
import { fillPhonesDeep, type PhoneOf } from './phones';

/**
 * The result's words, fetched from the site itself and checked against their schema; rejects,
 * naming the file (and the first wrong field), when they cannot be had or have the wrong shape.
 */
export async function resultWords(
  resultWordsUrl: string,
  phoneOf: PhoneOf,
  get: (url: string) => Promise<Response> = (url) => fetch(url),
  code: () => Promise<Pick<typeof ResultCode, 'checkShape' | 'guideResultSchema'>> = () => import('../../components/guide/result-code'),
): Promise<GuideResult> {
  const [response, { guideResultSchema, checkShape }] = await Promise.all([get(resultWordsUrl), code()]);
  if (!response.ok) throw new Error(`The result's words (${resultWordsUrl}) could not be loaded: ${response.status}`);
  const checked = checkShape(guideResultSchema, await response.json());
  if (!checked.ok) throw new Error(`The result's words (${resultWordsUrl}) do not match their schema: ${checked.problem}`);
  return fillPhonesDeep(checked.value, phoneOf);
}
