import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage } from '../support/dist';
import { localeOfFile } from '../support/page-locale';

/**
 * Small defects found on 2026-12-07 (issue 26, point 8), each checked over every built page so it
 * cannot come back anywhere: a heading repeated straight after itself (the breach record on
 * Living with an order had the page's heading and the log's own); a call link naming its number
 * twice ("Call 101 (Police non-emergency (101))"); a heading with a lower-case "i" for "I" (a
 * letter's route lower-cased: "…complaint: i want to complain about…").
 */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(htmlPages())('%s', (file) => {
  const page = loadPage(file);
  const headings = page.querySelectorAll('h1, h2, h3, h4, h5, h6');

  it('never repeats a heading straight after itself', () => {
    const repeats = headings.filter((h, i) => i > 0 && squash(h.text) === squash(headings[i - 1]!.text)).map((h) => squash(h.text));
    expect(repeats).toEqual([]);
  });

  it('has no heading with a lower-case "i" standing for "I" (English: in Welsh "i" is a word)', () => {
    if (localeOfFile(file) !== 'en-GB') return;
    expect(headings.map((h) => squash(h.text)).filter((text) => /(^|[\s:(“"'])i(\s|’|'|$)/.test(text))).toEqual([]);
  });

  it('has no link whose words put brackets inside brackets', () => {
    expect(page.querySelectorAll('a').map((a) => squash(a.text)).filter((text) => /\([^()]*\(/.test(text))).toEqual([]);
  });
});

describe('the checks can fail', () => {
  it('catch each defect in a page made to have it', () => {
    const repeat = ['Breach record', 'Breach record'];
    expect(repeat.filter((h, i) => i > 0 && h === repeat[i - 1])).toHaveLength(1);
    expect(/(^|[\s:(“"'])i(\s|’|'|$)/.test('Make a complaint: i want to complain')).toBe(true);
    expect(/(^|[\s:(“"'])i(\s|’|'|$)/.test('Make a complaint: I want to complain, in it')).toBe(false);
    expect(/\([^()]*\(/.test('Call 101 (Police non-emergency (101))')).toBe(true);
  });
});
