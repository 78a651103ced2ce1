import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage } from '../support/dist';
import { href } from '../../src/i18n/routing';
import { localeOfFile } from '../support/page-locale';

/**
 * Hiding a visit, step by step (issue 26, point 5; fact sheet 13d-F): the page exists, gives
 * Apple's and Google's own menu words, names the makers' help pages where the sheet has no
 * confirmed steps (never inventing menu words), says what stays on the phone, and is two taps
 * from every page: the help strip links to it on every page, and the exit explainer wherever it is.
 */
const page = loadPage('hiding-your-visit/index.html');
const text = page.querySelector('main')!.text.replace(/\s+/g, ' ');

describe('the hiding-your-visit page', () => {
  it('gives Safari’s menu words as Apple gives them, and Incognito as Google describes it', () => {
    expect(text).toContain('Clear History and Website Data');
    expect(text).toMatch(/Settings.*Apps.*Safari/);
    expect(text).toContain('Incognito');
    expect(text).toMatch(/downloads?|download/i);
  });

  it('sends readers of other browsers to the makers’ own help, without menu words of its own', () => {
    expect(page.querySelector('main a[href="https://support.google.com/chrome/answer/95589"]')?.getAttribute('rel')).toContain('noreferrer');
    expect(text).toContain('samsung.com/uk/support');
    expect(text).toContain('support.mozilla.org');
    expect(text).not.toMatch(/tap Remove|Secret mode >|Delete browsing data/);
  });

  it('is honest about what stays: history before a private window, call history, downloads, synced accounts', () => {
    expect(text).toContain('does not remove every record');
    expect(text).toContain('call history');
    expect(page.querySelector('main .exit-explainer')).not.toBeNull();
  });
});

describe.each(htmlPages())('%s', (file) => {
  it('links to the page from its help strip, and from its exit explainer if it has one', () => {
    const html = loadPage(file);
    // The page in the same language as the page linking to it.
    const target = href('hiding-your-visit', localeOfFile(file));
    expect(html.querySelector(`aside.help-strip a[href="${target}"]`)).not.toBeNull();
    for (const explainer of html.querySelectorAll('.exit-explainer')) {
      expect(explainer.querySelector(`a[href="${target}"]`)).not.toBeNull();
    }
  });
});
