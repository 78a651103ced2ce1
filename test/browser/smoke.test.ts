import { expect, it } from 'vitest';
import { htmlPages, urlPathOf } from '../support/dist';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';

describeBrowser('every built page in Chromium', () => {
  useBrowser();

  it('serves the home page with HTTP 200', async () => {
    const context = await newContext();
    const response = await context.request.get('/');
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('Stalking Protection Orders');
  });

  it.each(htmlPages().filter((f) => f !== '404.html').map(urlPathOf))(
    '%s loads with no console errors or warnings, no CSP violations and no third-party requests',
    async (urlPath) => {
      const { page } = await openPage(urlPath);
      await page.waitForLoadState('load');
      expect(await page.locator('h1').count()).toBe(1);
    },
  );
});
