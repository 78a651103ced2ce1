/**
 * The messages scripts compose in the browser: compiled per locale into one small module
 * (src/i18n/client-messages.ts) and used through src/i18n/client-format.ts, with the same checks on
 * values as the build's own formatter.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { clientMessageKeys, clientMessagesHref, clientMessagesText, type MessageGroup } from '../../src/i18n/client-messages';
import { formatWith, loadMessages, type ClientMessages } from '../../src/i18n/client-format';
import { searchMessageKeys } from '../../src/lib/search/strings';
import type { Locale } from '../../src/i18n';

/** The compiled module of a locale, imported as the browser would (it imports nothing itself). */
const moduleOf = async (locale: Locale, group: MessageGroup = 'guide'): Promise<ClientMessages> =>
  (await import(`data:text/javascript;base64,${Buffer.from(clientMessagesText(group, locale)).toString('base64')}`)) as ClientMessages;

describe('the compiled messages module', () => {
  it('holds, for each group, its messages with arguments and nothing else', () => {
    const withArguments = (prefix: string) => Object.keys(en).filter((k) => new RegExp(`^${prefix}\\.(?!page\\.)`).test(k) && /\{/.test(en[k as keyof typeof en]));
    expect(clientMessageKeys('guide', 'en-GB')).toEqual([...withArguments('guide'), ...withArguments('letters')]);
    expect(clientMessageKeys('search', 'en-GB')).toEqual([...searchMessageKeys]);
    expect(clientMessageKeys('guide', 'en-GB')).toContain('guide.progress');
    expect(withArguments('letters')).toEqual(['letters.resultHeading']);
    expect(clientMessageKeys('guide', 'en-GB')).not.toContain('guide.continue');
    expect(clientMessageKeys('search', 'en-GB')).not.toContain('search.dangerCall');
  });

  it('runs in the browser’s place: plurals, select and plain arguments, in English and the pseudo-locale', async () => {
    const english = formatWith(await moduleOf('en-GB'));
    expect(english('guide.progress', { number: 2, total: 9 })).toBe('Question 2 of 9');
    const search = formatWith(await moduleOf('en-GB', 'search'));
    expect([1, 5].map((count) => search('search.best', { count }))).toEqual(['The best match.', '5 best matches.']);
    expect(search('search.more', { count: 1 })).toBe('Show 1 more result');
    expect(english('letters.resultHeading', { title: 'T' })).toBe('Your letter: T');
    const closed = (when: string) => english('guide.helplineClosed', { name: 'The helpline', when, time: '9:30am', day: 'Monday' });
    expect([closed('today'), closed('tomorrow'), closed('other')]).toEqual([
      'The helpline is closed now. It opens today at 9:30am.',
      'The helpline is closed now. It opens tomorrow at 9:30am.',
      'The helpline is closed now. It opens on Monday at 9:30am.',
    ]);
    // Welsh (not yet published): its six plural forms, compiled with Welsh rules.
    const welsh = formatWith(await moduleOf('cy', 'search'));
    expect(new Set([0, 1, 2, 3, 6, 7].map((count) => welsh('search.best', { count }))).size).toBeGreaterThan(2);
    const pseudo = formatWith(await moduleOf('en-XA'));
    expect(pseudo('guide.progress', { number: 2, total: 9 })).toBe('⟦Qúúééstííóón 2 óóf 9⟧');
  });

  it('refuses, naming the key, a missing value, NaN, an unused value and a message it does not hold', async () => {
    const format = formatWith(await moduleOf('en-GB'));
    expect(() => format('guide.progress', { number: 2 })).toThrow(/"guide.progress" got undefined for \{total\}/);
    expect(() => format('guide.progress', { number: Number.NaN, total: 9 })).toThrow(/got NaN for \{number\}/);
    expect(() => format('guide.progress', { number: 1, total: 9, extra: 'x' })).toThrow(/has no \{extra\} to fill/);
    expect(() => format('guide.continue', {})).toThrow(/no "guide.continue"/);
    expect(() => format('guide.progress', { number: 1, total: 9, extra: 'x', more: 'y' })).toThrow('Interface text "guide.progress" has no {extra}, {more} to fill');
    // A function without its argument list, or the list without its function, is not a message it holds.
    const half = formatWith({ default: { 'guide.progress': () => 'x' }, args: { 'guide.back': [] } });
    expect(() => half('guide.progress', {})).toThrow(/no "guide.progress"/);
    expect(() => half('guide.back', {})).toThrow(/no "guide.back"/);
  });

  it('is addressed at the locale’s root with the hash of its text', () => {
    const hash = createHash('sha256').update(clientMessagesText('guide', 'en-GB')).digest('hex').slice(0, 12);
    expect(clientMessagesHref('guide', 'en-GB')).toBe(`/messages/guide.js?v=${hash}`);
    expect(clientMessagesHref('search', 'en-XA')).toMatch(/^\/en-xa\/messages\/search\.js\?v=[0-9a-f]{12}$/);
    expect(clientMessagesHref('guide', 'en-XA')).not.toBe(clientMessagesHref('guide', 'en-GB'));
  });

  it('is small: the library’s runtime and the messages, minified', () => {
    for (const group of ['guide', 'search'] as const) {
      expect(clientMessagesText(group, 'en-GB').length, group).toBeLessThan(1600);
      expect(clientMessagesText(group, 'en-GB')).not.toMatch(/\bimport\b/);
    }
  });
});

describe('loading the module', () => {
  it('loads each address once however many islands ask, and tries again after a failure', async () => {
    const asked: string[] = [];
    const module = { default: {}, args: {} } satisfies ClientMessages;
    const get = (url: string) => {
      asked.push(url);
      return Promise.resolve(module);
    };
    expect(await loadMessages('/a.js', get)).toBe(module);
    expect(await loadMessages('/a.js', get)).toBe(module);
    expect(asked).toEqual(['/a.js']);
    let fail = true;
    const flaky = (url: string) => {
      asked.push(url);
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(module);
    };
    await expect(loadMessages('/b.js', flaky)).rejects.toThrow('offline');
    fail = false;
    expect(await loadMessages('/b.js', flaky)).toBe(module);
    expect(asked).toEqual(['/a.js', '/b.js', '/b.js']);
  });
});
