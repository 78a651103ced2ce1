import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { htmlPages, urlPathOf } from '../support/dist';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { answerByMouse, openGuide, waitForStep } from './guide-helpers';
import { addDays, londonInstant, londonTime, weekdayOf } from '../../src/lib/opening-hours';
import { href, publishedLocales } from '../../src/i18n/routing';
import { useStrings } from '../../src/i18n';

const nextMonday = (() => {
  let date = addDays(londonTime(new Date()).date, 1);
  while (weekdayOf(date) !== 'mon') date = addDays(date, 1);
  return date;
})();

/**
 * The first screen on a cheap phone (360 × 740): the page's own heading starts within 200 px, 999
 * (in the sticky bar), the helpline and a 24-hour service (in the help strip) are fully on the
 * first screen, the header says the site is for England and Wales, and everything a shaking thumb
 * needs to hit (call links, the exit control, the guide's Back and Continue) is at least 44 × 44 px.
 */
const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const pages = htmlPages().map(urlPathOf);

/** Every visible element matching `selector` smaller than 44 × 44 px, described. */
async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el.getAttribute('href') ?? el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`),
  );
}

describeBrowser('the first screen at 360 × 740', () => {
  useBrowser();

  it('on every page: the H1 starts at most 200 px down; 999, the helpline and a 24-hour service are fully on the first screen', async () => {
    const context = await newContext(phone);
    const problems: string[] = [];
    for (const path of pages) {
      const { page } = await openPage(path, context);
      const m = await page.evaluate(() => {
        const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
        return {
          h1: box('h1')?.top,
          s999: box('.exit-this-page a[href="tel:999"]'),
          helpline: box('.help-strip a[href="tel:+448088020300"]'),
          allDay: box('.help-strip [data-open-now-first] a'),
        };
      });
      if (m.h1 === undefined || m.h1 > 200) problems.push(`${path}: H1 top ${m.h1}`);
      for (const [name, b] of [['999', m.s999], ['helpline', m.helpline], ['24-hour service', m.allDay]] as const) {
        if (!b || b.top < 0 || b.bottom > 740 || b.width === 0) problems.push(`${path}: ${name} link at ${b?.top}–${b?.bottom}`);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
  }, pages.length * 4_000);

  it('on every page: every visible tel: and sms: link and the exit control are at least 44 × 44 px', async () => {
    const context = await newContext(phone);
    const problems: string[] = [];
    let checked = 0;
    for (const path of pages) {
      const { page } = await openPage(path, context);
      checked += await page.locator('a[href^="tel:"]:visible, a[href^="sms:"]:visible').count();
      for (const small of await smallTargets(page, 'a[href^="tel:"], a[href^="sms:"], .exit-this-page__button')) problems.push(`${path}: ${small}`);
      // The hidden exit skip link, as it shows when focused.
      await page.locator('a.exit-this-page__skip').focus();
      for (const small of await smallTargets(page, 'a.exit-this-page__skip')) problems.push(`${path}: ${small}`);
      await page.close();
    }
    expect(checked).toBeGreaterThan(pages.length * 4);
    expect(problems).toEqual([]);
  }, pages.length * 4_000);

  it('the step-by-step guide’s Continue and Back are at least 44 × 44 px', async () => {
    const { page } = await openGuide();
    await page.setViewportSize(phone.viewport);
    expect(await smallTargets(page, 'form.guide-question button[type="submit"]')).toEqual([]);
    await answerByMouse(page, 'danger', 'no');
    await page.waitForSelector('.guide__back');
    expect(await page.locator('form.guide-question button[type="submit"]').count()).toBe(1);
    expect(await smallTargets(page, 'form.guide-question button[type="submit"], .guide__back')).toEqual([]);
    await page.locator('.guide__back').click();
    await waitForStep(page, 'danger');
  });

  it('shows the site name and "England and Wales" uncovered beside 999 and "Exit this page", and one row of links: the other language first, Search last, in each language', async () => {
    for (const locale of publishedLocales()) {
      const { t } = useStrings(locale);
      const { page } = await openPage(href('what-is-stalking', locale), await newContext(phone));
      const result = await page.evaluate(() => {
        const name = document.querySelector('.site-header__name')!;
        const box = name.getBoundingClientRect();
        const onTop = name.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
        const call999 = document.querySelector('.exit-this-page a[href="tel:999"]')!.getBoundingClientRect();
        const items = [...document.querySelectorAll('.site-header .site-nav__list > li')].filter((li) => li.getClientRects().length > 0);
        return {
          onTop,
          clear: box.right <= call999.left,
          text: (name as HTMLElement).innerText,
          rows: new Set(items.map((li) => li.getBoundingClientRect().top)).size,
          first: items[0]?.textContent?.trim(),
          last: items.at(-1)?.textContent?.trim(),
        };
      });
      const others = publishedLocales().filter((other) => other !== locale);
      expect(result, locale).toEqual({
        onTop: true,
        clear: true,
        text: `${t('site.shortName')}\n${t('site.scope')}`,
        rows: 1,
        first: others.length ? useStrings(others[0]!).t('language.name') : t('nav.checkYourSituation'),
        last: t('nav.search'),
      });
    }
  });

  it('home page: the H1 and one sentence, then the three ways in within the first two screens', async () => {
    const { page } = await openPage('/', await newContext(phone));
    const m = await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const next = h1.nextElementSibling!;
      const doors = [...document.querySelectorAll('.doors > li')];
      return {
        sentences: (next.textContent ?? '').trim().split(/(?<=\.)\s+/).length,
        nextIsDoors: next.nextElementSibling?.matches('.doors'),
        doors: doors.map((d) => d.querySelector('a')?.getAttribute('href')),
        doorsTop: doors[0]!.getBoundingClientRect().top + scrollY,
        h1Top: h1.getBoundingClientRect().top,
      };
    });
    expect(m.sentences).toBe(1);
    expect(m.nextIsDoors).toBe(true);
    expect(m.doors).toEqual(['/what-is-a-stalking-protection-order/', '/check-your-situation/', '/getting-help/']);
    expect(m.doorsTop).toBeLessThanOrEqual(2 * 740);
    expect(m.h1Top).toBeLessThanOrEqual(200);
  });

  it('home page: the first screen names England and Wales (beside the site’s name, from the table’s site.scope)', async () => {
    const { page } = await openPage('/', await newContext(phone));
    const scope = page.locator('header .site-header__scope');
    expect((await scope.innerText()).trim()).toBe('England and Wales');
    const box = (await scope.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await scope.isVisible()).toBe(true);
  });

  it('the header does not move when scripts run: no layout shift, and Search keeps its place and size', async () => {
    const place = async (javaScriptEnabled: boolean) => {
      const { page } = await openPage('/what-is-stalking/', await newContext({ ...phone, javaScriptEnabled }));
      // Before scripts run, a browser with scripting on shows no <noscript> content (the exit
      // control's no-script line): take it out of the page drawn without scripts.
      if (!javaScriptEnabled) await page.evaluate(() => document.querySelectorAll('noscript').forEach((n) => n.remove()));
      return page.locator('.site-nav__search').evaluate((el) => {
        const b = el.getBoundingClientRect();
        return { tag: el.tagName, box: [b.left, b.top, b.width, b.height].map(Math.round) };
      });
    };
    const [without, withScripts] = [await place(false), await place(true)];
    expect(without.tag).toBe('A');
    expect(withScripts.tag).toBe('BUTTON');
    expect(withScripts.box).toEqual(without.box);

    // And when the help strip's script says the helpline is closed (its words change, the 24-hour
    // service moves first), on a Monday evening in London: nothing moves either.
    for (const clock of [undefined, new Date(londonInstant(nextMonday, '18:00'))]) {
      const context = await newContext(phone);
      // setFixedTime fixes Date but keeps timers running, so the observer's timeout below still fires.
      if (clock) await context.clock.setFixedTime(clock);
      const { page } = await openPage('/what-is-stalking/', context);
      await page.waitForLoadState('networkidle');
      if (clock) expect(await page.locator('aside.help-strip').getAttribute('data-state')).toBe('closed');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 300);
          }),
      );
      expect(shift, clock?.toISOString() ?? 'now').toBe(0);
    }
  });
});
