/**
 * Content in a page's language (src/lib/content-locale.ts): English from its source, another language
 * from its own file beside its translated pages, which must be there; the pseudo-locale shows English.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewLocales } from '../../src/i18n/routing';
import { contentIn, contentLocaleOf } from '../../src/lib/content-locale';

const english = { from: 'the English source' };

describe('content in a page’s language', () => {
  it('is the English source for English pages and for the pseudo-locale’s', () => {
    expect(contentLocaleOf('en-GB')).toBe('en-GB');
    expect(contentLocaleOf('en-XA')).toBe('en-GB');
    expect(contentIn('guideSteps', 'en-GB', english)).toBe(english);
    expect(contentIn('letters', 'en-XA', english)).toBe(english);
  });

  it('is the language’s own file in a real language (en-XA treated as one here), which must exist and be JSON', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spo-content-'));
    expect(contentLocaleOf('en-XA', [])).toBe('en-XA');
    expect(() => contentIn('guideResult', 'en-XA', english, root, [])).toThrow(
      'src/content/translations/en-XA/guide-result.json is missing: a published language needs its own copy of this content',
    );
    mkdirSync(path.join(root, 'src/content/translations/en-XA'), { recursive: true });
    writeFileSync(path.join(root, 'src/content/translations/en-XA/guide-result.json'), '{"from":"its own file"}');
    expect(contentIn('guideResult', 'en-XA', english, root, [])).toEqual({ from: 'its own file' });
    writeFileSync(path.join(root, 'src/content/translations/en-XA/letters.json'), '{ not json');
    expect(() => contentIn('letters', 'en-XA', english, root, [])).toThrow(/^src\/content\/translations\/en-XA\/letters\.json is not valid JSON: /);
  });

  it('is English where a language being previewed (SPO_PREVIEW_LOCALES) has no file yet, and its own file once it has one', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spo-content-'));
    // Welsh as it was before it was published: a language being previewed.
    expect(previewLocales({ SPO_PREVIEW_LOCALES: 'cy' }, ['en-GB'])).toEqual(['cy']);
    expect(contentIn('guideSteps', 'cy', english, root, undefined, ['cy'])).toBe(english);
    mkdirSync(path.join(root, 'src/content/translations/cy'), { recursive: true });
    writeFileSync(path.join(root, 'src/content/translations/cy/guide.json'), '{"from":"Welsh"}');
    expect(contentIn('guideSteps', 'cy', english, root, undefined, ['cy'])).toEqual({ from: 'Welsh' });
    // Published (no preview): its own file must exist.
    expect(() => contentIn('letters', 'cy', english, root, undefined, [])).toThrow('src/content/translations/cy/letters.json is missing');
  });
});
