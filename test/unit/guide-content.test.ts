/**
 * The guide's words: valid against the schema, every placeholder fills in for both
 * voices, no phone number typed in (legal figures: test/unit/typed-figures.test.ts), links go
 * to real guidance slugs,
 * and none of the fact sheet's "common wrong claims" appear.
 */
import { describe, expect, it } from 'vitest';
import rawSteps from '../../src/content/guide/guide.json';
import rawResult from '../../src/content/guide/guide-result.json';
import rawLetters from '../../src/content/letters/letters.json';
import { guideContentSchema } from '../../src/schemas/guide';
import { fillPhones, loadGuideContent, loadGuideResult } from '../../src/lib/guide/content';
import { resultWords } from '../../src/lib/guide/island-words';
import { resultWordsHref, resultWordsText } from '../../src/lib/guide/result-file';

const resultWordsUrl = resultWordsHref('en-GB');
// Loaded here, before any test runs, although resultWords imports it itself: a module first loaded inside a test
// (the island's lazy import) counts, for mutation testing, as code only that test covers, and the guide machine's
// configuration, which it loads, would then be tested against this test alone (issue 24's 47% defect).
import '../../src/components/guide/result-code';
import { fillPhonesDeep, fillPhonesIn } from '../../src/lib/guide/phones';
import { resultText } from '../../src/lib/guide/text';
import { getService, supportServices, type SupportServiceId } from '../../src/data/support-services';
import { guidanceSlugs } from '../support/content';
import { fixedPageKeys } from '../../src/i18n/routing';

/** Both content files as one object, as the schema of all the guide's words takes them. */
const rawContent = { ...rawSteps, result: rawResult };

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** The guidance pages the result may link to: every page the guidance collection holds. */
const slugs = guidanceSlugs();

describe('guide content', () => {
  it('reaches the island unchanged: the result file without the schema gives the same words as the build validates', async () => {
    // The island does not carry the schema, so the schema must change nothing (no defaults, no trimming).
    const phoneOf = (id: string) => getService(id as SupportServiceId).phone?.display;
    const asked: string[] = [];
    const served = async (url: string) => {
      asked.push(url);
      return new Response(resultWordsText('en-GB'));
    };
    expect(await resultWords(resultWordsUrl, phoneOf, served)).toEqual(loadGuideResult(JSON.parse(resultWordsText('en-GB'))));
    expect(asked).toEqual([resultWordsUrl]);
    expect(resultWordsUrl).toMatch(/^\/check-your-situation\/result\.json\?v=[0-9a-f]{12}$/);
  });

  it('says which file could not be loaded when the result\'s words do not arrive', async () => {
    const phoneOf = () => '999';
    await expect(resultWords(resultWordsUrl, phoneOf, async () => new Response('gone', { status: 404 }))).rejects.toThrow(
      new Error(`The result's words (${resultWordsUrl}) could not be loaded: 404`),
    );
  });

  it('refuses words of the wrong shape, naming the file and the first wrong field', async () => {
    const phoneOf = () => '999';
    const serving = (value: unknown) => async () => new Response(JSON.stringify(value));
    const broken = structuredClone(rawResult) as Record<string, unknown>;
    delete broken['tools'];
    await expect(resultWords(resultWordsUrl, phoneOf, serving(broken))).rejects.toThrow(
      new RegExp(`^The result's words \\(${resultWordsUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\) do not match their schema: tools: `),
    );
    await expect(resultWords(resultWordsUrl, phoneOf, serving({ ...rawResult, extra: 1 }))).rejects.toThrow(/do not match their schema: Unrecognized key: "extra"$/);
    await expect(resultWords(resultWordsUrl, phoneOf, serving([]))).rejects.toThrow(/do not match their schema/);
    await expect(resultWords(resultWordsUrl, phoneOf, async () => new Response('not json'))).rejects.toThrow();
  });

  it('fills {phone:id} in every string of a value, and nothing else', () => {
    const phoneOf = (id: string) => ({ a: '111', b: '222' })[id];
    expect(fillPhonesIn('Call {phone:a} or {phone:b}, not {phone}', phoneOf)).toBe('Call 111 or 222, not {phone}');
    expect(fillPhonesDeep({ x: ['{phone:a}', 3, null, { y: '{phone:b}!' }], n: 7, t: true }, phoneOf)).toEqual({
      x: ['111', 3, null, { y: '222!' }],
      n: 7,
      t: true,
    });
    expect(() => fillPhonesIn('{phone:c}', phoneOf)).toThrow(new Error('Service "c" has no phone number'));
  });

  it('passes the schema', () => {
    expect(guideContentSchema.safeParse(rawContent).success).toBe(true);
  });

  it('fills every placeholder of every version (each person, each voice)', () => {
    const content = loadGuideContent(rawSteps, rawResult);
    const all = strings(content);
    expect(all.length).toBeGreaterThan(150);
    for (const [path, text] of all) {
      const filled = resultText(text, 'me', content.figures, { label: 'x', behaviour: 'x', title: 'x', number: '1', total: '9' });
      if (/[{}]/.test(filled)) expect.fail(`${path}: placeholder left in "${filled}"`);
    }
  });

  it('types no phone number: every number comes from the services record', () => {
    const numbers = supportServices.flatMap((s) => [
      ...('phone' in s && s.phone ? [s.phone.display] : []),
      ...('otherContact' in s ? s.otherContact.flatMap((o) => ('phone' in o && o.phone ? [o.phone.display] : [])) : []),
    ]);
    const raw = JSON.stringify(rawContent);
    for (const n of numbers) expect(raw, `typed number ${n}`).not.toMatch(new RegExp(`(^|[^0-9])${n.replace(/ /g, ' ?')}([^0-9]|$)`));
    expect(raw).toContain('{phone:emergency}');
    expect(fillPhones('Call {phone:national-stalking-helpline}')).toBe('Call 0808 802 0300');
    expect(() => fillPhones('{phone:protection-against-stalking}')).toThrow();
  });

  it('names in {phone:…} only services the island is given (those with a guide field in the record)', () => {
    const named = [JSON.stringify(rawSteps), JSON.stringify(rawResult), JSON.stringify(rawLetters)].flatMap((raw) => [...raw.matchAll(/\{phone:([a-z-]+)\}/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(5);
    for (const id of new Set(named)) expect(getService(id as SupportServiceId).guide, id).toBeDefined();
  });

  it('links only to known pages, by their key (never a typed address), or to https addresses', () => {
    const content = loadGuideContent(rawSteps, rawResult);
    const keys = [...slugs, ...fixedPageKeys];
    const targets = [...Object.values(content.result.links).flat(), ...Object.values(content.result.tools)].map((link) => link.href);
    expect(targets.length).toBeGreaterThan(20);
    for (const target of targets) {
      if (target.startsWith('https://')) continue;
      expect(keys, target).toContain(target);
    }
  });

  it('never makes one of the fact sheet’s common wrong claims', () => {
    const content = loadGuideContent(rawSteps, rawResult);
    const text = strings(content)
      .map(([, t]) => resultText(t, 'me', content.figures, { label: 'x', behaviour: 'x', title: 'x', number: '1', total: '9' }))
      .join('\n')
      .toLowerCase();
    for (const wrong of [
      'you can apply for a stalking protection order',
      '28 days',
      '10 years',
      'six months',
      '6 months',
      'family court will',
      'beyond reasonable doubt',
      'criminal record',
      'only in england and wales',
      'anyone can text',
      'right to know',
    ]) {
      expect(text).not.toContain(wrong);
    }
  });
});
