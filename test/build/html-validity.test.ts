import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages, readDist } from '../support/dist';
import { root } from '../support/paths';

/**
 * Every built page is checked by html-validate with the project's .htmlvalidate.json, which
 * extends `html-validate:recommended` and relaxes only two rules, each for a reason that the
 * validator cannot see from the HTML alone:
 *
 * - `tel-non-breaking` ignores `a.phone-link`: every phone link is rendered by PhoneLink.astro
 *   with that class, and global.css gives `.phone-link` `white-space: nowrap`, so the number can
 *   never wrap. (The rule only understands inline `style`, which the CSP forbids.) Phone numbers
 *   in any other element still have to use non-breaking spaces.
 * - `long-title` allows 110 characters instead of 70: every title ends with " – " and the site
 *   name (38 characters) so that a person with many tabs open knows where they are (WCAG 2.4.2).
 *   70 is a search-engine display heuristic, not a validity or accessibility rule.
 *
 * Pages are enumerated from the build, so a new page is covered without editing this file. That
 * the configuration relaxes only these two rules is checked without a build, in
 * test/unit/htmlvalidate-config.test.ts.
 */

const config = JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

function describeMessage(file: string, m: Message): string {
  return `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`;
}

describe('HTML validity (html-validate, recommended rules)', () => {
  const pages = htmlPages();

  it('finds the built pages', () => {
    expect(pages).toContain('index.html');
    expect(pages.length).toBeGreaterThan(3);
  });

  it.each(pages)('%s has no html-validate errors', async (file) => {
    const report = await validator.validateString(readDist(file), file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2));
    expect(errors.map((m) => describeMessage(file, m))).toEqual([]);
  });

  it('catches a broken page (the check is live)', async () => {
    const broken = readDist('index.html').replace('<main', '<img src="/x.png"><main').replace('</main>', '</div></main>');
    const report = await validator.validateString(broken, 'broken.html');
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(rules.has('wcag/h37')).toBe(true);
    expect(report.valid).toBe(false);
  });
});
