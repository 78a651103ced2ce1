import { describe, expect, it } from 'vitest';
import { arrange, excerptOf, maxResults, maxSections, search, sectionsOf, toHit, type SearchData } from '../../src/lib/search/pipeline';
import { siteSearchData } from '../../src/lib/search/site-data';
import { maxQueryLength } from '../../src/lib/search/normalise';
import type { PagefindResultData } from '../../src/lib/search/pagefind-api';
import { fakePagefind, type FakePage } from './search-fake-pagefind';

const guidance = (topic: string) => ({ topic: [topic], audience: ['victim', 'supporter'] });
const site = { topic: ['site'], audience: ['victim', 'supporter'] };

const pages: FakePage[] = [
  {
    url: '/what-is-stalking/',
    title: 'What stalking is',
    intro: 'If someone keeps following you or turning up where you are, you may be being stalked.',
    sections: [
      { id: 'is-stalking-a-crime', heading: 'Is stalking a crime?', text: 'Yes. Stalking is a crime in England and Wales.' },
      { id: 'online', heading: 'Can stalking happen online?', text: 'Yes. Messages, tracking and fake accounts can all be stalking.' },
    ],
    filters: guidance('stalking'),
  },
  {
    url: '/how-to-get-an-order/',
    title: 'How to get an order',
    intro: 'Only the police can apply for an order.',
    sections: [
      { id: 'ask', heading: 'How do I ask the police?', text: 'Tell the officer in your case that you want an order.' },
      {
        id: 'police-say-no',
        heading: 'What if the police decide not to apply?',
        text: 'It can be hard to hear. You can ask why, ask again later, or make a complaint.',
      },
    ],
    filters: guidance('orders'),
  },
  {
    url: '/getting-help/',
    title: 'Getting help',
    intro: 'You do not have to deal with stalking on your own.',
    sections: [
      { id: 'emergency', heading: 'Police emergency', text: 'Call the police emergency number if you are in danger now.' },
      { id: 'wales', heading: 'Live Fear Free', text: 'The helpline in Wales.' },
    ],
    filters: guidance('help'),
  },
  {
    url: '/staying-safe-online/',
    title: 'Staying safe online',
    intro: 'Someone may be tracking your phone with spyware or location sharing.',
    filters: guidance('safety'),
  },
  {
    url: '/privacy/',
    title: 'Privacy',
    intro: 'This site does no tracking. We do not track you, and there are no cookies.',
    filters: site,
  },
  {
    url: '/about/',
    title: 'About this site',
    intro: 'Who runs this site, and how tracking is kept out of it.',
    filters: site,
  },
];

const data: SearchData = {
  synonyms: [
    { phrases: ['restraining order'], searchFor: ['order'] },
    { phrases: ['spyware'], searchFor: ['tracking'] },
    { phrases: ['cookie'], searchFor: ['cookies'] },
  ],
  intents: [
    {
      phrases: ['police not helping'],
      except: [],
      page: '/how-to-get-an-order/#police-say-no',
      searchFor: 'police decide not to apply',
    },
    { phrases: ['wales'], except: ['england and wales'], page: '/getting-help/#wales', searchFor: 'live fear free' },
    { phrases: ['nowhere'], except: [], page: '/not-a-page/', searchFor: 'nothing at all' },
  ],
  siteWords: ['this site', 'privacy', 'cookies'],
  danger: [{ phrases: ['outside'], alsoOneOf: ['now'], wholeQuery: ['help'], except: [] }],
  crisis: [{ phrases: ['suicidal'], alsoOneOf: [], wholeQuery: [], except: [] }],
  dangerAnswer: { page: '/getting-help/#emergency', searchFor: 'police emergency' },
  crisisAnswer: { page: '/how-to-get-an-order/', searchFor: 'officer case' },
  vocabulary: { words: ['stalking', 'police', 'tracking', 'online', 'order'] },
};

const urls = (outcome: { results: { url: string }[] }) => outcome.results.map((r) => r.url);

describe('search: what it asks Pagefind', () => {
  it('asks nothing and finds nothing for an empty query with no filters', async () => {
    const pf = fakePagefind(pages);
    expect(await search(pf, '  ?! ', undefined, data)).toEqual({ danger: false, crisis: false, results: [], total: 0 });
    expect(pf.calls).toEqual([]);
  });

  it('sends the words as typed first, then the rewordings, synonyms and the intent, each with the filters', async () => {
    const pf = fakePagefind(pages);
    const filters = { topic: { any: ['orders', 'help'] } };
    await search(pf, 'Police not helping', filters, data);
    // No page has "helping", so the single words are tried too (the longest first); with "helping"
    // on no page, one word is left: nothing more to loosen.
    expect(pf.calls.map((c) => c.term)).toEqual(['Police not helping', 'police helping', 'police decide not to apply', 'helping', 'police']);
    expect(pf.calls.every((c) => c.filters === filters)).toBe(true);
  });

  it('sends no filters when none are ticked', async () => {
    const pf = fakePagefind(pages);
    await search(pf, 'stalking', undefined, data);
    expect(pf.calls).toEqual([{ term: 'stalking', filters: undefined }]);
  });

  it('cuts a very long query to the longest the search acts on', async () => {
    const pf = fakePagefind(pages);
    await search(pf, `stalking ${'word '.repeat(60)}`, undefined, data);
    expect(pf.calls[0]!.term!.length).toBeLessThanOrEqual(maxQueryLength);
  });

  it('falls back to each word on its own when nothing matches the whole query', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'spyware zebra', undefined, data);
    expect(pf.calls.map((c) => c.term)).toEqual(['spyware zebra', 'tracking zebra', 'tracking', 'spyware', 'zebra']);
    expect(urls(outcome)[0]).toBe('/staying-safe-online/');
  });

  it('does not loosen the words when they find three pages', async () => {
    const pf = fakePagefind(pages);
    await search(pf, 'tracking', undefined, data);
    expect(pf.calls.map((c) => c.term)).toEqual(['tracking']);
  });

  it('does not loosen several words that find three pages together', async () => {
    const three = ['/a/', '/b/', '/c/'].map((url) => ({ url, title: url, intro: 'Alpha beta gamma.' }));
    const pf = fakePagefind(three);
    const outcome = await search(pf, 'alpha beta', undefined, data);
    expect(pf.calls.map((c) => c.term)).toEqual(['alpha beta']);
    expect(urls(outcome)).toHaveLength(3);
    // Two pages: the single words are tried too.
    const two = fakePagefind(three.slice(0, 2));
    await search(two, 'alpha beta', undefined, data);
    expect(two.calls.map((c) => c.term)).toEqual(['alpha beta', 'alpha', 'beta']);
  });

  it('loosens the words in the site’s words when everyday words were put in them', async () => {
    const pf = fakePagefind(pages);
    await search(pf, 'cops zebra stalking', undefined, { ...data, vocabulary: { words: [] }, everyday: { cops: 'police' } });
    const terms = pf.calls.map((c) => c.term);
    expect(terms).toContain('police');
    expect(terms).toContain('police stalking');
    expect(terms).not.toContain('cops');
  });

  it('tries the single words when the typed words find fewer than three pages, then the words some page has', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'stalking crime', undefined, data);
    expect(pf.calls.map((c) => c.term)).toEqual(['stalking crime', 'stalking', 'crime']);
    // The page with both words first.
    expect(urls(outcome)[0]).toBe('/what-is-stalking/');
    const long = fakePagefind(pages);
    const found = await search(long, 'can police stop stalking zebra', undefined, data);
    expect(long.calls.map((c) => c.term)).toEqual([
      'can police stop stalking zebra',
      'police stop stalking zebra',
      'stalking',
      'police',
      'zebra',
      'stop',
      // "zebra" and "stop" are on no page: the two words left, together.
      'police stalking',
    ]);
    // The page with both of them leads.
    expect(urls(found)).toEqual(['/getting-help/', '/what-is-stalking/', '/how-to-get-an-order/']);
    // Three words some page has: together, then with one left out at a time.
    const three = fakePagefind(pages);
    await search(three, 'police stalking tracking zebra', undefined, data);
    expect(three.calls.map((c) => c.term).slice(-4)).toEqual(['police stalking tracking', 'stalking tracking', 'police tracking', 'police stalking']);
  });

  it('lists every page once, however many queries found it', async () => {
    const outcome = await search(fakePagefind(pages), 'police not helping', undefined, data);
    expect(new Set(urls(outcome)).size).toBe(urls(outcome).length);
    expect(outcome.total).toBe(outcome.results.length);
  });

  it('groups results for the same page into one, the first found', async () => {
    const twice: FakePage[] = [
      { url: '/a/', title: 'Stalking page', intro: 'Stalking stalking stalking.', filters: guidance('stalking') },
      { url: '/b/', title: 'Other', intro: 'Stalking stalking.', filters: guidance('stalking') },
      { url: '/a/#part', title: 'Stalking part', intro: 'Stalking.', filters: guidance('stalking') },
    ];
    const outcome = await search(fakePagefind(twice), 'stalking', undefined, data);
    expect(urls(outcome)).toEqual(['/a/', '/b/']);
    expect(outcome.results[0]!.title).toBe('Stalking page');
    expect(outcome.total).toBe(2);
  });

  it('treats a filter-only search Pagefind answers with null as finding nothing', async () => {
    expect(await search(fakePagefind(pages, { nullFor: null }), '', { topic: { any: ['help'] } }, data)).toEqual({ danger: false, crisis: false, results: [], total: 0 });
  });

  it('treats a query Pagefind answers with null as finding nothing', async () => {
    const pf = fakePagefind(pages, { nullFor: 'police helping' });
    const outcome = await search(pf, 'police not helping', undefined, data);
    expect(urls(outcome)[0]).toBe('/how-to-get-an-order/');
  });

  it('rejects when Pagefind fails, so the page can say search is not working', async () => {
    await expect(search(fakePagefind(pages, { fail: true }), 'stalking', undefined, data)).rejects.toThrow('index failed');
  });

  it('with filters and no words, lists the pages those filters match', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, '', { topic: { any: ['help', 'safety'] } }, data);
    expect(pf.calls).toEqual([{ term: null, filters: { topic: { any: ['help', 'safety'] } } }]);
    expect(urls(outcome).sort()).toEqual(['/getting-help/', '/staying-safe-online/']);
    expect(outcome.total).toBe(2);
    // The snippet starts after the title, which the result already shows.
    expect(outcome.results.find((r) => r.url === '/getting-help/')!.excerpt).toMatch(/^You do not have to deal/);
  });

  it('returns at most maxResults results, and says how many pages matched in all', async () => {
    const many: FakePage[] = Array.from({ length: maxResults + 7 }, (_, i) => ({
      url: `/page-${i}/`,
      title: `Page ${i}`,
      intro: 'Stalking is covered here.',
      filters: guidance('stalking'),
    }));
    const outcome = await search(fakePagefind(many), 'stalking', undefined, data);
    expect(outcome.results).toHaveLength(maxResults);
    expect(outcome.total).toBe(maxResults + 7);
    const filtered = await search(fakePagefind(many), '', { topic: { any: ['stalking'] } }, data);
    expect(filtered.results).toHaveLength(maxResults);
    expect(filtered.total).toBe(maxResults + 7);
  });

  it('searches with the data it is given: the site’s English data', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'he is outside my house now', undefined, siteSearchData);
    expect(outcome.danger).toBe(true);
    expect(pf.calls.map((c) => c.term)).toContain(siteSearchData.dangerAnswer.searchFor);
  });
});

describe('search: danger', () => {
  it('reads danger from the typed words, and puts the danger answer first', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'he is outside now', undefined, data);
    expect(outcome.danger).toBe(true);
    expect(pf.calls.map((c) => c.term)).toContain('police emergency');
    expect(urls(outcome)[0]).toBe('/getting-help/');
    expect(outcome.results[0]!.sections[0]).toEqual({ title: 'Police emergency', url: '/getting-help/#emergency' });
    expect(outcome.results[0]!.excerpt).toMatch(/^Police emergency\. Call the police emergency number/);
  });

  it('is not danger without the words, and does not ask for the danger answer', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'outside', undefined, data);
    expect(outcome.danger).toBe(false);
    expect(pf.calls.map((c) => c.term)).not.toContain('police emergency');
  });

  it('still reports danger when nothing matches, or when only filters are ticked', async () => {
    expect(await search(fakePagefind(pages), 'help', undefined, data)).toMatchObject({ danger: true });
    expect(await search(fakePagefind([]), 'outside now', undefined, data)).toEqual({ danger: true, crisis: false, results: [], total: 0 });
    expect((await search(fakePagefind(pages), '', { topic: { any: ['help'] } }, data)).danger).toBe(false);
  });
});

describe('search: misspelt words', () => {
  it('corrects a misspelt word from the vocabulary and says so when the words as typed found nothing', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'stalkign online', undefined, data);
    expect(outcome.correctedTo).toBe('stalking online');
    expect(urls(outcome)[0]).toBe('/what-is-stalking/');
    expect(pf.calls.map((c) => c.term)).toEqual(expect.arrayContaining(['stalkign online', 'stalking online']));
  });

  it('takes the first (most frequent) of two near words', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'polise', undefined, { ...data, vocabulary: { words: ['police', 'polish'] } });
    expect(pf.calls.map((c) => c.term)).toContain('police');
    expect(outcome.correctedTo).toBe('police');
  });

  it('searches the words as typed first, then the corrected words, and keeps the pages both find', async () => {
    const pf = fakePagefind(pages);
    const found = await search(pf, 'online trackin', undefined, data);
    expect(pf.calls.map((c) => c.term).slice(0, 1)).toEqual(['online trackin']);
    expect(pf.calls.map((c) => c.term)).toContain('online tracking');
    expect(found.correctedTo).toBe('online tracking');
    expect(urls(found)).toContain('/staying-safe-online/');
  });

  it('does not say "Showing results for" when the corrected words find nothing either', async () => {
    const outcome = await search(fakePagefind(pages), 'stalkign zebra', undefined, { ...data, vocabulary: { words: ['stalking'] } });
    expect(outcome.correctedTo).toBeUndefined();
  });

  it('leaves known words, short words and words with digits alone', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'spywere', undefined, { ...data, vocabulary: { words: ['spyware'] }, synonyms: [{ phrases: ['spywere'], searchFor: ['tracking'] }] });
    expect(outcome.correctedTo).toBeUndefined();
    expect(pf.calls.map((c) => c.term)).not.toContain('spyware');
  });

  it('calls on the intents of the corrected words', async () => {
    const pf = fakePagefind(pages);
    await search(pf, 'polise not helping', undefined, data);
    expect(pf.calls.map((c) => c.term)).toContain('police decide not to apply');
  });
});

describe('search: crisis', () => {
  it('reads crisis from the typed words by the crisis rules alone, beside danger and results', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'i feel suicidal', undefined, data);
    expect(outcome).toMatchObject({ crisis: true, danger: false });
    // The crisis answer is asked for and put first.
    expect(pf.calls.map((c) => c.term)).toContain('officer case');
    expect(urls(outcome)[0]).toBe('/how-to-get-an-order/');
    expect((await search(fakePagefind(pages), 'suicidal outside now', undefined, data)).danger).toBe(true);
    expect((await search(fakePagefind(pages), 'suicidal outside now', undefined, data)).crisis).toBe(true);
    expect((await search(fakePagefind(pages), 'outside now', undefined, data)).crisis).toBe(false);
  });

  it('still reports crisis when nothing matches, and not for filters alone', async () => {
    expect(await search(fakePagefind([]), 'suicidal', undefined, data)).toEqual({ danger: false, crisis: true, results: [], total: 0 });
    expect((await search(fakePagefind(pages), '', { topic: { any: ['help'] } }, data)).crisis).toBe(false);
    expect((await search(fakePagefind(pages), 'suicidal', { topic: { any: ['help'] } }, data)).crisis).toBe(true);
  });
});

describe('search: intents and pages about the site', () => {
  it('puts the page an intent names first, with its section first and the snippet from that section', async () => {
    const outcome = await search(fakePagefind(pages), 'police not helping', undefined, data);
    const [first] = outcome.results;
    expect(first!.url).toBe('/how-to-get-an-order/');
    expect(first!.sections[0]).toEqual({ title: 'What if the police decide not to apply?', url: '/how-to-get-an-order/#police-say-no' });
    expect(first!.excerpt).toMatch(/^What if the police decide not to apply\?/);
  });

  it('ignores an intent whose page was not found, and one its exceptions rule out', async () => {
    const pf = fakePagefind(pages);
    const outcome = await search(pf, 'nowhere stalking', undefined, data);
    expect(pf.calls.map((c) => c.term)).toContain('nothing at all');
    expect(urls(outcome)).not.toContain('/not-a-page/');
    const other = fakePagefind(pages);
    await search(other, 'england and wales', undefined, data);
    expect(other.calls.map((c) => c.term)).not.toContain('live fear free');
  });

  it('keeps pages about the site out of the top three for other queries', async () => {
    // Two guidance pages and both site pages say "tracking"; the site pages most.
    const outcome = await search(fakePagefind(pages), 'tracking', undefined, data);
    expect(urls(outcome).sort()).toEqual(['/staying-safe-online/', '/what-is-stalking/']);
    expect(outcome.total).toBe(2);
  });

  it('keeps them, and Pagefind’s order, when the query is about the site', async () => {
    const outcome = await search(fakePagefind(pages), 'tracking this site', undefined, data);
    // The two pages with every word first, in Pagefind's order; then pages with one of them.
    expect(urls(outcome).slice(0, 2)).toEqual(['/about/', '/privacy/']);
    expect(outcome.results.slice(0, 2).every((r) => r.aboutSite)).toBe(true);
  });
});

const page = (url: string, topic: string, extra: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url,
  content: `${url} text.`,
  excerpt: '',
  meta: { title: url },
  filters: { topic: [topic] },
  weighted_locations: [],
  sub_results: [],
  ...extra,
});

describe('arrange', () => {
  const g = ['/g1/', '/g2/', '/g3/'].map((u) => page(u, 'help'));
  const s = [page('/privacy/', 'site'), page('/about/', 'site')];
  const order = (list: { page: PagefindResultData }[]) => list.map((a) => a.page.url);

  it.each([
    { does: 'sends site pages after three or more guidance pages', found: [s[0]!, g[0]!, s[1]!, g[1]!, g[2]!], query: 'tracking', expected: ['/g1/', '/g2/', '/g3/', '/privacy/', '/about/'] },
    { does: 'leaves site pages out when fewer than three guidance pages would come before them', found: [s[0]!, g[0]!, g[1]!], query: 'tracking', expected: ['/g1/', '/g2/'] },
    { does: 'keeps site pages when no guidance page matched', found: s, query: 'tracking', expected: ['/privacy/', '/about/'] },
    { does: 'keeps the order as given when the query is about the site', found: [s[0]!, g[0]!], query: 'privacy notice', expected: ['/privacy/', '/g1/'] },
  ])('$does', ({ found, query, expected }) => {
    expect(order(arrange(found, query, [], ['privacy']))).toEqual(expected);
  });

  it('pins answers first in their order, with the section as focus, and skips answers not found', () => {
    const arranged = arrange(g, 'x', [{ page: '/g3/#part' }, { page: '/nowhere/' }, { page: '/g2/' }], []);
    expect(order(arranged)).toEqual(['/g3/', '/g2/', '/g1/']);
    expect(arranged.map((a) => a.focus)).toEqual(['/g3/#part', undefined, undefined]);
  });

  it('pins a page once even when two answers name it', () => {
    expect(order(arrange(g, 'x', [{ page: '/g2/#a' }, { page: '/g2/#b' }], []))).toEqual(['/g2/', '/g1/', '/g3/']);
  });

  it('treats a page with no topic filter as guidance', () => {
    const untagged = { ...page('/x/', 'help'), filters: {} };
    expect(order(arrange([s[0]!, untagged], 'tracking', [], []))).toEqual(['/x/']);
  });
});

describe('sectionsOf and toHit', () => {
  const loc = (location: number, balanced_score = 1) => ({ weight: 1, balanced_score, location });
  const sub = (id: string, score: number) => ({
    title: `Section ${id}`,
    url: `/p/#${id}`,
    excerpt: '',
    weighted_locations: [loc(1, score)],
    anchor: { element: 'h2', id, location: 0 },
  });
  const data = page('/p/', 'help', {
    meta: { title: 'The page' },
    sub_results: [
      { title: 'The page', url: '/p/', excerpt: '', weighted_locations: [loc(0, 9)] },
      sub('a', 1),
      sub('b', 5),
      sub('c', 3),
      sub('d', 4),
      { ...sub('e', 8), title: 'The page' },
      { ...sub('f', 7), url: '/p/' },
    ],
  });

  it.each([
    { does: `lists the best ${maxSections} sections with their own heading, in page order`, result: data, focus: undefined, expected: ['/p/#b', '/p/#c', '/p/#d'] },
    { does: 'puts the focus section first, then the best others', result: data, focus: '/p/#a', expected: ['/p/#a', '/p/#b', '/p/#d'] },
    {
      does: 'breaks equal scores by page order',
      result: { ...data, sub_results: [sub('x', 2), sub('y', 2), sub('z', 2), sub('w', 2)] },
      focus: undefined,
      expected: ['/p/#x', '/p/#y', '/p/#z'],
    },
  ])('$does', ({ result, focus, expected }) => {
    expect(sectionsOf(result, focus).map((s) => s.url)).toEqual(expected);
  });

  it('leaves out sections with no heading id', () => {
    const bare = { ...data, sub_results: [{ ...sub('x', 2), anchor: undefined }] } as unknown as PagefindResultData;
    expect(sectionsOf(bare)).toEqual([]);
  });

  it('makes a result with the title, the url, a snippet, the sections and whether it is about the site', () => {
    const hit = toHit({ ...data, content: 'The page. It says things.', weighted_locations: [loc(3)] });
    expect(hit).toEqual({ url: '/p/', title: 'The page', excerpt: 'It says things.', sections: sectionsOf(data), aboutSite: false });
    expect(toHit(page('/privacy/', 'site')).aboutSite).toBe(true);
    expect(toHit({ ...page('/q/', 'help'), meta: {} }).title).toBe('/q/');
  });

  it('starts the snippet of a filter-only result after the title, and only when the text starts with it', () => {
    const text = 'The page. It says things.';
    expect(excerptOf({ ...data, content: text })).toBe('It says things.');
    expect(excerptOf({ ...data, content: 'Another start. It says things.' })).toBe('Another start. It says things.');
    expect(excerptOf({ ...data, content: text, weighted_locations: [loc(0)] })).toBe(text);
    expect(excerptOf({ ...data, meta: {}, content: text })).toBe(text);
  });

  it('keeps the snippet of a focus section inside that section', () => {
    const content = 'Title. First part here. Second heading. Second part words. Third heading. Third part.';
    const withSections = {
      ...data,
      content,
      sub_results: [
        { title: 'Second heading', url: '/p/#two', excerpt: '', weighted_locations: [loc(5)], anchor: { element: 'h2', id: 'two', location: 4 } },
        { title: 'Third heading', url: '/p/#three', excerpt: '', weighted_locations: [loc(11)], anchor: { element: 'h2', id: 'three', location: 9 } },
      ],
    };
    expect(excerptOf(withSections, '/p/#two')).toBe('Second heading. Second part words.');
    expect(excerptOf(withSections, '/p/#three')).toBe('Third part.');
    expect(excerptOf(withSections)).toBe(content);
  });
});
