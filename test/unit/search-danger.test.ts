import { describe, expect, it } from 'vitest';
import dangerFile from '../../src/data/search-danger.json';
import crisisFile from '../../src/data/search-crisis.json';
import { getService } from '../../src/data/support-services';
import { meetsRule, readsAsDanger, type DangerRule } from '../../src/lib/search/danger';
import { crisisFileSchema, dangerFileSchema } from '../../src/lib/search/data-schemas';

const rule = (r: Partial<DangerRule>): DangerRule => ({ phrases: [], alsoOneOf: [], wholeQuery: [], except: [], ...r });

describe('the reviewed danger rules', () => {
  it('pass their schema', () => {
    expect(() => dangerFileSchema.parse(dangerFile)).not.toThrow();
  });

  it.each(dangerFile.mustTrigger)('"%s" reads as danger', (query) => {
    expect(readsAsDanger(query, dangerFile.rules)).toBe(true);
  });

  it.each(dangerFile.mustNotTrigger)('"%s" does not', (query) => {
    expect(readsAsDanger(query, dangerFile.rules)).toBe(false);
  });

  it('list no query as both must and must not', () => {
    expect(dangerFile.mustTrigger.filter((q) => dangerFile.mustNotTrigger.includes(q))).toEqual([]);
  });
});

describe('the reviewed crisis rules (suicide, self-harm)', () => {
  it('pass their schema, and name a service in the record that fits "crisis" and has a phone number', () => {
    expect(() => crisisFileSchema.parse(crisisFile)).not.toThrow();
    const service = getService(crisisFile.service as Parameters<typeof getService>[0]);
    expect(service.situations).toContain('crisis');
    expect(service.phone?.display).toBe('116 123');
  });

  it.each(crisisFile.mustTrigger)('"%s" reads as crisis', (query) => {
    expect(readsAsDanger(query, crisisFile.rules)).toBe(true);
  });

  it.each(crisisFile.mustNotTrigger)('"%s" does not', (query) => {
    expect(readsAsDanger(query, crisisFile.rules)).toBe(false);
  });

  it('list no query as both must and must not', () => {
    expect(crisisFile.mustTrigger.filter((q) => crisisFile.mustNotTrigger.includes(q))).toEqual([]);
  });

  it('informational questions about danger and safety show neither panel', () => {
    for (const query of ['how dangerous are stalkers', 'danger signs', 'safety planning']) {
      expect([query, readsAsDanger(query, dangerFile.rules), readsAsDanger(query, crisisFile.rules)]).toEqual([query, false, false]);
    }
  });
});

describe('crisisFileSchema', () => {
  it('rejects a service id that is not an id, short test lists and an unknown field', () => {
    expect(crisisFileSchema.safeParse({ ...crisisFile, service: 'Samaritans' }).success).toBe(false);
    expect(crisisFileSchema.safeParse({ ...crisisFile, mustTrigger: crisisFile.mustTrigger.slice(0, 19) }).success).toBe(false);
    expect(crisisFileSchema.safeParse({ ...crisisFile, mustNotTrigger: crisisFile.mustNotTrigger.slice(0, 9) }).success).toBe(false);
    expect(crisisFileSchema.safeParse({ ...crisisFile, answer: {} }).success).toBe(false);
  });
});

describe('meetsRule', () => {
  it('needs one of the phrases, as whole words', () => {
    const r = rule({ phrases: ['kill me', 'knife'] });
    expect(meetsRule('he will kill me', r)).toBe(true);
    expect(meetsRule('a knife', r)).toBe(true);
    expect(meetsRule('knifes', r)).toBe(false);
    expect(meetsRule('kill', r)).toBe(false);
  });

  it('with alsoOneOf, needs one of those too', () => {
    const r = rule({ phrases: ['outside'], alsoOneOf: ['now', 'right now'] });
    expect(meetsRule('he is outside now', r)).toBe(true);
    expect(meetsRule('outside right now', r)).toBe(true);
    expect(meetsRule('he waits outside', r)).toBe(false);
    expect(meetsRule('now', r)).toBe(false);
  });

  it('meets wholeQuery only when the query is exactly that', () => {
    const r = rule({ phrases: ['unused phrase'], wholeQuery: ['help'] });
    expect(meetsRule('help', r)).toBe(true);
    expect(meetsRule('get help', r)).toBe(false);
  });

  it('never meets the rule when an exception is there, even for a whole query', () => {
    const r = rule({ phrases: ['emergency'], wholeQuery: ['emergency order'], except: ['emergency order'] });
    expect(meetsRule('emergency', r)).toBe(true);
    expect(meetsRule('an emergency order', r)).toBe(false);
    expect(meetsRule('emergency order', r)).toBe(false);
  });
});

describe('meetsRule with the lists the browser leaves out when empty', () => {
  it('reads a missing alsoOneOf, wholeQuery or except as empty', () => {
    const r: DangerRule = { phrases: ['outside now'] };
    expect(meetsRule('he is outside now', r)).toBe(true);
    expect(meetsRule('help', r)).toBe(false);
    expect(meetsRule('help', { phrases: ['x'], wholeQuery: ['help'] })).toBe(true);
    expect(meetsRule('outside now', { phrases: ['outside now'], alsoOneOf: [] })).toBe(true);
    expect(meetsRule('outside now', { phrases: ['outside now'], except: ['outside now'] })).toBe(false);
  });
});

describe('readsAsDanger', () => {
  const rules = [rule({ phrases: ['help me'] }), rule({ phrases: ['outside'], alsoOneOf: ['now'] })];

  it('normalises what was typed first', () => {
    expect(readsAsDanger('  HELP   me!! ', rules)).toBe(true);
    expect(readsAsDanger("He's OUTSIDE, now", rules)).toBe(true);
  });

  it('is true when any rule is met, false for none or an empty query', () => {
    expect(readsAsDanger('outside now', rules)).toBe(true);
    expect(readsAsDanger('outside', rules)).toBe(false);
    expect(readsAsDanger('', [rule({ wholeQuery: [''] })])).toBe(false);
    expect(readsAsDanger('help me', [])).toBe(false);
  });
});

describe('dangerFileSchema', () => {
  const valid = dangerFile;
  const withRule = (r: Record<string, unknown>) => ({ ...valid, rules: [{ ...valid.rules[0], ...r }] });

  it('rejects a phrase not written normalised, naming it', () => {
    const result = dangerFileSchema.safeParse(withRule({ phrases: ["He's here"] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('"hes here"');
    expect(result.error?.issues[0]?.path).toEqual(['rules', 0, 'phrases', 0]);
  });

  it('rejects a phrase listed twice', () => {
    const result = dangerFileSchema.safeParse(withRule({ except: ['x y', 'x y'] }));
    expect(result.error?.issues.map((i) => i.message)).toEqual(['phrase "x y" is listed twice']);
  });

  it('rejects a rule with no phrases, no reason, or an unknown field', () => {
    expect(dangerFileSchema.safeParse(withRule({ phrases: [] })).success).toBe(false);
    expect(dangerFileSchema.safeParse(withRule({ why: 'short' })).success).toBe(false);
    expect(dangerFileSchema.safeParse(withRule({ also: ['now'] })).success).toBe(false);
  });

  it('rejects an answer that is not a site path, and short test lists', () => {
    expect(dangerFileSchema.safeParse({ ...valid, answer: { ...valid.answer, page: 'getting-help' } }).success).toBe(false);
    expect(dangerFileSchema.safeParse({ ...valid, mustTrigger: valid.mustTrigger.slice(0, 19) }).success).toBe(false);
    expect(dangerFileSchema.safeParse({ ...valid, mustNotTrigger: valid.mustNotTrigger.slice(0, 9) }).success).toBe(false);
  });
});
