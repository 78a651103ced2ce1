import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths';
import { jsonStrings, mdxProse, typedFiguresIn } from '../support/typed-figures';

/**
 * Legal figures and "as at" dates follow the same rule as phone numbers: they live in one record
 * (src/data/legal-figures.ts, src/data/protective-orders.ts) and pages render them, so none may be
 * typed into a guidance page's MDX, the guide's words (guide.json, guide-result.json) or the protective
 * orders' words (src/content/records/<locale>/protective-orders.json). The finder is in
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

  it.each(['guide.json', 'guide-result.json'])("the guide's words (%s) type no legal figure or date", (file) => {
    const json: unknown = JSON.parse(readFileSync(path.join(root, 'src/content/guide', file), 'utf8'));
    const typed = jsonStrings(json).flatMap(({ path: at, text }) => typedFiguresIn(text).map((f) => `${at}: ${f.context}`));
    expect(typed, 'use {years:figure}, {date:figure} placeholders').toEqual([]);
  });

  it("the protective orders' words (src/content/records/en-GB/protective-orders.json) type no legal figure or date", () => {
    const json: unknown = JSON.parse(readFileSync(path.join(root, 'src/content/records/en-GB/protective-orders.json'), 'utf8'));
    const typed = jsonStrings(json).flatMap(({ path: at, text }) => typedFiguresIn(text).map((f) => `${at}: ${f.context}`));
    expect(typed, 'use the {placeholders} of orderFigureNames in src/data/record-words.ts').toEqual([]);
  });
});
