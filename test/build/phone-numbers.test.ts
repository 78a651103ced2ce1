import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { allTelTargets, serviceRecords } from '../../src/data/support-services';
import { htmlPages, loadPage, urlPathOf } from '../support/dist';
import { allowedNumbers, phoneNumbersIn } from '../../src/integrations/build-gate/phone-numbers';

/**
 * No phone number appears anywhere on the built site, in text or in links, unless it is in the
 * support services record (src/data/support-services.ts). A number typed into a page, or one
 * copied from somewhere else, fails here even if it is not a link; every tel: and sms: link
 * dials a number exactly as the record writes it (E.164). The finder is test/support/phone-numbers.ts.
 */

/** What a reader can see or hear on a page: its text, and the text in attributes read aloud. */
function readableText(html: HTMLElement): string {
  const copy = parse(html.outerHTML, { comment: false });
  for (const el of copy.querySelectorAll('script, style, template, noscript')) el.remove();
  const attributes = copy
    .querySelectorAll('[aria-label], [title], [alt], [placeholder], meta[name="description"]')
    .map((el) => ['aria-label', 'title', 'alt', 'placeholder', 'content'].map((a) => el.getAttribute(a) ?? '').join(' '));
  // Block boundaries become line breaks so numbers in neighbouring cells never run together.
  const body = parse(copy.innerHTML.replace(/<\/?(?:p|li|td|th|dt|dd|div|h\d|br|tr|section)\b[^>]*>/gi, '\n')).text;
  return `${body}\n${attributes.join('\n')}`;
}

describe('phone numbers on the built site', () => {
  const allowed = allowedNumbers();
  const pages = htmlPages();

  it('finds pages, and finds the helpline number on them', () => {
    expect(pages.length).toBeGreaterThan(0);
    const everywhere = pages.flatMap((f) => phoneNumbersIn(readableText(loadPage(f))));
    expect(everywhere).toContain('08088020300');
  });

  it.each(pages.map((f) => [urlPathOf(f), f]))('%s shows only numbers from the services record', (_path, file) => {
    const html = loadPage(file);
    const unknown = phoneNumbersIn(readableText(html)).filter((n) => !allowed.has(n));
    expect(unknown, 'numbers not in src/data/support-services.ts').toEqual([]);
    const targets = new Set(allTelTargets());
    const links = html
      .querySelectorAll('a[href^="tel:"], a[href^="sms:"]')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => !targets.has(href.replace(/^(tel|sms):/, '')));
    expect(links, 'tel:/sms: links not in the record').toEqual([]);
  });

  it('lists every service in the record on the Getting help page', () => {
    const page = loadPage('getting-help/index.html');
    const missing = serviceRecords.filter((s) => !page.querySelector(`[id="${s.id}"]`)).map((s) => s.id);
    expect(missing).toEqual([]);
  });
});
