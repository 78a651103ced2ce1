import { expect, it } from 'vitest';
import { pagesOfLocale, urlPathOf } from '../support/dist';
import { describeBrowser, openPage, useBrowser } from '../support/browser';
import { expectNoSidewaysScroll } from '../support/reflow';

/**
 * The pseudo-locale build's words are about a third longer than English (src/i18n/pseudo.ts), as
 * Welsh often is. At 320 CSS px wide, no page of it may scroll sideways: the layouts take longer
 * words. Its en-XA pages, served from the pseudo build (test/support/pseudo-site.ts), with the site's headers.
 */
const WIDTH = 320;
const pages = pagesOfLocale('en-xa').map(urlPathOf);

describeBrowser(`the pseudo-locale build at ${WIDTH} px`, () => {
  useBrowser();

  it('is the pseudo-locale build that is served', async () => {
    const { page } = await openPage('/en-xa/');
    expect(await page.getAttribute('html', 'lang')).toBe('en-XA');
    expect(await page.locator('a.exit-this-page__button').textContent()).toMatch(/^⟦.+⟧$/);
  });

  it.each(pages)('%s does not scroll sideways at 320 px with longer words', async (urlPath) => {
    await expectNoSidewaysScroll(urlPath, WIDTH);
  });
});
