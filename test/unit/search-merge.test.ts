import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeResults, type RankedList } from '../../src/lib/search/merge';

const id = (s: string) => s;
const ids = <T>(merged: { item: T }[]) => merged.map((m) => m.item);

describe('mergeResults', () => {
  it('lists each page once, even when several queries find it', () => {
    const merged = mergeResults(
      [
        { kind: 'exact', results: ['a', 'b'] },
        { kind: 'synonym', results: ['b', 'c', 'a'] },
      ],
      id,
    );
    expect(ids(merged).sort()).toEqual(['a', 'b', 'c']);
  });

  it('puts exact matches first when the ranks are otherwise equal', () => {
    const merged = mergeResults(
      [
        { kind: 'synonym', results: ['syn'] },
        { kind: 'exact', results: ['typed'] },
      ],
      id,
    );
    expect(ids(merged)).toEqual(['typed', 'syn']);
    expect(merged[0]?.exact).toBe(true);
    expect(merged[1]?.exact).toBe(false);
  });

  it('raises a page found by the typed words and a synonym above one found by either alone', () => {
    type R = { id: string; score: number };
    const merged = mergeResults<R>(
      [
        { kind: 'exact', results: [{ id: 'only-typed', score: 10 }, { id: 'both', score: 9 }] },
        { kind: 'synonym', results: [{ id: 'only-synonym', score: 5 }, { id: 'both', score: 4.5 }] },
      ],
      (r) => r.id,
      (r) => r.score,
    );
    expect(merged.map((m) => m.item.id)).toEqual(['both', 'only-typed', 'only-synonym']);
  });

  it('keeps the order of a single list', () => {
    expect(ids(mergeResults([{ kind: 'exact', results: ['c', 'a', 'b'] }], id))).toEqual(['c', 'a', 'b']);
  });

  it('uses the scores given: a close second in one list stays close, a distant one does not', () => {
    type R = { id: string; score: number };
    const merged = mergeResults<R>(
      [
        { kind: 'exact', results: [{ id: 'a', score: 10 }, { id: 'b', score: 9.5 }, { id: 'c', score: 1 }] },
        { kind: 'synonym', results: [{ id: 'c', score: 4 }, { id: 'b', score: 3 }] },
      ],
      (r) => r.id,
      (r) => r.score,
    );
    // b: 0.95 + 0.7 * 0.75; a: 1; c: 0.1 + 0.7.
    expect(merged.map((m) => m.item.id)).toEqual(['b', 'a', 'c']);
    expect(merged[0]?.score).toBeCloseTo(0.95 + 0.7 * 0.75);
  });

  it('gives nothing for no results', () => {
    expect(mergeResults([{ kind: 'exact', results: [] }], id)).toEqual([]);
    expect(mergeResults([], id)).toEqual([]);
  });

  it('uses the key, not object identity, to spot duplicates', () => {
    const merged = mergeResults(
      [
        { kind: 'exact', results: [{ id: '1', from: 'exact' }] },
        { kind: 'synonym', results: [{ id: '1', from: 'synonym' }] },
      ],
      (r) => r.id,
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]?.item.from).toBe('exact');
  });

  it('holds for any lists: the union, no duplicates, and the typed words’ top page stays in front of synonym-only pages', () => {
    const page = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7');
    const list = (kind: RankedList<string>['kind']) =>
      fc.uniqueArray(page, { maxLength: 7 }).map((results) => ({ kind, results }));
    fc.assert(
      fc.property(list('exact'), fc.array(fc.oneof(list('rewritten'), list('synonym')), { maxLength: 4 }), (exact, others) => {
        const merged = ids(mergeResults([exact, ...others], id));
        const union = new Set([exact, ...others].flatMap((l) => l.results));
        if (merged.length !== union.size || new Set(merged).size !== merged.length) return false;
        const top = exact.results[0];
        if (top === undefined) return true;
        // A page only a synonym found can beat the typed words' best page only if several synonyms agree on it.
        const beaten = merged.slice(0, merged.indexOf(top)).filter((p) => !exact.results.includes(p));
        return beaten.every((p) => others.filter((l) => l.results.includes(p)).length >= 2);
      }),
    );
  });
});

describe('best bets', () => {
  it('puts the best page of a best bet first, even above a stronger exact match', () => {
    const merged = mergeResults(
      [
        { kind: 'exact', results: ['generic-1', 'generic-2'] },
        { kind: 'bestBet', results: ['about', 'generic-1'] },
      ],
      id,
    );
    expect(ids(merged)).toEqual(['about', 'generic-1', 'generic-2']);
    expect(merged.map((m) => m.pinned)).toEqual([true, false, false]);
  });

  it('pins nothing without a best bet', () => {
    expect(mergeResults([{ kind: 'exact', results: ['a'] }], id).some((m) => m.pinned)).toBe(false);
  });

  it('scores a list by rank when no scores are given: 1, 1/2, 1/3…', () => {
    const merged = mergeResults([{ kind: 'exact', results: ['a', 'b', 'c'] }], id);
    expect(merged.map((m) => m.score)).toEqual([1, 1 / 2, 1 / 3]);
  });

  it('adds nothing (not NaN) for a list whose scores are all zero', () => {
    const merged = mergeResults([{ kind: 'exact', results: ['a', 'b'] }], id, () => 0);
    expect(merged.map((m) => m.score)).toEqual([0, 0]);
    expect(ids(merged)).toEqual(['a', 'b']);
  });

  it('pins only the top page of the first best bet, and nothing without one', () => {
    expect(mergeResults([{ kind: 'exact', results: ['a'] }], id)[0]?.pinned).toBe(false);
    const merged = mergeResults(
      [
        { kind: 'exact', results: ['e'] },
        { kind: 'bestBet', results: ['x', 'y'] },
        { kind: 'bestBet', results: ['z'] },
      ],
      id,
      () => 1,
    );
    expect(merged.filter((m) => m.pinned).map((m) => m.item)).toEqual(['x']);
    expect(ids(merged)[0]).toBe('x');
  });

  it('marks a page exact when any exact list found it, whichever came first', () => {
    const later = mergeResults(
      [
        { kind: 'synonym', results: ['a'] },
        { kind: 'exact', results: ['a'] },
      ],
      id,
    );
    expect(later[0]?.exact).toBe(true);
    const earlier = mergeResults(
      [
        { kind: 'exact', results: ['a'] },
        { kind: 'synonym', results: ['a'] },
      ],
      id,
    );
    expect(earlier[0]?.exact).toBe(true);
  });

  it('on equal scores puts the exact page before one found otherwise, then keeps the order given', () => {
    const merged = mergeResults(
      [
        { kind: 'exact', results: ['e'] },
        { kind: 'bestBet', results: ['p', 'q'] },
      ],
      id,
      () => 1,
    );
    expect(ids(merged)).toEqual(['p', 'e', 'q']);
    expect(ids(mergeResults([{ kind: 'exact', results: ['a', 'b', 'c'] }], id, () => 1))).toEqual(['a', 'b', 'c']);
    expect(ids(mergeResults([{ kind: 'synonym', results: ['a', 'b'] }, { kind: 'synonym', results: ['c'] }], id, () => 1))).toEqual(['a', 'b', 'c']);
  });
});
