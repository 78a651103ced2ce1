import { describe, expect, it } from 'vitest';
import { allTelTargets, getService } from '../../src/data/support-services';
import { servicesIn } from '../../src/data/record-words';

/** The services with their English words. */
const services = servicesIn('en-GB');

describe('support services record', () => {
  it('has unique ids', () => {
    const ids = services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(services.map((s) => [s.id, s] as const))('%s has a name, purpose, a way to reach it, a check date and a source', (_id, s) => {
    expect(s.name.length).toBeGreaterThan(2);
    expect(s.purpose.length).toBeGreaterThan(20);
    expect(Boolean(s.phone || s.website || s.otherContact?.length)).toBe(true);
    expect(s.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.source.length).toBeGreaterThan(3);
    if (s.website) expect(s.website).toMatch(/^https?:\/\//);
  });

  it('writes every number in both forms with the same digits', () => {
    const numbers = services.flatMap((s) => [s.phone, ...(s.otherContact ?? []).map((c) => c.phone)]).filter((p) => p !== undefined);
    expect(numbers.length).toBeGreaterThan(5);
    for (const phone of numbers) {
      const displayDigits = phone.display.replace(/\D/g, '');
      const e164Digits = phone.e164.startsWith('+44') ? `0${phone.e164.slice(3)}` : phone.e164;
      expect(e164Digits, phone.display).toBe(displayDigits);
      expect(phone.e164).toMatch(/^(\+44\d{9,10}|\d{3,8})$/);
    }
  });

  it('holds the National Stalking Helpline with its Wednesday hours', () => {
    const helpline = getService('national-stalking-helpline');
    expect(helpline.phone?.e164).toBe('+448088020300');
    expect(helpline.hours.kind).toBe('weekly');
    if (helpline.hours.kind === 'weekly') {
      expect(helpline.hours.days.wed).toEqual([{ opens: '13:00', closes: '16:00' }]);
      expect(helpline.hours.days.mon).toEqual([{ opens: '09:30', closes: '16:00' }]);
      expect(helpline.hours.days.sat).toBeUndefined();
      expect(helpline.hours.closedOnBankHolidays).toBe(true);
    }
  });

  it('lists every tel: target once', () => {
    const targets = allTelTargets();
    expect(new Set(targets).size).toBe(targets.length);
    expect(targets).toContain('999');
    expect(targets).toContain('101');
  });
});
