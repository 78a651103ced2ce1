import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { uiSchema } from '../../src/i18n/schema';
import { locales, stringsFor, useStrings } from '../../src/i18n';
import { fixedPageAddresses, href, localeOfPath, publishedLocales } from '../../src/i18n/routing';
import { fill, fillPlural, placeholders } from '../../src/i18n/format';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalise, pseudoTemplate } from '../../src/i18n/pseudo';

/** Every template of a table, with its key (plural forms and number words each count). */
const templates = (table: Record<string, unknown>): [string, string][] =>
  Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[key, value] as [string, string]]
      : Array.isArray(value)
        ? value.map((v, i) => [`${key}.${i}`, v as string] as [string, string])
        : Object.entries(value as Record<string, string>).map(([form, v]) => [`${key}.${form}`, v] as [string, string]),
  );

describe('the interface table', () => {
  it('describes every key in its schema', () => {
    const undescribed = Object.entries(uiSchema.shape).filter(([, field]) => !field.description).map(([key]) => key);
    expect(undescribed).toEqual([]);
  });

  it('has flat dotted keys', () => {
    for (const key of Object.keys(uiSchema.shape)) expect(key).toMatch(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z-]*)+$/);
  });

  it('checks each locale strictly: a missing or unknown key fails, naming it', () => {
    for (const locale of locales) expect(() => stringsFor(locale)).not.toThrow();
    const { ['exit.button']: _dropped, ...missing } = en;
    expect(uiSchema.safeParse(missing).error?.issues[0]?.path).toEqual(['exit.button']);
    const extra = uiSchema.safeParse({ ...en, 'exit.buton': 'Exit' });
    expect(extra.success).toBe(false);
    expect(JSON.stringify(extra.error?.issues)).toContain('exit.buton');
  });

  it('gives each English plural the forms English uses, one and other', () => {
    const rules = new Intl.PluralRules('en-GB');
    for (const [key, value] of Object.entries(en)) {
      if (typeof value !== 'object' || Array.isArray(value)) continue;
      expect(Object.keys(value), key).toContain('other');
      for (const form of Object.keys(value)) expect(rules.resolvedOptions().pluralCategories, `${key}.${form}`).toContain(form);
    }
  });

  it('fills templates, and refuses a missing value, an unused one, NaN or a stray brace', () => {
    expect(fill('k', 'Shift pressed {count} times.', { count: 2 })).toBe('Shift pressed 2 times.');
    expect(() => fill('k', 'At {time} today', {})).toThrow(/"k" needs a value for \{time\}/);
    expect(() => fill('k', 'Today', { time: '9am' })).toThrow(/no \{time\}/);
    expect(() => fill('k', 'At {time}', { time: Number.NaN })).toThrow(/NaN/);
    expect(() => fill('k', 'At {time', { time: '9am' })).toThrow(/stray brace/);
    expect(placeholders('{a} and {b}')).toEqual(['a', 'b']);
  });

  it('chooses plural forms with Intl.PluralRules for the locale, not English rules in code', () => {
    const forms = { one: '{count} page', other: '{count} pages' };
    expect(fillPlural('k', forms, 1, 'en-GB')).toBe('1 page');
    expect(fillPlural('k', forms, 0, 'en-GB')).toBe('0 pages');
    // Welsh has six categories: "two" for 2, "few" for 3, "many" for 6.
    const welsh = { zero: 'z {count}', one: 'o {count}', two: 't {count}', few: 'f {count}', many: 'm {count}', other: 'x {count}' };
    expect([0, 1, 2, 3, 6, 7].map((n) => fillPlural('k', welsh, n, 'cy'))).toEqual(['z 0', 'o 1', 't 2', 'f 3', 'm 6', 'x 7']);
    const { plural, numberWord } = useStrings('en-GB');
    expect(plural('unit.year', 2, { count: numberWord(2) })).toBe('two years');
    expect(plural('unit.month', 12, { count: numberWord(12) })).toBe('12 months');
  });

  it('takes a page’s locale from its address, never from the build', () => {
    expect(localeOfPath('/')).toBe('en-GB');
    expect(localeOfPath('/search/')).toBe('en-GB');
    expect(localeOfPath('/en-xa/')).toBe('en-XA');
    expect(localeOfPath('/en-xa/what-is-stalking/')).toBe('en-XA');
    expect(localeOfPath('/EN-XA/search/')).toBe('en-XA');
    // A page whose own address merely contains a locale's letters is not in that locale.
    expect(localeOfPath('/what-is-stalking/en-xa/')).toBe('en-GB');
    expect(localeOfPath('/en-xanadu/')).toBe('en-GB');
  });

  it('publishes the pseudo-locale only in the pseudo build', () => {
    expect(publishedLocales({})).toEqual(['en-GB']);
    expect(publishedLocales({ SPO_PSEUDO: '0' })).toEqual(['en-GB']);
    expect(publishedLocales({ SPO_PSEUDO: '1' })).toEqual(['en-GB', 'en-XA']);
  });

  it('builds every address from a page’s key and a locale', () => {
    expect(href('home', 'en-GB')).toBe('/');
    expect(href('home', 'en-XA')).toBe('/en-xa/');
    expect(href('makeALetter', 'en-GB')).toBe('/make-a-letter/');
    expect(href('aToZ', 'en-XA')).toBe('/en-xa/a-to-z/');
    expect(href('what-is-stalking', 'en-GB')).toBe('/what-is-stalking/');
    expect(href('what-is-stalking', 'en-XA', 'signs')).toBe('/en-xa/what-is-stalking/#signs');
    // Every locale has an address for every page, and no two pages share one.
    for (const locale of locales) {
      const addresses = Object.keys(fixedPageAddresses).map((key) => href(key as keyof typeof fixedPageAddresses, locale));
      expect(new Set(addresses).size, locale).toBe(addresses.length);
    }
  });
});

describe('the pseudo-locale en-XA', () => {
  it('wraps every template in brackets and keeps its placeholders', () => {
    const pseudo = templates(pseudoLocalise(en));
    const english = new Map(templates(en));
    for (const [key, text] of pseudo) {
      expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE), key).toBe(true);
      expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
    }
    expect(pseudoTemplate('Call {number}')).toBe('⟦Cááll {number}⟧');
  });

  it('is at least 30% longer than English, over the whole table', () => {
    const length = (table: Record<string, unknown>) => templates(table).reduce((sum, [, text]) => sum + text.length, 0);
    expect(length(pseudoLocalise(en)) / length(en)).toBeGreaterThanOrEqual(1.3);
  });
});
