import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../support/dist';
import { distDir } from '../support/paths';
import { publishedLocales } from '../../src/i18n/routing';
import { useStrings } from '../../src/i18n';

/**
 * The letter pages' line about Welsh, as built (issue 29, point 5). The build publishes the locales its
 * environment asks for (src/i18n/routing.ts), and the harness builds with the test run's environment, so
 * this reads the same list: a production build (English only) offers no Welsh letter page, so never links
 * to one that is not there; a build publishing Welsh (`SPO_PREVIEW_LOCALES=cy npm test -- --project build`,
 * or production once 'cy' is in productionLocales) has the Welsh page say that forces in Wales must reply
 * in Welsh, and the English page offer it, the link "Cymraeg" marked lang="cy", with the same fact.
 */
const welshPublished = publishedLocales().includes('cy');
const en = useStrings('en-GB').t;
const cy = useStrings('cy').t;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const line = (file: string) => loadPage(file).querySelectorAll('[data-welsh-line]');

describe(`the letter pages’ line about Welsh (Welsh ${welshPublished ? 'published' : 'not published'} in this build)`, () => {
  it('the English page: the offer of the Welsh letter builder, with the fact, exactly when Welsh is published', () => {
    const found = line('make-a-letter/index.html');
    if (!welshPublished) {
      expect(found).toHaveLength(0);
      expect(existsSync(path.join(distDir, 'cy'))).toBe(false);
      return;
    }
    expect(found).toHaveLength(1);
    const offer = found[0]!;
    expect(offer.getAttribute('data-welsh-line')).toBe('offer');
    expect(squash(offer.text)).toBe(`${en('letters.page.writeInWelsh', { link: 'Cymraeg' })} ${en('letters.page.welshReply')}`);
    const links = offer.querySelectorAll('a');
    expect(links.map((a) => [a.text, a.getAttribute('lang'), a.getAttribute('hreflang'), a.getAttribute('href')])).toEqual([['Cymraeg', 'cy', 'cy', '/cy/gwneud-llythyr/']]);
    expect(existsSync(path.join(distDir, 'cy', 'gwneud-llythyr', 'index.html'))).toBe(true);
  });

  it('the Welsh page: the fact in Welsh, no offer, and its letters’ words in Welsh', () => {
    const file = 'cy/gwneud-llythyr/index.html';
    if (!welshPublished) {
      expect(existsSync(path.join(distDir, file))).toBe(false);
      return;
    }
    const found = line(file);
    expect(found.map((p) => [p.getAttribute('data-welsh-line'), squash(p.text), p.querySelectorAll('a').length])).toEqual([['reply', cy('letters.page.welshReply'), 0]]);
    expect(cy('letters.page.welshReply')).toContain('heddluoedd yng Nghymru');
    // The letters with gaps (the page without JavaScript) are the Welsh letters: addressed and signed in Welsh.
    const blank = squash(loadPage(file).querySelector('.letters-blank')!.text);
    expect(blank).toContain('At: ______________________');
    expect(blank).toContain('Yn gywir,');
    expect(blank).not.toMatch(/Dear |Yours sincerely|Stalking Protection Order/);
  });
});
