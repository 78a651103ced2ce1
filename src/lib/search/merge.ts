import type { QueryKind } from './expand';

/** How much each kind of query counts when results are merged: the typed words count most. */
export const kindWeights: Record<QueryKind, number> = { exact: 1, rewritten: 0.85, bestBet: 1, synonym: 0.7, intent: 0.7, relaxed: 0.6, partial: 0.5 };

/** The ranked results of one query, best first. */
export interface RankedList<T> {
  kind: QueryKind;
  results: readonly T[];
}

/** A merged result, with how it was found (useful for tests and for explaining a result). */
export interface MergedResult<T> {
  item: T;
  score: number;
  /** True when the words exactly as typed found this page. */
  exact: boolean;
  /** True for the best page of a best bet (the site's term for a phrase that is the whole query). */
  pinned: boolean;
}

/** Score of a result when none is given: falls with rank (1, 1/2, 1/3...). */
const byRank = (_item: unknown, rank: number) => 1 / (rank + 1);

/**
 * Merges the ranked results of several queries into one list with no duplicates (by `key`).
 * Each list's scores are scaled so its best result has 1, then multiplied by the weight of
 * the kind of query and added up per page: a page several queries find rises, and the typed
 * words outweigh synonyms. Ties go to pages the typed words found (exact matches first), then
 * to the order the lists were given in. A best bet's top page comes first of all: the reviewed
 * synonyms file says that whole query means that term.
 */
export function mergeResults<T>(
  lists: readonly RankedList<T>[],
  key: (item: T) => string,
  scoreOf: (item: T, rank: number) => number = byRank,
): MergedResult<T>[] {
  const merged = new Map<string, MergedResult<T> & { first: number }>();
  let pinned: string | undefined;
  let position = 0;
  for (const list of lists) {
    const weight = kindWeights[list.kind];
    const scores = list.results.map((item, rank) => Math.max(0, scoreOf(item, rank)));
    const best = Math.max(0, ...scores);
    list.results.forEach((item, rank) => {
      const id = key(item);
      const add = best > 0 ? (weight * scores[rank]!) / best : 0;
      if (list.kind === 'bestBet' && rank === 0 && pinned === undefined) pinned = id;
      const existing = merged.get(id);
      if (existing) {
        existing.score += add;
        existing.exact ||= list.kind === 'exact';
      } else {
        merged.set(id, { item, score: add, exact: list.kind === 'exact', pinned: false, first: position });
      }
      position += 1;
    });
  }
  if (pinned !== undefined) merged.get(pinned)!.pinned = true;
  return [...merged.values()]
    .sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) || b.score - a.score || Number(b.exact) - Number(a.exact) || a.first - b.first,
    )
    .map(({ item, score, exact, pinned: isPinned }) => ({ item, score, exact, pinned: isPinned }));
}
