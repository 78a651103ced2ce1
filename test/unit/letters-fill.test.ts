/**
 * Writing numbers into the letter builder's words (src/lib/letters/fill.ts), with the phone numbers
 * given by the caller, as the guide's lazily loaded builder gives them.
 */
import { describe, expect, it } from 'vitest';
import { deepFill, fillTokens, type PhoneFor } from '../../src/lib/letters/fill';
import { victimsRightsFigures } from '../../src/data/victims-rights';

const phoneFor: PhoneFor = (id) => ({ 'a-service': '0800 000 000' })[id];
const [figure, value] = Object.entries(victimsRightsFigures)[0]!;

describe('filling the letters’ phone numbers and figures', () => {
  it('writes in the number the caller gives, and the figure from the data file', () => {
    expect(fillTokens(`Call {phone:a-service} within {figure:${figure}}`, phoneFor)).toBe(`Call 0800 000 000 within ${value}`);
  });

  it('refuses a service the caller has no phone number for, naming it', () => {
    expect(() => fillTokens('Call {phone:other-service}', phoneFor)).toThrow(new Error('Service "other-service" has no phone number'));
  });

  it('fills every string inside objects and arrays, keeps their shape, and leaves other values as they are', () => {
    const words = { list: ['{phone:a-service}', { nested: `{figure:${figure}}` }], none: null, count: 3, shown: true };
    const filled = deepFill(words, phoneFor);
    expect(filled).toStrictEqual({ list: ['0800 000 000', { nested: String(value) }], none: null, count: 3, shown: true });
    expect(Array.isArray(filled.list)).toBe(true);
    expect(words.list[0]).toBe('{phone:a-service}');
  });
});
