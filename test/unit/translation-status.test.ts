/** Which translations are missing or outdated (src/lib/translation-status.ts, `npm run translation-status`). */
import { describe, expect, it } from 'vitest';
import { statusReport, translationStatus, versionOf } from '../../src/lib/translation-status';

const sources = [
  { key: 'what-is-stalking', version: '2026-12-01' },
  { key: 'getting-help', version: '2026-11-20' },
  { key: 'glossary', version: '2026-10-02' },
];

describe('translation status', () => {
  it('dates a page by the newest of its lastReviewed and its updates', () => {
    expect(versionOf({ lastReviewed: new Date('2026-11-01T00:00:00Z') })).toBe('2026-11-01');
    expect(versionOf({ lastReviewed: '2026-11-01', updates: [{ date: '2026-11-20' }, { date: '2026-10-01' }] })).toBe('2026-11-20');
    expect(versionOf({ lastReviewed: '2026-11-21', updates: [{ date: '2026-11-20' }] })).toBe('2026-11-21');
    expect(() => versionOf({})).toThrow(/no lastReviewed date/);
  });

  it('finds each page missing, outdated or up to date, in the sources’ order', () => {
    const statuses = translationStatus(sources, [
      { key: 'glossary', sourceVersion: '2026-10-02' },
      { key: 'what-is-stalking', sourceVersion: '2026-11-30' },
    ]);
    expect(statuses).toEqual([
      { key: 'what-is-stalking', state: 'outdated', sourceVersion: '2026-11-30', version: '2026-12-01' },
      { key: 'getting-help', state: 'missing' },
      { key: 'glossary', state: 'current' },
    ]);
    // Made from a newer English page than the one now published (a reverted change) is not outdated.
    expect(translationStatus(sources.slice(2), [{ key: 'glossary', sourceVersion: '2026-10-03' }])).toEqual([{ key: 'glossary', state: 'current' }]);
  });

  it('names a translation whose English page has gone', () => {
    expect(() => translationStatus(sources, [{ key: 'old-page', sourceVersion: '2026-01-01' }])).toThrow('Translations of pages that have no English source: old-page');
  });

  it('reports each language, and says so when there is none yet', () => {
    expect(statusReport(25, [])).toBe(
      'English: 25 guidance pages, the source of every translation.\nNo translations yet: the site publishes no language besides English (productionLocales in src/i18n/routing.ts).',
    );
    const report = statusReport(3, [{ locale: 'cy', statuses: translationStatus(sources, [{ key: 'what-is-stalking', sourceVersion: '2026-11-30' }, { key: 'glossary', sourceVersion: '2026-10-02' }]) }]);
    expect(report.split('\n')).toEqual([
      'English: 3 guidance pages, the source of every translation.',
      'cy: 1 up to date, 1 outdated, 1 missing.',
      '  outdated: what-is-stalking (made from the English page of 2026-11-30; it changed on 2026-12-01)',
      '  missing: getting-help',
    ]);
  });
});
