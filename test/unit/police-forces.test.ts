import { describe, expect, it } from 'vitest';
import {
  isOfficialPoliceAddress,
  policeForces,
  policeForcesSchema,
  policeForcesSource,
} from '../../src/data/police-forces';
import { policeForcesIn, type LocalisedForce } from '../../src/data/record-words';

/** The forces with their English words (names, areas). */
const { forces: englishForces, source: englishSource } = policeForcesIn('en-GB');

/** A copy of the record with one entry changed (or a field removed), for the guard tests. */
function withEntry(index: number, change: (f: Record<string, unknown>) => void): unknown[] {
  return policeForces.map((f, i) => {
    const copy: Record<string, unknown> = { ...f };
    if (i === index) change(copy);
    return copy;
  });
}

describe('the police forces record', () => {
  it('holds 45 forces: 39 in England, 4 in Wales, and the British Transport Police and Ministry of Defence Police, not tied to an area', () => {
    expect(policeForces).toHaveLength(45);
    expect(policeForces.filter((f) => f.group === 'england')).toHaveLength(39);
    expect(policeForces.filter((f) => f.group === 'wales')).toHaveLength(4);
    expect(englishForces.filter((f) => f.group === 'national').map((f) => f.name)).toEqual(['British Transport Police', 'Ministry of Defence Police']);
  });

  it('refuses a record without the Ministry of Defence Police, or with a third force not tied to an area (issue 23)', () => {
    const withoutMod = policeForces.filter((f) => f.id !== 'ministry-of-defence');
    expect(JSON.stringify(policeForcesSchema.safeParse(withoutMod).error?.issues)).toMatch(/45/);
    const nationalThree = policeForces.map((f) => (f.id === 'kent' ? { ...f, group: 'national' } : f));
    expect(JSON.stringify(policeForcesSchema.safeParse(nationalThree).error?.issues)).toMatch(/national: expected 2 forces, found 3/);
  });

  it.each(englishForces.map((f) => [f.name, f] as const))('%s has areas and an https police.uk website', (_name, f: LocalisedForce) => {
    expect(f.areas.length).toBeGreaterThan(0);
    expect(f.areas.every((a) => a.trim().length >= 3)).toBe(true);
    const url = new URL(f.website);
    expect(url.protocol).toBe('https:');
    expect(url.hostname.endsWith('.police.uk')).toBe(true);
  });

  it('names the four Welsh forces and the two London forces', () => {
    const names = englishForces.map((f) => f.name);
    for (const n of ['Dyfed-Powys Police', 'Gwent Police', 'North Wales Police', 'South Wales Police', 'Metropolitan Police Service', 'City of London Police']) {
      expect(names).toContain(n);
    }
  });

  it('lists all 32 London boroughs under the Metropolitan Police, and no area twice', () => {
    const met = englishForces.find((f) => f.id === 'metropolitan')!;
    expect(met.areas.slice(1)).toHaveLength(32);
    const all = englishForces.flatMap((f) => f.areas);
    expect(new Set(all).size).toBe(all.length);
  });

  it('says where it was checked and when', () => {
    expect(isOfficialPoliceAddress(policeForcesSource.url)).toBe(true);
    expect(englishSource.label).toMatch(/police\.uk/);
    expect(policeForcesSource.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(policeForcesSource.checkedOn))).toBe(false);
  });
});

describe('the record schema refuses a bad entry', () => {
  it('accepts the record as it is', () => {
    expect(policeForcesSchema.safeParse(policeForces.map((f) => ({ ...f }))).success).toBe(true);
  });

  it.each(['id', 'group', 'website'])('fails when an entry has no %s', (field) => {
    const result = policeForcesSchema.safeParse(withEntry(5, (f) => delete f[field]));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(field);
  });

  it('fails on words in the record: names and areas belong in the words files', () => {
    expect(policeForcesSchema.safeParse(withEntry(0, (f) => (f.name = 'Avon and Somerset Police'))).success).toBe(false);
    expect(policeForcesSchema.safeParse(withEntry(0, (f) => (f.areas = ['Bristol']))).success).toBe(false);
  });

  it.each([
    ['plain http', 'http://www.kent.police.uk/'],
    ['a look-alike domain', 'https://www.kent-police.uk/'],
    ['police.uk inside another domain', 'https://www.kent.police.uk.example.com/'],
    ['a different domain entirely', 'https://kentpolice.example.org/'],
    ['credentials in the address', 'https://user:pw@www.kent.police.uk/'],
    ['not an address', 'www.kent.police.uk'],
  ])('fails on %s', (_why, website) => {
    expect(isOfficialPoliceAddress(website)).toBe(false);
    expect(policeForcesSchema.safeParse(withEntry(17, (f) => (f.website = website))).success).toBe(false);
  });

  it('fails on an unknown extra field, a duplicate, or the wrong number of forces', () => {
    expect(policeForcesSchema.safeParse(withEntry(3, (f) => (f.phone = '101'))).success).toBe(false);
    const dup = withEntry(2, (f) => (f.website = policeForces[1]!.website));
    expect(policeForcesSchema.safeParse(dup).success).toBe(false);
    expect(policeForcesSchema.safeParse(policeForces.slice(1)).success).toBe(false);
  });
});
