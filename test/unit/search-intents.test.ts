import { describe, expect, it } from 'vitest';
import intentsFile from '../../src/data/search-intents.json';
import { intentsFileSchema } from '../../src/lib/search/data-schemas';
import { isAboutSite, matchIntents, pagePath, type Intent } from '../../src/lib/search/intents';

const intent = (page: string, phrases: string[], except: string[] = []): Intent => ({ page, phrases, except, searchFor: page });

describe('the reviewed intents', () => {
  it('pass their schema', () => {
    expect(() => intentsFileSchema.parse(intentsFile)).not.toThrow();
  });

  it.each([
    ['police not helping', '/if-the-police-say-no/'],
    ['what can the order stop him doing', '/what-an-order-can-include/'],
    ['wales', '/getting-help/#live-fear-free'],
    ['what does my order say', '/living-with-an-order/#know-what-your-order-says'],
    ['when does my order end', '/how-long-an-order-lasts/#where-can-i-check-the-end-date'],
    ['letter to police', '/make-a-letter/'],
    ['can I write to the police', '/make-a-letter/'],
    ['which police force covers Leeds', '/your-local-police-force/'],
    ['my local police', '/your-local-police-force/'],
    ['how do i report stalking', '/getting-help/#the-police'],
  ])('send "%s" to %s', (query, page) => {
    expect(matchIntents(query, intentsFile.intents).map((i) => i.page)).toEqual([page]);
  });

  // The situations said in two parts (alsoOneOf): something done and an order, the police and a refusal, changing accounts.
  it.each([
    ['he turned up at the school gates on friday and theres an spo', '/if-the-order-is-broken/'],
    ['my ex called me twice, the injunction says he cant', '/if-the-order-is-broken/'],
    ['she liked my photo but the court said no contact', '/if-the-order-is-broken/'],
    ['what happens if he breaks it', '/if-the-order-is-broken/'],
    ['the police say theres not enough to go on', '/if-the-police-say-no/'],
    ['detective dropped my case', '/if-the-police-say-no/'],
    ['she made another account after i blocked her', '/if-you-dont-know-who-is-stalking-you/'],
    ['messages from random numbers', '/if-you-dont-know-who-is-stalking-you/'],
  ])('send the two-part situation "%s" to %s', (query, page) => {
    expect(matchIntents(query, intentsFile.intents).map((i) => i.page)).toContain(page);
  });

  it.each([
    'he turned up at my house can i get an spo',
    'can the order stop him coming to my work',
    'i broke the order by replying',
    'the order ended and he turned up again',
    'he broke my window',
    'will the police tell me his name',
    'i made a new account to get away from him',
    'who is behind this site',
  ])('send "%s" to no page the two-part situations answer', (query) => {
    const pages = matchIntents(query, intentsFile.intents.filter((i) => 'alsoOneOf' in i)).map((i) => i.page);
    expect(pages).toEqual([]);
  });

  it('do not send "england and wales" to help in Wales', () => {
    expect(matchIntents('stalking law in England and Wales', intentsFile.intents)).toEqual([]);
  });

  it('count "privacy" and "cookies" as about the site, and "my ex is tracking my phone" as not', () => {
    expect(isAboutSite('privacy', intentsFile.siteWords)).toBe(true);
    expect(isAboutSite('Cookies?', intentsFile.siteWords)).toBe(true);
    expect(isAboutSite('my ex is tracking my phone', intentsFile.siteWords)).toBe(false);
  });
});

describe('matchIntents', () => {
  const intents = [intent('/a/', ['police not helping']), intent('/b/', ['wales'], ['england and wales']), intent('/c/', ['police'])];

  it('finds every intent with a phrase in the query, as whole words, in file order', () => {
    expect(matchIntents('Police not helping in Wales', intents).map((i) => i.page)).toEqual(['/a/', '/b/', '/c/']);
    expect(matchIntents('policewoman', intents)).toEqual([]);
  });

  it('skips an intent whose exception is in the query', () => {
    expect(matchIntents('england and wales', intents)).toEqual([]);
  });

  it('with alsoOneOf, needs one of those too, in any order and with any words between', () => {
    const both = [{ ...intent('/broken/', ['turned up', 'messaged me'], ['can i get']), alsoOneOf: ['spo', 'the order'] }];
    expect(matchIntents('he turned up last night and theres an spo', both).map((i) => i.page)).toEqual(['/broken/']);
    expect(matchIntents('the order says no but he messaged me', both).map((i) => i.page)).toEqual(['/broken/']);
    expect(matchIntents('he turned up last night', both)).toEqual([]);
    expect(matchIntents('what is an spo', both)).toEqual([]);
    expect(matchIntents('he turned up can i get an spo', both)).toEqual([]);
  });

  it('reads a missing exception list as empty', () => {
    expect(matchIntents('police', [{ page: '/c/', phrases: ['police'], searchFor: 'c' }]).map((i) => i.page)).toEqual(['/c/']);
  });

  it('finds none for an empty query', () => {
    expect(matchIntents('  ', [intent('/x/', [''])])).toEqual([]);
  });
});

describe('isAboutSite and pagePath', () => {
  it('is about the site when a site phrase is in the query as whole words', () => {
    expect(isAboutSite('does this site track me', ['this site'])).toBe(true);
    expect(isAboutSite('website', ['site'])).toBe(false);
    expect(isAboutSite('anything', [])).toBe(false);
  });

  it('drops the section from a path', () => {
    expect(pagePath('/a/#b')).toBe('/a/');
    expect(pagePath('/a/')).toBe('/a/');
    expect(pagePath('#b')).toBe('');
  });
});

describe('intentsFileSchema', () => {
  const withIntent = (i: Record<string, unknown>) => ({ ...intentsFile, intents: [{ ...intentsFile.intents[0], ...i }] });

  it('rejects a page that is not a site path', () => {
    for (const page of ['getting-help', '/getting-help', 'https://example.org/', '/Getting-Help/', '/a/#B']) {
      expect(intentsFileSchema.safeParse(withIntent({ page })).success, page).toBe(false);
    }
    expect(intentsFileSchema.safeParse(withIntent({ page: '/getting-help/#the-police' })).success).toBe(true);
  });

  it('rejects a phrase in two intents, naming the first', () => {
    const [first] = intentsFile.intents;
    const result = intentsFileSchema.safeParse({ ...intentsFile, intents: [first, { ...first, page: '/other/' }] });
    expect(result.error?.issues[0]?.message).toBe(`phrase "${first!.phrases[0]}" is already in intent 0`);
    expect(result.error?.issues[0]?.path).toEqual(['intents', 1, 'phrases', 0]);
  });

  it('rejects site words not written normalised, and unknown fields', () => {
    expect(intentsFileSchema.safeParse({ ...intentsFile, siteWords: ['Privacy'] }).success).toBe(false);
    expect(intentsFileSchema.safeParse(withIntent({ weight: 2 })).success).toBe(false);
    expect(intentsFileSchema.safeParse(withIntent({ searchFor: 'x' })).success).toBe(false);
  });
});
