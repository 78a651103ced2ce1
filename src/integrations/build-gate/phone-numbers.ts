import { serviceRecords } from '../../data/support-services';
import { servicesIn } from '../../data/record-words';
import { locales } from '../../i18n/table';

/**
 * Finds phone numbers written in text, and lists the numbers the support services record
 * (src/data/support-services.ts) allows. The build gate (./checks.ts) runs the finder over every
 * content file and every built page; its own tests are in test/unit/phone-number-finder.test.ts.
 */

/** Digits only, with +44 turned back into the leading 0 people dial. */
export function normalise(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return digits.startsWith('+44') ? `0${digits.slice(3)}` : digits.replace(/\+/g, '');
}

/** Every number the record allows: each phone's display and E.164 forms, and short codes named in its text. */
export function allowedNumbers(): Set<string> {
  const allowed = new Set<string>();
  for (const s of serviceRecords) {
    const phones = [s.phone, ...(s.otherContact ?? []).map((o) => o.phone)].filter((p) => p !== undefined);
    for (const p of phones) {
      allowed.add(normalise(p.display));
      allowed.add(normalise(p.e164));
      // "18001 101" is dialled as two parts; each part on its own is a record number too.
      if (!p.display.startsWith('0')) for (const part of p.display.split(/\s+/)) allowed.add(part);
    }
  }
  // Short codes its contacts' words name ("press 55"), in every locale's words.
  for (const s of locales.flatMap((locale) => servicesIn(locale))) {
    for (const o of s.otherContact ?? []) {
      for (const code of `${o.label} ${o.detail?.join(' ') ?? ''}`.match(/\b\d{2,5}\b/g) ?? []) allowed.add(code);
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

/** Long numbers (0… or +44…) written in a text, as written, with where each starts. */
export function longNumbersIn(text: string): { text: string; index: number }[] {
  return [...text.matchAll(longNumber)].map((m) => ({ text: m[0], index: m.index }));
}

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
