import { describe, expect, it } from 'vitest';
import { allowedNumbers, phoneNumbersIn } from '../../src/integrations/build-gate/phone-numbers';

describe('the phone number finder', () => {
  it('finds numbers written in the usual UK ways', () => {
    expect(phoneNumbersIn('Ring 0800 123 4567 or +44 20 7946 0000, or 020-7946-0001 today.')).toEqual([
      '08001234567',
      '02079460000',
      '02079460001',
    ]);
    expect(phoneNumbersIn('Call 08 08 16 89 111 now.')).toEqual(['08081689111']);
  });

  it('finds short numbers after a word that means dialling', () => {
    expect(phoneNumbersIn('You can call 111 for health advice.')).toEqual(['111']);
    expect(phoneNumbersIn('Or call Samaritans on 116 123.')).toEqual(['116123']);
    expect(phoneNumbersIn('Text “register” to 999 first.')).toEqual(['999']);
  });

  it('does not mistake dates, years, percentages or section numbers for phone numbers', () => {
    expect(phoneNumbersIn('Since 18 November 2024, section 111 of the 2012 Act, 100% anonymous, 09:30 to 16:00.')).toEqual([]);
    expect(phoneNumbersIn('Phone, text or chat, 24 hours a day. Text back within 3 minutes.')).toEqual([]);
    expect(phoneNumbersIn('Use a small phone screen, 320 pixels wide.')).toEqual([]);
  });

  it('rejects a number that is not in the record', () => {
    const allowed = allowedNumbers();
    expect(allowed.has('08088020300')).toBe(true);
    expect(allowed.has('999')).toBe(true);
    expect(allowed.has('55')).toBe(true);
    expect(allowed.has('111')).toBe(false);
    expect(allowed.has('08001234567')).toBe(false);
  });
});
