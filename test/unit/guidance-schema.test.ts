import { describe, expect, it } from 'vitest';
import { guidanceSchema, isoDateString, londonToday, nonPublicUrlReason } from '../../src/schemas/guidance';

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

/** "field: message" for each complaint. */
function complaints(data: unknown): string[] {
  const result = guidanceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
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

  it('keeps the dates as typed: midnight UTC of the same calendar day', () => {
    const parsed = guidanceSchema.parse(valid);
    expect(parsed.lastReviewed.toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect(parsed.reviewDue.toISOString()).toBe('2027-05-28T00:00:00.000Z');
  });

  // The four kinds the audit found passing silently, each shown wrong on the page.
  it.each([
    ['an unquoted date (YAML makes it a Date, and 2026-02-30 becomes 2 March)', new Date('2026-03-02'), /in quotes/],
    ['a day that does not exist', '2026-02-30', /not a real date: "2026-02-30"/],
    ['a day and month with no year', '1 March', /YYYY-MM-DD/],
    ['a bare year', 2026, /YYYY-MM-DD/],
    ['a month 13', '2026-13-01', /not a real date/],
    ['a date with a time', '2026-11-28T10:00', /YYYY-MM-DD/],
  ])('rejects %s as lastReviewed, saying how to write it', (_kind, value, message) => {
    const found = complaints({ ...valid, lastReviewed: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^lastReviewed: /);
    expect(found[0]).toMatch(message);
  });

  it('rejects a last review after the build date (today in London)', () => {
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000);
    const future = londonToday(tomorrow);
    const due = `${Number(future.slice(0, 4)) + 1}${future.slice(4)}`;
    expect(complaints({ ...valid, lastReviewed: future, reviewDue: due })).toEqual([
      `lastReviewed: "${future}" is after today (${londonToday()}): a page cannot have been reviewed in the future`,
    ]);
    expect(complaints({ ...valid, lastReviewed: londonToday(), reviewDue: due })).toEqual([]);
  });

  it('rejects a review due more than 2 years after the last review, and accepts exactly 2 years', () => {
    expect(complaints({ ...valid, reviewDue: '2028-11-29' })).toEqual([
      'reviewDue: "2028-11-29" is more than 2 years after lastReviewed ("2026-11-28"): review at least every 2 years',
    ]);
    expect(complaints({ ...valid, reviewDue: '2028-11-28' })).toEqual([]);
    expect(complaints({ ...valid, reviewDue: '2026-11-28' })).toEqual(['reviewDue: "2026-11-28" must be later than lastReviewed ("2026-11-28")']);
  });

  it.each([
    'https://localhost:1/x',
    'https://localhost/x',
    'https://sub.localhost/x',
    'https://127.0.0.1/x',
    'https://2130706433/x',
    'https://10.0.0.8/x',
    'https://192.168.1.1/x',
    'https://[::1]/x',
    'https://intranet/x',
    'https://printer.local/x',
    'https://site.internal/x',
    'https://www.example/x',
    'https://www.gov.uk:8443/x',
    'https://user:secret@www.gov.uk/x',
    'http://www.gov.uk/x',
    'ftp://www.gov.uk/x',
    'www.gov.uk/x',
  ])('rejects the source address %s', (url) => {
    expect(nonPublicUrlReason(url)).toBeDefined();
    expect(complaints({ ...valid, sources: [{ label: 'Somewhere', url }] })).toEqual([`sources.0.url: ${nonPublicUrlReason(url)}`]);
  });

  it.each(['https://www.legislation.gov.uk/ukpga/2019/9', 'https://gov.uk/', 'https://xn--bcher-kva.example.com/a?b=c#d'])('accepts the public address %s', (url) => {
    expect(nonPublicUrlReason(url)).toBeUndefined();
  });
});

describe('isoDateString, the strict date other content fields reuse', () => {
  it('keeps a real date as the string typed', () => {
    expect(isoDateString.parse('2028-02-29')).toBe('2028-02-29');
  });

  it.each(['2027-02-29', '2026-04-31', '2026-00-10', '26-11-28', ' 2026-11-28', '2026-11-28 '])('rejects %j', (value) => {
    expect(isoDateString.safeParse(value).success).toBe(false);
  });
});

describe('londonToday, the build date', () => {
  it('is the date in London, not in UTC', () => {
    expect(londonToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
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
