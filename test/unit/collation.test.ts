import { describe, expect, it } from 'vitest';
import { groupByInitial, initialLetter, multiCharacterLetters, titleOrder } from '../../src/lib/collation';

// Welsh sample titles (made up for the test, not pages of the site): the A to Z must file and
// order them by Welsh letters before any Welsh page exists.
const welsh = ['Rhybudd', 'Llys', 'Cymorth', 'Ffonio', 'Lloches', 'Dyddiad', 'Ruth', 'Thema', 'Chwilio', 'Ddoe', 'Tystion', 'Fe', 'Lun', 'Ngwyr', 'Golau', 'Hawliau', 'Phyllis', 'Pobl'];
const titled = (titles: readonly string[]) => titles.map((title) => ({ title }));

describe('the A to Z by language: in Welsh, Ch, Dd, Ff, Ng, Ll, Ph, Rh and Th are letters of their own', () => {
  it('files each title under its Welsh letter, accents off; in English under its first letter', () => {
    expect(['Chwilio', 'Ddoe', 'Ffonio', 'Ngwyr', 'Llys', 'Phyllis', 'Rhybudd', 'Thema', 'Cymorth', 'Ŵyr', 'lloches'].map((t) => initialLetter(t, 'cy-GB'))).toEqual([
      'Ch', 'Dd', 'Ff', 'Ng', 'Ll', 'Ph', 'Rh', 'Th', 'C', 'W', 'Ll',
    ]);
    expect(initialLetter('Chwilio', 'en')).toBe('C');
    expect(initialLetter('  Éclair', 'en')).toBe('E');
    expect(initialLetter('“Quoted”', 'en')).toBe('“');
    expect(initialLetter('999 calls', 'cy')).toBe('9');
    expect(multiCharacterLetters['cy']).toHaveLength(8);
  });

  it('orders the groups and titles by the Welsh alphabet: C before Ch, L before Ll, G before Ng before H', () => {
    const groups = groupByInitial(titled(welsh), 'cy');
    expect(groups.map(([letter]) => letter)).toEqual(['C', 'Ch', 'D', 'Dd', 'F', 'Ff', 'G', 'Ng', 'H', 'L', 'Ll', 'P', 'Ph', 'R', 'Rh', 'T', 'Th']);
    expect(groups.find(([letter]) => letter === 'Ll')![1].map((p) => p.title)).toEqual(['Lloches', 'Llys']);
    expect(groups.find(([letter]) => letter === 'L')![1].map((p) => p.title)).toEqual(['Lun']);
    // In English the same titles fall under single letters, in English order.
    const english = groupByInitial(titled(welsh), 'en');
    expect(english.map(([letter]) => letter)).toEqual(['C', 'D', 'F', 'G', 'H', 'L', 'N', 'P', 'R', 'T']);
    expect(english.find(([letter]) => letter === 'C')![1].map((p) => p.title)).toEqual(['Chwilio', 'Cymorth']);
  });

  it('compares within a word by Welsh letters, and numbers as numbers', () => {
    const order = titleOrder('cy');
    expect(['llong', 'lyn', 'lon'].sort(order)).toEqual(['lon', 'lyn', 'llong']);
    // Ng comes after G and before H, so "angen" (a-ng-e-n) comes before every word in a-n.
    expect(['annwyl', 'anffurfiol', 'angen'].sort(order)).toEqual(['angen', 'anffurfiol', 'annwyl']);
    expect(['Step 10', 'Step 9'].sort(titleOrder('en'))).toEqual(['Step 9', 'Step 10']);
    expect(order('Llys', 'Llys')).toBe(0);
  });
});
