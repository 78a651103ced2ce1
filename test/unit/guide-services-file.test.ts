/**
 * The guide's services in two parts (src/lib/guide/services-file.ts, withDetails and serviceDetails in
 * src/lib/guide/island-words.ts): what the questions need in the page, what the result shows in a file
 * fetched with the result's words, joined again exactly, and refused when the file does not fit the page.
 */
import { describe, expect, it } from 'vitest';
import { guideServicesIn, serviceDetailsHref, serviceDetailsText, splitServices } from '../../src/lib/guide/services-file';
import { serviceDetails, withDetails } from '../../src/lib/guide/island-words';
import * as resultCode from '../../src/components/guide/result-code';
import { serviceDetailKeys } from '../../src/components/guide/shared';

const code = () => Promise.resolve(resultCode);
const answer = (body: unknown, status = 200) => () => Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('the guide’s services, split between the page and the result', () => {
  for (const locale of ['en-GB', 'cy'] as const) {
    it(`${locale}: the page keeps no detail, the file keeps nothing else, and joined they are the whole view again`, () => {
      const whole = guideServicesIn(locale);
      expect(whole.length).toBeGreaterThan(5);
      const { core, details } = splitServices(whole);
      for (const s of core) for (const key of serviceDetailKeys) expect(s, `${s.id}.${key}`).not.toHaveProperty(key);
      expect(details.map((d) => d.id)).toEqual(whole.map((s) => s.id));
      for (const d of details) {
        expect(Object.keys(d).every((key) => key === 'id' || (serviceDetailKeys as readonly string[]).includes(key)), d.id).toBe(true);
        expect(d.purpose.length, d.id).toBeGreaterThan(10);
      }
      expect(core.map((s) => s.id)).toEqual(whole.map((s) => s.id));
      // 999 keeps its number in the page: the danger screen calls it before any file is fetched.
      expect(core.find((s) => s.situations?.includes('danger-now'))?.phone?.e164).toBe('999');
      expect(withDetails(core, details)).toEqual(whole);
      expect(JSON.parse(serviceDetailsText(locale))).toEqual(details);
    });
  }

  it('the Welsh file is in Welsh, with the same services as the English', () => {
    const english = JSON.parse(serviceDetailsText('en-GB')) as { id: string; purpose: string }[];
    const welsh = JSON.parse(serviceDetailsText('cy')) as { id: string; purpose: string }[];
    expect(welsh.map((d) => d.id)).toEqual(english.map((d) => d.id));
    const helpline = (file: typeof english) => file.find((d) => d.id === 'national-stalking-helpline')!.purpose;
    expect(helpline(welsh)).not.toBe(helpline(english));
  });

  it('is served beside the guide’s page in each language, at an address versioned with its text', () => {
    expect(serviceDetailsHref('en-GB')).toMatch(/^\/check-your-situation\/services\.json\?v=[0-9a-f]{12}$/);
    expect(serviceDetailsHref('cy')).toMatch(/^\/cy\/gwirio-eich-sefyllfa\/services\.json\?v=[0-9a-f]{12}$/);
    expect(serviceDetailsHref('en-GB', 'abc')).toBe('/check-your-situation/services.json?v=ba7816bf8f01');
  });
});

describe('joining the fetched details to the page’s services', () => {
  const { core, details } = splitServices(guideServicesIn('en-GB'));

  const emergency = details.find((d) => d.id === 'emergency')!;
  const without = details.filter((d) => d.id !== 'emergency');

  it('refuses a file that lacks a service of the page, names one the page does not have, or names one twice', () => {
    expect(() => withDetails(core, without)).toThrow('The services file has nothing for "emergency"');
    expect(() => withDetails(core, [...details, { ...emergency, id: 'no-such-service' as typeof emergency.id }])).toThrow('names a service the page does not: "no-such-service"');
    expect(() => withDetails(core, [...details, emergency])).toThrow('The services file names "emergency" more than once');
    // Order does not matter: each is found by its id.
    expect(withDetails(core, [...details].reverse())).toEqual(withDetails(core, details));
  });

  it('fetches, checks and joins; and rejects a failed fetch, a wrong shape or a wrong list, naming the file', async () => {
    const url = '/check-your-situation/services.json?v=1';
    expect(await serviceDetails(url, core, answer(details), code)).toEqual(withDetails(core, details));
    await expect(serviceDetails(url, core, answer({}, 404), code)).rejects.toThrow(`The services file (${url}) could not be loaded: 404`);
    const wrong = [...without, { ...emergency, purpose: 42 }];
    await expect(serviceDetails(url, core, answer(wrong), code)).rejects.toThrow(`The services file (${url}) does not match its schema`);
    const extraField = [...without, { ...emergency, colour: 'red' }];
    await expect(serviceDetails(url, core, answer(extraField), code)).rejects.toThrow('does not match its schema');
    const badSite = [...without, { ...emergency, website: 'http://example.com' }];
    await expect(serviceDetails(url, core, answer(badSite), code)).rejects.toThrow('does not match its schema');
    await expect(serviceDetails(url, core, answer(without), code)).rejects.toThrow(`The services file (${url}) does not match the page: The services file has nothing for "emergency"`);
  });
});
