import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { serviceRecords } from '../../src/data/support-services';
import { htmlPages, loadPage, urlPathOf } from '../support/dist';
import { root } from '../support/paths';
import { jsonStrings, mdxProse, typedFiguresIn } from '../support/typed-figures';

/**
 * No phone number appears anywhere on the built site, in text or in links, unless it is in the
 * support services record (src/data/support-services.ts). A number typed into a page, or one
 * copied from somewhere else, fails here even if it is not a link.
 */

const services = serviceRecords;

/** Digits only, with +44 turned back into the leading 0 people dial. */
export function normalise(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return digits.startsWith('+44') ? `0${digits.slice(3)}` : digits.replace(/\+/g, '');
}

/** Every number the record allows: each phone's display and E.164 forms, and short codes named in its text. */
function allowedNumbers(): Set<string> {
  const allowed = new Set<string>();
  for (const s of services) {
    const phones = [s.phone, ...(s.otherContact ?? []).map((o) => o.phone)].filter((p) => p !== undefined);
    for (const p of phones) {
      allowed.add(normalise(p.display));
      allowed.add(normalise(p.e164));
      // "18001 101" is dialled as two parts; each part on its own is a record number too.
      if (!p.display.startsWith('0')) for (const part of p.display.split(/\s+/)) allowed.add(part);
    }
    for (const o of s.otherContact ?? []) {
      for (const code of `${o.label} ${o.detail ?? ''}`.match(/\b\d{2,5}\b/g) ?? []) allowed.add(code);
    }
  }
  return allowed;
}

/** UK phone numbers written out: 0 or +44 then 9 or 10 more digits, spaces or hyphens allowed between digits. */
const longNumber = /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d(?:[\s-]?\d){8,9}(?!\d)/g;

/**
 * Short numbers (999, 101, 111, 55, 18000, 116 123 …) only count as phone numbers next to a word
 * that means dialling them, so years, section numbers and "100%" are not mistaken for numbers.
 */
const shortNumber = /\b(?:call|calls|calling|dial|dialling|ring|phone|text|texting|press|pressing)\b[^\d.!?\n]{0,40}?\b(\+?\d{2,6}(?: \d{3})?)(?![\d%]|\s\d|\s*(?:hours?|minutes?|days?|weeks?|months?|years?|pixels?|px|pages?|words?|times)\b)/gi;

/** Phone numbers found in a piece of text, normalised. */
export function phoneNumbersIn(text: string): string[] {
  const found = [...text.matchAll(longNumber)].map((m) => normalise(m[0]));
  for (const m of text.matchAll(shortNumber)) {
    const n = m[1]!;
    if (/^(?:0|\+)/.test(n)) continue; // a long number, counted above
    found.push(n.replace(/\s/g, ''));
  }
  return found;
}

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

describe('the phone number finder', () => {
  it('finds numbers written in the usual UK ways', () => {
    expect(phoneNumbersIn('Ring 0800 123 4567 or +44 20 7946 0000, or 020-7946-0001 today.')).toEqual([
      '08001234567',
      '02079460000',
      '02079460001',
    ]);
    expect(phoneNumbersIn('Call 08 08 16 89 111 now.')).toEqual(['08081689111']);
  });

  it('finds short numbers after a word that means dialling', () => {
    expect(phoneNumbersIn('You can call 111 for health advice.')).toEqual(['111']);
    expect(phoneNumbersIn('Or call Samaritans on 116 123.')).toEqual(['116123']);
    expect(phoneNumbersIn('Text “register” to 999 first.')).toEqual(['999']);
  });

  it('does not mistake dates, years, percentages or section numbers for phone numbers', () => {
    expect(phoneNumbersIn('Since 18 November 2024, section 111 of the 2012 Act, 100% anonymous, 09:30 to 16:00.')).toEqual([]);
    expect(phoneNumbersIn('Phone, text or chat, 24 hours a day. Text back within 3 minutes.')).toEqual([]);
    expect(phoneNumbersIn('Use a small phone screen, 320 pixels wide.')).toEqual([]);
  });

  it('rejects a number that is not in the record', () => {
    const allowed = allowedNumbers();
    expect(allowed.has('08088020300')).toBe(true);
    expect(allowed.has('999')).toBe(true);
    expect(allowed.has('55')).toBe(true);
    expect(allowed.has('111')).toBe(false);
    expect(allowed.has('08001234567')).toBe(false);
  });
});

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
    const links = html
      .querySelectorAll('a[href^="tel:"], a[href^="sms:"]')
      .map((a) => normalise(a.getAttribute('href')!.replace(/^(tel|sms):/, '')))
      .filter((n) => !allowed.has(n));
    expect(links, 'tel:/sms: links not in the record').toEqual([]);
  });

  it('lists every service in the record on the Getting help page', () => {
    const page = loadPage('getting-help/index.html');
    const missing = services.filter((s) => !page.querySelector(`[id="${s.id}"]`)).map((s) => s.id);
    expect(missing).toEqual([]);
  });
});

/**
 * Legal figures and "as at" dates follow the same rule as phone numbers: they live in one record
 * (src/data/legal-figures.ts, src/data/protective-orders.ts) and pages render them, so none may be
 * typed into a guidance page's MDX or the guide's words (wizard.json). The finder is in
 * test/support/typed-figures.ts.
 */
describe('legal figures and dates are never typed into words', () => {
  /**
   * Pages whose dates are about the site, not the law: the accessibility statement must give the
   * dates its checks were run and the statement prepared (and names WCAG versions).
   */
  const aboutTheSiteOnly = new Set(['accessibility.mdx']);
  const guidanceDir = path.join(root, 'src/content/guidance');
  const mdxFiles = readdirSync(guidanceDir).filter((f) => f.endsWith('.mdx') && !aboutTheSiteOnly.has(f));

  it('finds the figures and dates the review found typed in', () => {
    const found = (text: string) => typedFiguresIn(text).map((f) => f.match);
    expect(found('Domestic Abuse Protection Orders are tried (as at November 2025).')).toEqual(['November 2025']);
    expect(found('In late 2025 it was only being tried in some parts.')).toEqual(['late 2025']);
    expect(found('It went up in May 2022, back down in March 2023.')).toEqual(['May 2022', 'March 2023']);
    expect(found('If the person is aged 10 to 17, it goes to a youth court.')).toEqual(['10 to 17']);
    expect(found('to 18 or 24 months, up to 5 years, at least two years, within 48 hours')).toEqual([
      '24 months',
      '5 years',
      'two years',
      '48 hours',
    ]);
    expect(found('On 25 February 2026, a fine of up to £5,000, if you are 16 or over.').sort()).toEqual(
      ['25 February', '2026', '16 or over', '£5,000'].sort(),
    );
  });

  it('lets names carry their year, and ignores rendered figures and link targets', () => {
    expect(
      typedFiguresIn(
        'The Stalking Protection Act 2019, the Protection from Stalking Act (Northern Ireland) 2022, the Criminal Justice and Licensing (Scotland) Act 2010 and [2024] EWHC 1172.',
      ),
    ).toEqual([]);
    expect(typedFiguresIn(mdxProse('---\ntitle: x\npinpoint: 14 May 2024\n---\nimport { a } from "b";\nAt least {amount(figures.minimumOrderYears, \'year\')}. [Changes](/changes-2024/)'))).toEqual([]);
    expect(jsonStrings({ a: ['since {date:inForce}', { b: 'for {years:minimumOrderYears}' }] }).flatMap((s) => typedFiguresIn(s.text))).toEqual([]);
  });

  it('finds the guidance pages to check', () => {
    expect(mdxFiles.length).toBeGreaterThan(15);
  });

  it.each(mdxFiles)('%s types no legal figure or date', (file) => {
    const typed = typedFiguresIn(mdxProse(readFileSync(path.join(guidanceDir, file), 'utf8')));
    expect(typed, 'render these from src/data/legal-figures.ts or src/data/protective-orders.ts').toEqual([]);
  });

  it("the guide's words (wizard.json) type no legal figure or date", () => {
    const json: unknown = JSON.parse(readFileSync(path.join(root, 'src/content/wizard/wizard.json'), 'utf8'));
    const typed = jsonStrings(json).flatMap(({ path: at, text }) => typedFiguresIn(text).map((f) => `${at}: ${f.context}`));
    expect(typed, 'use {years:figure}, {date:figure} placeholders').toEqual([]);
  });
});
