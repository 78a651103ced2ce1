import { containsPhrase } from './expand';
import { normaliseQuery } from './normalise';

/**
 * One reviewed rule for words that read as immediate danger. All phrases are written normalised
 * (see normaliseQuery) and match whole words. A query meets the rule when it contains one of
 * `phrases` and, if `alsoOneOf` has any, one of those too ("outside" and "now"); or when the whole
 * query is one of `wholeQuery` ("help"). A query containing one of `except` never meets this rule
 * ("emergency order" is a question about interim orders, not an emergency).
 */
export interface DangerRule {
  phrases: readonly string[];
  /** Left out (in the browser's copy of the rules) when empty, as are `wholeQuery` and `except`. */
  alsoOneOf?: readonly string[];
  wholeQuery?: readonly string[];
  except?: readonly string[];
}

/** Whether one rule reads `query` (already normalised) as danger. */
export function meetsRule(query: string, rule: DangerRule): boolean {
  const has = (phrases: readonly string[] = []) => phrases.some((p) => containsPhrase(query, p));
  if (has(rule.except)) return false;
  if (rule.wholeQuery?.includes(query)) return true;
  return has(rule.phrases) && (!rule.alsoOneOf?.length || has(rule.alsoOneOf));
}

/**
 * Whether what someone typed reads as immediate danger (someone here or outside now, being
 * followed, threats to hurt or kill, a cry for help), so the search shows the 999 panel first.
 */
export function readsAsDanger(typed: string, rules: readonly DangerRule[]): boolean {
  const query = normaliseQuery(typed);
  return query !== '' && rules.some((rule) => meetsRule(query, rule));
}
