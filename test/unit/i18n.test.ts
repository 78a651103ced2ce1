import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { uiSchema } from '../../src/i18n/schema';
import { locales, stringsFor, useStrings } from '../../src/i18n';
import { fixedPageAddresses, href, localeOfPath, previewLocales, publishedLocales } from '../../src/i18n/routing';
import { argumentsOf, checkValues, messageFormatter, parseMessage, pluralProblems } from '../../src/i18n/messages';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalise, pseudoTemplate } from '../../src/i18n/pseudo';

/** Every message of a table, with its key. */
const templates = (table: Record<string, string>): [string, string][] => Object.entries(table);

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

  it('gives each English plural the forms English uses, one and other, and no other', () => {
    const plurals = Object.entries(en).filter(([, message]) => / plural,/.test(message));
    expect(plurals.length).toBeGreaterThan(10);
    for (const [key, message] of plurals) expect(pluralProblems(parseMessage(key, message), 'en-GB'), key).toEqual([]);
    expect(pluralProblems(parseMessage('k', '{count, plural, other {# pages}}'), 'en-GB')).toEqual(['{count} has no form for one']);
    expect(pluralProblems(parseMessage('k', '{count, plural, one {#} two {#} other {#}}'), 'en-GB')).toEqual(['{count} has a form for two, which en-GB never uses']);
  });

  it('formats ICU messages, and refuses a missing value, an unused one, NaN, a word for a number, a bad message or quoting', () => {
    const format = messageFormatter('en-GB');
    expect(format('k', 'Shift pressed {count} times.', { count: 2 })).toBe('Shift pressed 2 times.');
    expect(() => format('k', 'At {time} today', {})).toThrow(/"k" needs a value for \{time\}/);
    expect(() => format('k', 'Today', { time: '9am' })).toThrow(/no \{time\}/);
    expect(() => format('k', 'At {time}', { time: Number.NaN })).toThrow(/NaN/);
    expect(() => format('k', '{n, plural, one {#} other {#}}', { n: 'two' })).toThrow(/needs a number for \{n\}/);
    expect(() => format('k', 'At {time', { time: '9am' })).toThrow(/"k" is not a valid ICU message/);
    expect(() => parseMessage('k', "Press '{Shift}' now")).toThrow(/ICU quoting.*write ’/);
    expect(argumentsOf(parseMessage('k', '{a} {n, plural, one {# {b}} other {# {c}}} {s, select, x {{d}} other {}}'))).toEqual({
      names: new Set(['a', 'n', 'b', 'c', 's', 'd']),
      numbers: new Set(['n']),
    });
    expect(() => checkValues('k', argumentsOf(parseMessage('k', '{a}')), { a: 'x' })).not.toThrow();
    expect(() => format('k', 'Today', { time: '9am', day: 'Monday' })).toThrow('Interface text "k" has no {time}, {day} to fill');
    // Numbers: plural, selectordinal and `{n, number}` need one; a date or a plain argument does not.
    expect(argumentsOf(parseMessage('k', '{a, number} {b, date} {c, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} {d, time}'))).toEqual({
      names: new Set(['a', 'b', 'c', 'd']),
      numbers: new Set(['a', 'c']),
    });
    expect(format('k', '{c, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { c: 22 })).toBe('22nd');
    expect(pluralProblems(parseMessage('k', '{c, selectordinal, one {#st} other {#th}}'), 'en-GB')).toEqual(['{c} has no form for two, few']);
    expect(pluralProblems(parseMessage('k', '{c, plural, one {#} two {#} few {#} other {#}}'), 'en-GB')).toEqual(['{c} has a form for two, few, which en-GB never uses']);
    // A message that does not parse is named with the parser's first line only.
    expect(() => parseMessage('k', '{count, plural, one {x}')).toThrow(/^Interface text "k" is not a valid ICU message: Unexpected message end at line 1 col 24:$/);
    // The parser's lenient mode: an apostrophe in words and a function argument with a style are allowed.
    expect(format('k', 'it’s {n, number, integer}', { n: 3 })).toBe('it’s 3');
  });

  it('chooses plural forms by the locale’s CLDR rules, with exact forms and select in the message, not in code', () => {
    const english = messageFormatter('en-GB');
    const pages = '{count, plural, one {# page} other {# pages}}';
    expect([0, 1, 2, 1234].map((count) => english('k', pages, { count }))).toEqual(['0 pages', '1 page', '2 pages', '1,234 pages']);
    // Welsh has six categories: zero 0, one 1, two 2, few 3, many 6, other 4, 7, 100…
    const welshRules = '{count, plural, zero {z #} one {o #} two {t #} few {f #} many {m #} other {x #}}';
    expect(pluralProblems(parseMessage('k', welshRules), 'cy')).toEqual([]);
    expect(pluralProblems(parseMessage('k', pages), 'cy')).toEqual(['{count} has no form for zero, two, few, many']);
    const welsh = messageFormatter('cy');
    expect([0, 1, 2, 3, 4, 6, 7].map((count) => welsh('k', welshRules, { count }))).toEqual(['z 0', 'o 1', 't 2', 'f 3', 'x 4', 'm 6', 'x 7']);
    // Welsh numerals take the counted noun's gender and mutate it: exact forms and select say so in the message.
    const years = '{count, plural, =2 {dwy flynedd} =3 {tair blynedd} =5 {pum mlynedd} zero {# blynedd} one {blwyddyn} two {# flynedd} few {# blynedd} many {# mlynedd} other {# mlynedd}}';
    expect([2, 3, 5, 1].map((count) => welsh('k', years, { count }))).toEqual(['dwy flynedd', 'tair blynedd', 'pum mlynedd', 'blwyddyn']);
    const two = '{gender, select, feminine {dwy} other {dau}}';
    expect([welsh('k', two, { gender: 'feminine' }), welsh('k', two, { gender: 'masculine' })]).toEqual(['dwy', 'dau']);
    expect(pluralProblems(parseMessage('k', '{g, select, a {x}}'), 'cy')).toEqual(['a select has no "other" form']);
    // English amounts say one to nine in words (GOV.UK style), in the message's exact forms.
    const { plural } = useStrings('en-GB');
    expect([plural('unit.year', 2), plural('unit.month', 12), plural('unit.day', 1), plural('unit.occasion', 10)]).toEqual(['two years', '12 months', 'one day', '10 occasions']);
  });

  it('checks that every locale’s message names the same arguments as the English one', () => {
    for (const locale of locales) {
      const table = stringsFor(locale) as Record<string, string>;
      for (const [key, message] of Object.entries(en)) {
        expect([...argumentsOf(parseMessage(key, table[key]!)).names].sort(), `${locale} ${key}`).toEqual([...argumentsOf(parseMessage(key, message)).names].sort());
      }
    }
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
    expect(publishedLocales({})).toEqual(['en-GB', 'cy']);
    expect(publishedLocales({ SPO_PSEUDO: '0' })).toEqual(['en-GB', 'cy']);
    expect(publishedLocales({ SPO_PSEUDO: '1' })).toEqual(['en-GB', 'en-XA']);
  });

  it('adds a language being translated only for a preview build (SPO_PREVIEW_LOCALES), never an unknown code, English or the pseudo-locale', () => {
    // As Welsh was before it was published (production: English only).
    expect(previewLocales({}, ['en-GB'])).toEqual([]);
    expect(previewLocales({ SPO_PREVIEW_LOCALES: ' cy ' }, ['en-GB'])).toEqual(['cy']);
    expect(previewLocales({ SPO_PREVIEW_LOCALES: 'en-GB,en-XA,xx,cy' }, ['en-GB'])).toEqual(['cy']);
    // A published language is never previewed on top.
    expect(previewLocales({ SPO_PREVIEW_LOCALES: 'cy' })).toEqual([]);
    expect(publishedLocales({ SPO_PREVIEW_LOCALES: 'cy' })).toEqual(['en-GB', 'cy']);
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
  it('wraps every message in brackets and changes only its words: arguments, plural and select keys stay', () => {
    const pseudo = templates(pseudoLocalise(en));
    const english = new Map(templates(en));
    const shape = (key: string, message: string) => JSON.stringify(parseMessage(key, message), (k, v) => (k === 'ctx' || k === 'value' ? undefined : v));
    for (const [key, text] of pseudo) {
      expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE), key).toBe(true);
      expect(shape(key, text.slice(1, -1)), key).toEqual(shape(key, english.get(key)!));
    }
    expect(pseudoTemplate('Call {number}')).toBe('⟦Cááll {number}⟧');
    expect(pseudoTemplate('{count, plural, one {# page} other {# pages}}')).toBe('⟦{count, plural, one {# páágéé} other {# páágéés}}⟧');
    expect(messageFormatter('en-GB')('k', pseudoTemplate('{count, plural, one {# page} other {# pages}}'), { count: 2 })).toBe('⟦2 páágéés⟧');
  });

  it('is at least 30% longer than English, over the whole table', () => {
    const length = (table: Record<string, string>) => templates(table).reduce((sum, [, text]) => sum + text.length, 0);
    expect(length(pseudoLocalise(en)) / length(en)).toBeGreaterThanOrEqual(1.3);
  });
});
