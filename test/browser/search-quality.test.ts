import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { guidancePages, loadPage, urlPathOf } from '../support/dist';
import { describeBrowser, openPage, useBrowser } from '../support/browser';
import { normaliseQuery } from '../../src/lib/search/normalise';

/**
 * Search quality: realistic queries, each with the page that must be in the top three results.
 * `synonymOnly` marks queries whose words are not in the target page at all (checked below
 * against the built page), so only the synonyms file can find the page for them.
 */
const cases: { query: string; expected: string; synonymOnly?: true }[] = [
  { query: 'restraining order', expected: '/other-protective-orders/' },
  { query: 'non mol', expected: '/other-protective-orders/' },
  { query: 'harassment order', expected: '/other-protective-orders/' },
  { query: 'domestic abuse protection order', expected: '/other-protective-orders/' },
  { query: 'what is an SPO', expected: '/what-is-a-stalking-protection-order/' },
  { query: 'he keeps turning up at my house', expected: '/what-is-stalking/' },
  { query: 'is stalking a crime', expected: '/what-is-stalking/' },
  { query: 'broke the order', expected: '/if-the-order-is-broken/' },
  { query: 'breach', expected: '/if-the-order-is-broken/' },
  { query: 'how long does it last', expected: '/how-long-an-order-lasts/' },
  { query: 'can I appeal', expected: '/how-long-an-order-lasts/' },
  { query: "police won't help", expected: '/how-to-get-a-stalking-protection-order/' },
  { query: 'can I apply myself', expected: '/how-to-get-a-stalking-protection-order/' },
  { query: 'will I have to go to court', expected: '/how-to-get-a-stalking-protection-order/' },
  { query: 'temporary order', expected: '/interim-stalking-protection-orders/' },
  { query: 'does he have to give the police his address', expected: '/notification-requirements/' },
  { query: 'what to write down', expected: '/keeping-a-record/' },
  { query: 'stalking log', expected: '/stalking-log/' },
  { query: 'who can I call', expected: '/getting-help/' },
  { query: 'my friend is being stalked', expected: '/helping-someone-being-stalked/' },
  { query: 'spyware on my phone', expected: '/staying-safe-online/' },
  { query: 'what can the order stop him doing', expected: '/what-an-order-can-include/' },
  { query: 'new law', expected: '/changes-to-the-law/' },
  { query: 'crime and policing bill', expected: '/changes-to-the-law/' },
  { query: 'does this site track me', expected: '/privacy/' },
  { query: 'cookies', expected: '/privacy/' },
  { query: 'who runs this site', expected: '/about/' },
  { query: 'screen reader', expected: '/accessibility/' },
  { query: 'clear my history', expected: '/staying-safe-online/' },
  { query: 'glasgow', expected: '/scotland-and-northern-ireland/', synonymOnly: true },
  { query: 'injuction', expected: '/other-protective-orders/', synonymOnly: true },
  { query: 'nmo', expected: '/other-protective-orders/', synonymOnly: true },
  { query: 'sex offender register', expected: '/notification-requirements/' },
  { query: 'sign the register', expected: '/notification-requirements/', synonymOnly: true },
  { query: 'airtag', expected: '/staying-safe-online/', synonymOnly: true },
  { query: 'hacked', expected: '/staying-safe-online/', synonymOnly: true },
  { query: 'when does it expire', expected: '/how-long-an-order-lasts/', synonymOnly: true },
  { query: 'is it permanent', expected: '/how-long-an-order-lasts/', synonymOnly: true },
  { query: 'jail', expected: '/if-the-order-is-broken/', synonymOnly: true },
  { query: 'breech', expected: '/if-the-order-is-broken/', synonymOnly: true },
  { query: 'diary', expected: '/keeping-a-record/', synonymOnly: true },
  { query: 'jargon', expected: '/glossary/', synonymOnly: true },
  { query: 'intrim', expected: '/interim-stalking-protection-orders/', synonymOnly: true },
  { query: 'exclusion zone', expected: '/what-an-order-can-include/', synonymOnly: true },
];

/** Words too common to say anything about a page; every other word of a synonym-only query must be absent. */
const stopWords = new Set(
  'a an the and or of to in on at is it i me my he she they him her his them we you your for with be do does did can could will would should what when where who how why this that if not no are was am has have had get got'.split(' '),
);

/** The text Pagefind indexes for a built page: its article body. */
function indexedWords(urlPath: string): Set<string> {
  const file = guidancePages().find((f) => urlPathOf(f) === urlPath);
  if (!file) throw new Error(`${urlPath} is not a built guidance page`);
  const text = loadPage(file).querySelector('article[data-pagefind-body]')?.textContent ?? '';
  return new Set(normaliseQuery(text).split(' '));
}

/**
 * A word of the page that Pagefind could match for `word`: the same word, or (as Pagefind stems
 * words and matches prefixes) one sharing its first five letters.
 */
function pageWordFor(word: string, pageWords: Set<string>): string | undefined {
  if (pageWords.has(word)) return word;
  if (word.length < 5) return undefined;
  return [...pageWords].find((w) => w.length >= 5 && w.slice(0, 5) === word.slice(0, 5));
}

async function topThree(page: Page, query: string): Promise<string[]> {
  const root = page.locator('[data-search="page"]');
  const before = Number((await root.getAttribute('data-search-completed')) ?? '0');
  await root.locator('[data-search-input]').fill(query);
  await root.locator('[data-search-input]').press('Enter');
  await page.waitForFunction(
    (n) => Number(document.querySelector('[data-search="page"]')?.getAttribute('data-search-completed') ?? '0') > n,
    before,
  );
  const hrefs = await root.locator('[data-search-list] > li h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.slice(0, 3).map((href) => new URL(href, 'http://site.invalid').pathname);
}

describeBrowser('search quality', () => {
  useBrowser();

  it('has at least 30 queries, at least 10 of them findable only through synonyms', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => normaliseQuery(c.query))).size).toBe(cases.length);
    expect(cases.filter((c) => c.synonymOnly).length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.filter((c) => c.synonymOnly))('"$query" has no word in the text of $expected', ({ query, expected }) => {
    const pageWords = indexedWords(expected);
    const words = normaliseQuery(query)
      .split(' ')
      .filter((w) => !stopWords.has(w));
    expect(words.length).toBeGreaterThan(0);
    expect(words.map((w) => [w, pageWordFor(w, pageWords)]).filter(([, found]) => found)).toEqual([]);
  });

  it('finds the right page in the top three for at least 90% of the queries', async () => {
    const { page } = await openPage('/search/');
    const rows: { query: string; expected: string; top: string[]; hit: boolean; synonymOnly: boolean }[] = [];
    for (const c of cases) {
      const top = await topThree(page, c.query);
      rows.push({ query: c.query, expected: c.expected, top, hit: top.includes(c.expected), synonymOnly: !!c.synonymOnly });
    }
    const hits = rows.filter((r) => r.hit).length;
    const rate = hits / rows.length;
    const synonymRows = rows.filter((r) => r.synonymOnly);
    const table = [
      '| query | expected | top 3 | hit |',
      '| --- | --- | --- | --- |',
      ...rows.map(
        (r) => `| ${r.query}${r.synonymOnly ? ' (synonyms only)' : ''} | ${r.expected} | ${r.top.join(' ') || '(none)'} | ${r.hit ? 'yes' : 'NO'} |`,
      ),
      `Top-3 hit rate: ${hits}/${rows.length} = ${(rate * 100).toFixed(1)}% (synonym-only queries: ${synonymRows.filter((r) => r.hit).length}/${synonymRows.length})`,
    ].join('\n');
    console.log(`\nSearch quality\n${table}\n`);
    expect(rate, table).toBeGreaterThanOrEqual(0.9);
  });
});
