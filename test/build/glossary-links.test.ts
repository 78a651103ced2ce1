import { describe, expect, it } from 'vitest';
import { glossaryTerms } from '../../src/data/glossary-terms';
import { htmlPages, loadPage, urlPathOf } from '../support/dist';

/** Terms pages may link to as /glossary/#id (the list GlossaryTerm.astro accepts): none may lose its anchor. */
const requiredTerms = glossaryTerms;

const pages = htmlPages();
const glossaryFile = 'glossary/index.html';

describe('the glossary', () => {
  it('is built', () => {
    expect(pages).toContain(glossaryFile);
  });

  const glossary = pages.includes(glossaryFile) ? loadPage(glossaryFile) : null;
  const ids = new Set((glossary?.querySelectorAll('[id]') ?? []).map((el) => el.id));

  it('has an anchor for every required term, each followed by an explanation', () => {
    const missing = requiredTerms.filter((term) => !ids.has(term));
    expect(missing, 'terms with no anchor on /glossary/').toEqual([]);
    for (const term of requiredTerms) {
      const el = glossary!.querySelector(`[id="${term}"]`)!;
      // The explanation is the term's own text (a <dt> is followed by its <dd>, a heading by a paragraph).
      const explanation = el.nextElementSibling?.text.trim() ?? '';
      expect(el.text.trim().length, `${term} has a visible name`).toBeGreaterThan(1);
      expect(explanation.split(/\s+/).length, `${term} is explained`).toBeGreaterThanOrEqual(8);
    }
  });

  it('resolves every /glossary/#term link on every page', () => {
    const broken: string[] = [];
    let count = 0;
    for (const file of pages) {
      for (const a of loadPage(file).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        const url = new URL(href, `https://site.invalid${urlPathOf(file)}`);
        if (url.origin !== 'https://site.invalid' || url.pathname !== '/glossary/' || !url.hash) continue;
        count += 1;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids.has(id)) broken.push(`${urlPathOf(file)} → ${href}`);
      }
    }
    if (broken.length) console.log(`Glossary links with no matching term:\n  ${broken.join('\n  ')}`);
    console.log(`Checked ${count} glossary links on ${pages.length} pages.`);
    expect(count, 'pages link to the glossary').toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});
