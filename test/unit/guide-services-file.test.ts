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
      for (const [id, d] of Object.entries(details)) {
        expect(Object.keys(d).every((key) => (serviceDetailKeys as readonly string[]).includes(key)), id).toBe(true);
        expect(d.purpose.length, id).toBeGreaterThan(10);
      }
      expect(core.map((s) => s.id)).toEqual(whole.map((s) => s.id));
      // 999 keeps its number in the page: the danger screen calls it before any file is fetched.
      expect(core.find((s) => s.situations?.includes('danger-now'))?.phone?.e164).toBe('999');
      expect(withDetails(core, details)).toEqual(whole);
      expect(JSON.parse(serviceDetailsText(locale))).toEqual(details);
    });
  }

  it('the Welsh file is in Welsh, with the same services as the English', () => {
    const english = JSON.parse(serviceDetailsText('en-GB')) as Record<string, { purpose: string }>;
    const welsh = JSON.parse(serviceDetailsText('cy')) as Record<string, { purpose: string }>;
    expect(Object.keys(welsh)).toEqual(Object.keys(english));
    expect(welsh['national-stalking-helpline']!.purpose).not.toBe(english['national-stalking-helpline']!.purpose);
  });

  it('is served beside the guide’s page in each language, at an address versioned with its text', () => {
    expect(serviceDetailsHref('en-GB')).toMatch(/^\/check-your-situation\/services\.json\?v=[0-9a-f]{12}$/);
    expect(serviceDetailsHref('cy')).toMatch(/^\/cy\/gwirio-eich-sefyllfa\/services\.json\?v=[0-9a-f]{12}$/);
    expect(serviceDetailsHref('en-GB', 'abc')).toBe('/check-your-situation/services.json?v=ba7816bf8f01');
  });
});

describe('joining the fetched details to the page’s services', () => {
  const { core, details } = splitServices(guideServicesIn('en-GB'));

  it('refuses a file that lacks a service of the page, or names one the page does not have', () => {
    const { emergency: _dropped, ...lacking } = details;
    expect(() => withDetails(core, lacking)).toThrow('The services file has nothing for "emergency"');
    expect(() => withDetails(core, { ...details, 'no-such-service': details['emergency']! })).toThrow('names a service the page does not: "no-such-service"');
  });

  it('fetches, checks and joins; and rejects a failed fetch, a wrong shape or a wrong list, naming the file', async () => {
    const url = '/check-your-situation/services.json?v=1';
    expect(await serviceDetails(url, core, answer(details), code)).toEqual(withDetails(core, details));
    await expect(serviceDetails(url, core, answer({}, 404), code)).rejects.toThrow(`The services file (${url}) could not be loaded: 404`);
    const wrong = { ...details, emergency: { ...details['emergency'], purpose: 42 } };
    await expect(serviceDetails(url, core, answer(wrong), code)).rejects.toThrow(`The services file (${url}) does not match its schema`);
    const extraField = { ...details, emergency: { ...details['emergency'], colour: 'red' } };
    await expect(serviceDetails(url, core, answer(extraField), code)).rejects.toThrow('does not match its schema');
    const badSite = { ...details, emergency: { ...details['emergency'], website: 'http://example.com' } };
    await expect(serviceDetails(url, core, answer(badSite), code)).rejects.toThrow('does not match its schema');
    const { emergency: _gone, ...short } = details;
    await expect(serviceDetails(url, core, answer(short), code)).rejects.toThrow(`The services file (${url}) does not match the page: The services file has nothing for "emergency"`);
  });
});
