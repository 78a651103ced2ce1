import { describe, expect, it } from 'vitest';
import { alternatePath, loadPage, pagesOfLocale, urlPathOf } from '../support/dist';
import { interfaceTexts } from '../support/interface-text';
import { en } from '../../src/i18n/en';
import { cy } from '../../src/i18n/cy';

/**
 * Issue 29: the interface around the content of every Welsh page is Welsh. Each Welsh page is read
 * beside its English page (its hreflang pair): no interface text of the English page may appear on the
 * Welsh one, and no phrase of three words or more from the English table at all. Content (the page's
 * own words, marked data-content) is the translators' and has its own second reading; words that are
 * the same in both languages by design are listed below, each with its reason.
 */
const welsh = pagesOfLocale('cy');
const english = new Set(pagesOfLocale(''));

/** Interface texts that are the same in Welsh and English, and why. */
const SAME_IN_BOTH = new Map<string, string>([
  ['999', 'the emergency number'],
  ['101', 'the police non-emergency number'],
  ['National Stalking Helpline', 'the service’s own name: it has no Welsh name (welsh-terms.md)'],
  ['Cymraeg', 'the language link names Welsh in Welsh on both pages'],
  ['Shift', 'the name printed on the keyboard’s key (the exit bar’s keyboard shortcut)'],
]);

/** Literal runs of three words or more in the English table's messages, that the Welsh table does not also use. */
const englishPhrases = (() => {
  const welshText = Object.values(cy).join(' ');
  const runs = Object.values(en).flatMap((message) => message.split(/[{}#|]|\b(?:plural|select|selectordinal|other|one|zero|two|few|many)\b/));
  return [...new Set(runs.map((run) => run.replace(/\s+/g, ' ').trim()).filter((run) => run.split(' ').filter((w) => /\p{L}{2}/u.test(w)).length >= 3))].filter(
    (run) => !welshText.includes(run),
  );
})();

describe('the Welsh pages’ interface', () => {
  it('has a Welsh page for every English page', () => {
    expect(welsh.length).toBe(english.size);
  });

  it('has its own "page not found" in Welsh, with no English interface words', () => {
    const page = loadPage('cy/404.html');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('cy');
    expect(page.querySelector('h1')?.text.trim()).toBe(cy['pages.notFound.title']);
    const theirs = new Set(interfaceTexts(loadPage('404.html').querySelector('body')!, 'en-GB'));
    const same = interfaceTexts(page.querySelector('body')!, 'cy').filter((text) => theirs.has(text) && !SAME_IN_BOTH.has(text));
    expect(same).toEqual([]);
    // Its links go to Welsh pages.
    const links = page.querySelectorAll('main a[href^="/"]').map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(2);
    for (const target of links) expect(target, target).toMatch(/^\/cy\//);
  });

  it.each(welsh)('%s: no English interface words', (file) => {
    const page = loadPage(file);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('cy');
    const pair = alternatePath(page.querySelector('link[rel="alternate"][hreflang="en-GB"]')?.getAttribute('href'));
    expect(pair, 'its English page (hreflang en-GB)').toBeDefined();
    const englishFile = [...english].find((f) => urlPathOf(f) === pair);
    expect(englishFile, `${pair} is built`).toBeDefined();
    const ours = interfaceTexts(page.querySelector('body')!, 'cy');
    const theirs = new Set(interfaceTexts(loadPage(englishFile!).querySelector('body')!, 'en-GB'));
    const same = ours.filter((text) => theirs.has(text) && !SAME_IN_BOTH.has(text) && !/^[\d\s:.,–-]+$/.test(text));
    expect(same, 'texts also on the English page').toEqual([]);
    const phrases = ours.flatMap((text) => englishPhrases.filter((phrase) => text.includes(phrase)).map((phrase) => `"${phrase}" in "${text.slice(0, 80)}"`));
    expect(phrases, 'phrases of the English table').toEqual([]);
  });
});
