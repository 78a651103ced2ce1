/**
 * Translated guidance pages (issue 28, points 4 and 6): the one map of page pairs, held to the files
 * both ways; a page without a translation in a real language is not published in it (links go to the
 * English page, which then has no language link to it); a translation older than its English page.
 */
import { describe, expect, it } from 'vitest';
import { alternatesOf, guidanceKeyOf, guidanceSlugIn, href, translatedGuidance } from '../../src/i18n/routing';
import { newerSource, translationNotice, translationProblems, type TranslationFile } from '../../src/lib/translations';
import { translatedGuidanceSchema } from '../../src/schemas/guidance';

const file = (locale: string, slug: string, translationKey: string): TranslationFile => ({
  file: `src/content/translations/${locale}/guidance/${slug}.mdx`,
  locale,
  slug,
  translationKey,
});

describe('the map of page pairs and the translation files', () => {
  const english = ['stalking-log', 'getting-help'];
  const pairs = { 'en-GB': {}, 'en-XA': { 'stalking-log': 'staalkiing-loog' } };

  it('agree when each pair has its file and each file its pair', () => {
    expect(translationProblems([file('en-XA', 'staalkiing-loog', 'stalking-log')], pairs, english)).toEqual([]);
  });

  it('name the file and the field when they disagree', () => {
    expect(translationProblems([], pairs, english)).toEqual([
      `translatedGuidance['en-XA']['stalking-log'] in src/i18n/routing.ts: no file src/content/translations/en-XA/guidance/staalkiing-loog.mdx translates "stalking-log"`,
    ]);
    expect(translationProblems([file('en-XA', 'staalkiing-loog', 'stalking-log'), file('en-XA', 'geet-heelp', 'getting-help')], pairs, english)).toEqual([
      `src/content/translations/en-XA/guidance/geet-heelp.mdx: translatedGuidance['en-XA'] in src/i18n/routing.ts must pair "getting-help" with "geet-heelp"`,
    ]);
    expect(translationProblems([file('en-XA', 'staalkiing-loog', 'stalking-logs')], { 'en-XA': { 'stalking-logs': 'staalkiing-loog' } }, english)).toEqual([
      'src/content/translations/en-XA/guidance/staalkiing-loog.mdx: translationKey "stalking-logs" names no English guidance page',
    ]);
    expect(translationProblems([file('xx', 'page', 'stalking-log')], pairs, english)[0]).toBe(
      'src/content/translations/xx/guidance/page.mdx: "xx" is not a locale of the site (src/i18n/table.ts)',
    );
    // A pair needs a file in its own locale, with its slug, that translates its page.
    const both = { 'en-GB': { 'stalking-log': 'staalkiing-loog' }, 'en-XA': { 'stalking-log': 'staalkiing-loog' } };
    expect(translationProblems([file('en-XA', 'staalkiing-loog', 'stalking-log')], both, english)).toEqual([
      `translatedGuidance['en-GB']['stalking-log'] in src/i18n/routing.ts: no file src/content/translations/en-GB/guidance/staalkiing-loog.mdx translates "stalking-log"`,
    ]);
    expect(translationProblems([file('en-XA', 'loog', 'stalking-log')], pairs, english)).toEqual([
      `src/content/translations/en-XA/guidance/loog.mdx: translatedGuidance['en-XA'] in src/i18n/routing.ts must pair "stalking-log" with "loog"`,
      `translatedGuidance['en-XA']['stalking-log'] in src/i18n/routing.ts: no file src/content/translations/en-XA/guidance/staalkiing-loog.mdx translates "stalking-log"`,
    ]);
    expect(translationProblems([file('en-XA', 'x', 'stalking-log')], { 'en-GB': {}, 'en-XA': { 'stalking-log': 'x', 'getting-help': 'x' } }, english)).toEqual([
      `translatedGuidance['en-XA']['getting-help'] in src/i18n/routing.ts: no file src/content/translations/en-XA/guidance/x.mdx translates "getting-help"`,
    ]);
    // The same page translated into two languages is no duplicate.
    expect(translationProblems([file('en-XA', 'staalkiing-loog', 'stalking-log'), file('en-GB', 'staalkiing-loog', 'stalking-log')], both, english)).toEqual([]);
    const twice = translationProblems([file('en-XA', 'staalkiing-loog', 'stalking-log'), file('en-XA', 'loog', 'stalking-log')], pairs, english);
    expect(twice).toContain('src/content/translations/en-XA/guidance/loog.mdx: another en-XA file also translates "stalking-log"');
    expect(twice).toContain('src/content/translations/en-XA/guidance/staalkiing-loog.mdx: another en-XA file also translates "stalking-log"');
  });
});

describe('where a guidance page is in each language', () => {
  it('is at its translation’s own address where it has one, and its English key is found from it', () => {
    expect(translatedGuidance['en-XA']['stalking-log']).toBe('staalkiing-loog');
    expect(guidanceSlugIn('stalking-log', 'en-XA')).toBe('staalkiing-loog');
    expect(href('stalking-log', 'en-XA', 'how-to-use-it')).toBe('/en-xa/staalkiing-loog/#how-to-use-it');
    expect(guidanceKeyOf('staalkiing-loog', 'en-XA')).toBe('stalking-log');
    expect(guidanceKeyOf('getting-help', 'en-XA')).toBe('getting-help');
    expect(href('stalking-log', 'en-GB')).toBe('/stalking-log/');
  });

  it('pairs the two addresses both ways in the language links', () => {
    const both = ['en-GB', 'en-XA'] as const;
    expect(alternatesOf('/stalking-log/', both)).toEqual([
      { locale: 'en-GB', href: '/stalking-log/' },
      { locale: 'en-XA', href: '/en-xa/staalkiing-loog/' },
    ]);
    expect(alternatesOf('/en-xa/staalkiing-loog/', both)).toEqual(alternatesOf('/stalking-log/', both));
  });

  it('shows the English page in the pseudo-locale where it has no translation, and in no other locale', () => {
    expect(guidanceSlugIn('getting-help', 'en-XA')).toBe('getting-help');
    expect(guidanceSlugIn('getting-help', 'en-GB')).toBe('getting-help');
    expect(href('getting-help', 'en-XA')).toBe('/en-xa/getting-help/');
  });

  it('in a real language, publishes only translated pages: links to the others go to the English page, which has no language link to it', () => {
    // en-XA treated as a real language (no English content in it), with one translated page.
    const real = { pairs: { 'en-GB': {}, 'en-XA': { 'stalking-log': 'staalkiing-loog' }, cy: {} }, englishContent: [] } as const;
    const both = ['en-GB', 'en-XA'] as const;
    expect(guidanceSlugIn('getting-help', 'en-XA', real)).toBeUndefined();
    expect(href('getting-help', 'en-XA', 'call', real)).toBe('/getting-help/#call');
    expect(href('stalking-log', 'en-XA', undefined, real)).toBe('/en-xa/staalkiing-loog/');
    expect(alternatesOf('/getting-help/', both, real)).toEqual([{ locale: 'en-GB', href: '/getting-help/' }]);
    expect(alternatesOf('/stalking-log/', both, real)).toEqual([
      { locale: 'en-GB', href: '/stalking-log/' },
      { locale: 'en-XA', href: '/en-xa/staalkiing-loog/' },
    ]);
    // Fixed pages exist in every published language.
    expect(alternatesOf('/search/', both, real).map((a) => a.locale)).toEqual(['en-GB', 'en-XA']);
  });
});

describe('a translation older than its English page', () => {
  const english = { lastReviewed: new Date('2026-12-01T00:00:00Z'), updates: [{ date: '2026-12-01' }] };

  it('gives the English page’s version when the translation was made from an older one', () => {
    expect(newerSource({ sourceVersion: '2026-11-20' }, english)).toBe('2026-12-01');
  });

  it('gives nothing when it was made from the current version', () => {
    expect(newerSource({ sourceVersion: '2026-12-01' }, english)).toBeUndefined();
  });
});

describe('the one line at the top of a translated page (issue 29, point 8)', () => {
  const english = { lastReviewed: '2026-11-20', updates: [{ date: '2026-12-01' }] };
  const checkedBy = { name: 'Welsh-speaking solicitor', date: '2026-12-05' };

  it('says a translation is not checked until its frontmatter names who checked it, with the English page’s version', () => {
    expect(translationNotice({ sourceVersion: '2026-12-01' }, english)).toEqual({ kind: 'unchecked', englishVersion: '2026-12-01' });
    expect(translationNotice({ sourceVersion: '2026-12-01', checkedBy }, english)).toBeUndefined();
  });

  it('says first that a translation is older than its English page, checked or not', () => {
    expect(translationNotice({ sourceVersion: '2026-11-20' }, english)).toEqual({ kind: 'outdated', englishVersion: '2026-12-01' });
    expect(translationNotice({ sourceVersion: '2026-11-20', checkedBy }, english)).toEqual({ kind: 'outdated', englishVersion: '2026-12-01' });
  });

  it('takes checkedBy only as a name and an ISO date, naming the field otherwise', () => {
    const base = translatedGuidanceSchema.shape;
    const checked = base.checkedBy;
    expect(checked.safeParse(undefined).success).toBe(true);
    expect(checked.safeParse(checkedBy).success).toBe(true);
    expect(checked.safeParse({ name: ' ', date: '2026-12-05' }).success).toBe(false);
    expect(checked.safeParse({ name: 'A reviewer', date: '5 December 2026' }).success).toBe(false);
    expect(checked.safeParse({ name: 'A reviewer', date: '2026-12-05', note: 'x' }).success).toBe(false);
    expect(checked.safeParse('2026-12-05').success).toBe(false);
  });
});
