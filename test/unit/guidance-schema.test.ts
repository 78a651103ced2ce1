import { describe, expect, it } from 'vitest';
import { guidanceSchema } from '../../src/schemas/guidance';

const valid = {
  title: 'What is a Stalking Protection Order?',
  description: 'A court order that can stop a person stalking you, applied for by the police.',
  summary: ['Only the police can apply for one.'],
  topic: 'orders',
  audience: 'both',
  order: 1,
  lastReviewed: '2026-11-28',
  reviewDue: '2027-05-28',
  sources: [{ label: 'Stalking Protection Act 2019', url: 'https://www.legislation.gov.uk/ukpga/2019/9', pinpoint: 's.1' }],
};

/** Paths of the fields zod complains about, e.g. ["sources"]. */
function failingFields(data: unknown): string[] {
  const result = guidanceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('guidance frontmatter schema', () => {
  it('accepts a complete page and defaults search to true', () => {
    const parsed = guidanceSchema.parse(valid);
    expect(parsed.search).toBe(true);
    expect(parsed.lastReviewed).toBeInstanceOf(Date);
  });

  it.each(['title', 'description', 'summary', 'topic', 'audience', 'order', 'lastReviewed', 'reviewDue', 'sources'])(
    'rejects a page with no %s, naming the field',
    (field) => {
      const { [field as keyof typeof valid]: _removed, ...rest } = valid;
      expect(failingFields(rest)).toContain(field);
    },
  );

  it('rejects an empty sources list', () => {
    expect(failingFields({ ...valid, sources: [] })).toContain('sources');
  });

  it('rejects a source that is not https', () => {
    expect(failingFields({ ...valid, sources: [{ label: 'Somewhere', url: 'http://example.org/' }] })).toContain('sources.0.url');
  });

  it('rejects more than three summary points', () => {
    expect(failingFields({ ...valid, summary: ['One point here.', 'Two point here.', 'Three point here.', 'Four point here.'] })).toContain(
      'summary',
    );
  });

  it('rejects a review due date that is not after the last review', () => {
    expect(failingFields({ ...valid, reviewDue: '2026-01-01' })).toContain('reviewDue');
  });

  it('rejects a date that is not a date', () => {
    expect(failingFields({ ...valid, lastReviewed: 'last Tuesday' })).toContain('lastReviewed');
  });

  it('rejects an unknown topic or audience', () => {
    expect(failingFields({ ...valid, topic: 'gossip' })).toContain('topic');
    expect(failingFields({ ...valid, audience: 'everyone' })).toContain('audience');
  });
});

describe('the "updates" change history', () => {
  const update = { date: '2026-11-28', text: 'Corrected who can apply for a Domestic Abuse Protection Order.' };

  it('is optional, and kept as written when given', () => {
    expect(guidanceSchema.parse(valid).updates).toBeUndefined();
    expect(guidanceSchema.parse({ ...valid, updates: [update] }).updates).toEqual([update]);
  });

  it('rejects an entry without a date, naming the field', () => {
    expect(failingFields({ ...valid, updates: [{ text: update.text }] })).toContain('updates.0.date');
  });

  it('rejects an entry without text, or with empty text', () => {
    expect(failingFields({ ...valid, updates: [{ date: update.date }] })).toContain('updates.0.text');
    expect(failingFields({ ...valid, updates: [{ date: update.date, text: '   ' }] })).toContain('updates.0.text');
  });

  it.each(['2026-02-30', '1 December 2026', '2026-12-1', ''])('rejects the date %j', (date) => {
    expect(failingFields({ ...valid, updates: [{ ...update, date }] })).toContain('updates.0.date');
  });

  it('rejects an unknown field in an entry, so a misspelt key is not lost', () => {
    expect(failingFields({ ...valid, updates: [{ ...update, txt: 'typo' }] })).toContain('updates.0');
  });

  it('accepts several updates newest first, and rejects them oldest first', () => {
    const older = { date: '2026-10-01', text: 'Added the page on interim Stalking Protection Orders.' };
    expect(failingFields({ ...valid, updates: [update, older] })).toEqual([]);
    expect(failingFields({ ...valid, updates: [older, update] })).toContain('updates');
  });

  it('rejects an empty list and an update dated after lastReviewed', () => {
    expect(failingFields({ ...valid, updates: [] })).toContain('updates');
    expect(failingFields({ ...valid, updates: [{ ...update, date: '2026-12-01' }] })).toContain('updates');
  });
});
