import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { loadPage, pagesOfLocale, readDist } from '../support/dist';
import { en } from '../../src/i18n/en';
import { isWrapped, unwrappedText } from '../support/pseudo-check';
import { islandPropsOn } from '../support/island-props';

/**
 * The pseudo-locale build (npm run build:pseudo) publishes en-XA at /en-xa/… beside the English pages,
 * and its pages show every interface word wrapped in ⟦ ⟧.
 * A word written straight into a component, layout or page, instead of coming from the interface
 * table (src/i18n/en.ts), shows up here unwrapped. Content (guidance MDX and words from records,
 * marked data-content) is left out; every page is checked in full, the guide's and the letter
 * builder's too (what their islands draw in the browser is checked in pseudo-islands.test.ts).
 */
const pages = pagesOfLocale('en-xa');

describe('the pseudo-locale build', () => {
  it('has every page of the site in en-XA, as many as in English', () => {
    expect(pages.length).toBeGreaterThan(30);
    // One page for each English page; the one translated page (a fixture) at its own address.
    expect(pages.map((f) => f.slice('en-xa/'.length)).map((f) => (f === 'staalkiing-loog/index.html' ? 'stalking-log/index.html' : f)).sort()).toEqual(pagesOfLocale(''));
  });

  it.each(pages)('%s is in en-XA and every interface word on it comes from the table', (file) => {
    const html = loadPage(file);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en-XA');
    const title = html.querySelector('title')?.text ?? '';
    expect(isWrapped(title), `title "${title}"`).toBe(true);
    const problems = unwrappedText(html.querySelector('body')!);
    expect(problems).toEqual([]);
  });

  it('gives the guide’s and the letter builder’s islands their own words of the table, and nothing else', async () => {
    // Messages with arguments are not props: they come compiled, in the page's own module (checked below).
    const islandKeys = (prefix: string) => Object.keys(en).filter((k) => k.startsWith(`${prefix}.`) && !k.startsWith(`${prefix}.page.`) && !/\{/.test(en[k as keyof typeof en]));
    const given = [
      ['en-xa/check-your-situation/index.html', 'Guide', 'guide'],
      ['en-xa/make-a-letter/index.html', 'PageLetterBuilder', 'letters'],
    ].map(([file, island, prefix]) => {
      const props = islandPropsOn(loadPage(file!), island!) as { words: Record<string, string> };
      return [prefix!, props.words] as const;
    });
    // The builder inside the guide's result fetches the same words as a file.
    given.push(['letters', JSON.parse(readDist('en-xa/make-a-letter/words.json')) as Record<string, string>]);
    for (const [prefix, words] of given) {
      expect(Object.keys(words)).toEqual(islandKeys(prefix));
      for (const [key, text] of Object.entries(words)) expect(isWrapped(text), `${key}: ${text}`).toBe(true);
    }
    // The compiled messages the en-XA pages load compose pseudo words only.
    for (const group of ['guide', 'search']) {
      const compiled = (await import(`data:text/javascript;base64,${Buffer.from(readDist(`en-xa/messages/${group}.js`)).toString('base64')}`)) as {
        default: Record<string, (values: Record<string, string | number>) => string>;
        args: Record<string, string[]>;
      };
      expect(Object.keys(compiled.default).length, group).toBeGreaterThan(0);
      for (const [key, run] of Object.entries(compiled.default)) {
        const values = Object.fromEntries(compiled.args[key]!.map((name) => [name, ['count', 'number', 'total'].includes(name) ? 2 : name === 'when' ? 'today' : 'x']));
        expect(isWrapped(run(values)), `${key}: ${run(values)}`).toBe(true);
      }
    }
  });

  it('the check is live: a word typed into markup, across a link, in an attribute or in script words fails it', () => {
    const check = (markup: string) => unwrappedText(parse(`<body>${markup}</body>`).querySelector('body')!);
    expect(check('<p>⟦Héélp⟧ 999</p>')).toEqual([]);
    expect(check('<p>⟦Séééé <a href="/">⟦thíís⟧</a> ǹóów⟧</p>')).toEqual([]);
    expect(check('<p data-content>Words from a record</p><time>1 December 2026</time>')).toEqual([]);
    expect(check('<article data-content><p>Content</p><div data-ui><h2>Summary</h2><ul data-content><li>Point</li></ul></div></article>')).toHaveLength(1);
    expect(check('<article data-content><div data-ui><h2>⟦Súúmmááry⟧</h2><ul data-content><li>Point</li></ul></div></article>')).toEqual([]);
    expect(check('<p>Exit this page</p>')).toHaveLength(1);
    expect(check('<p>⟦Héélp⟧ now</p>')).toHaveLength(1);
    expect(check('<p>⟦Séééé <a href="/">here</a>⟧</p>')).toHaveLength(1);
    expect(check('<p>⟦Séééé</p><p>⟧ ⟦móóréé⟧</p>')).toHaveLength(2);
    expect(check('<nav aria-label="Main"></nav>')).toHaveLength(1);
    expect(check(`<div data-exit-strings='{"exit.leaving":"Leaving"}'></div>`)).toHaveLength(1);
    expect(check(`<div data-exit-strings='{"exit.left":{"one":"⟦x⟧","other":"More"}}'></div>`)).toHaveLength(1);
    expect(check('<p>⟧</p>')).toHaveLength(1);
    expect(check('<ul><li><a href="/" lang="en-GB" hreflang="en-GB">English</a></li></ul>')).toEqual([]);
    expect(check('<ul><li><a href="/" lang="en-XA">English</a></li></ul>')).toHaveLength(1);
    expect(check('<noscript><p>⟦Néééds Jááváá⟧</p><a href="/">⟦Hóóméé⟧</a></noscript>')).toEqual([]);
    expect(check('<noscript><p>Needs JavaScript</p></noscript>')).toHaveLength(1);
  });
});
