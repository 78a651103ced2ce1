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
import type { ServiceCore, ServiceDetails, ServiceView } from '../../components/guide/shared';
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

/**
 * The page's services joined with what the result shows of each (src/lib/guide/services-file.ts). Every
 * service the page gave must have its details, and the details may name no other: otherwise a stale or altered
 * file would show a service without its words, so this throws, naming the service.
 */
export function withDetails(core: readonly ServiceCore[], details: readonly ServiceDetails[]): ServiceView[] {
  const extra = details.find((d) => !core.some((s) => s.id === d.id));
  if (extra !== undefined) throw new Error(`The services file names a service the page does not: "${extra.id}"`);
  return core.map((s) => {
    const found = details.filter((d) => d.id === s.id);
    if (found.length === 0) throw new Error(`The services file has nothing for "${s.id}"`);
    if (found.length > 1) throw new Error(`The services file names "${s.id}" more than once`);
    return { ...s, ...found[0]! };
  });
}

/**
 * The services as the result shows them: the page's own list, with each one's details fetched from the site
 * and checked against their schema; rejects, naming the file, when they cannot be had, have the wrong shape or
 * do not match the page's list.
 */
export async function serviceDetails(
  url: string,
  core: readonly ServiceCore[],
  get: (url: string) => Promise<Response> = (address) => fetch(address),
  code: () => Promise<Pick<typeof ResultCode, 'checkShape' | 'serviceDetailsFileSchema'>> = () => import('../../components/guide/result-code'),
): Promise<ServiceView[]> {
  const [response, { serviceDetailsFileSchema, checkShape }] = await Promise.all([get(url), code()]);
  if (!response.ok) throw new Error(`The services file (${url}) could not be loaded: ${response.status}`);
  const checked = checkShape(serviceDetailsFileSchema, await response.json());
  if (!checked.ok) throw new Error(`The services file (${url}) does not match its schema: ${checked.problem}`);
  try {
    // zod's optional fields admit undefined; the schema is strict and JSON has no undefined, so these are ServiceDetails.
    return withDetails(core, checked.value as readonly ServiceDetails[]);
  } catch (error) {
    throw new Error(`The services file (${url}) does not match the page: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
