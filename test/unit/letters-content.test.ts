/**
 * The letter builder's words (src/content/letters/letters.json) against their strict schema:
 * the real file passes, and each kind of mistake an editor could make is refused with the key
 * named. Numbers come from the data files, never typed into the words.
 */
import { describe, expect, it } from 'vitest';
import rawContent from '../../src/content/letters/letters.json';
import { fillTokens, loadLettersContent } from '../../src/lib/letters/content';
import { lettersContentSchema } from '../../src/schemas/letters';
import { getService, serviceRecords } from '../../src/data/support-services';
import { victimsRightsFigures } from '../../src/data/victims-rights';

/** A deep copy of the words to break. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a copy to break in any way, field by field
const copy = (): any => structuredClone(rawContent);
const issues = (value: unknown) => {
  const result = lettersContentSchema.safeParse(value);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message} ${JSON.stringify(i)}`).join('\n');
};

/** Every string in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the letter builder’s words', () => {
  it('pass the schema', () => {
    expect(issues(rawContent)).toBe('');
  });

  it('have phone numbers and figures written in from the data files', () => {
    const content = loadLettersContent(rawContent);
    const all = strings(content).join('\n');
    expect(all).not.toMatch(/\{(?:phone|figure):/);
    expect(all).toContain(`call ${getService('emergency').phone!.display}`);
    expect(all).toContain(`within ${victimsRightsFigures.reviewRequestMonths} months`);
    expect(all).toContain(`within ${victimsRightsFigures.complaintReviewDays} days`);
  });

  it('never type a number a data file holds', () => {
    for (const s of strings(rawContent)) {
      expect(s, s).not.toMatch(/\b(?:999|101|55|28|3|10|30) (?:months|days|working days)\b/);
      expect(s, s).not.toMatch(/\b(?:call|dial|ring|phone)\s+\d/i);
    }
  });

  it('never make a claim the fact sheet lists as wrong', () => {
    const all = strings(rawContent).join('\n').toLowerCase();
    for (const wrong of ['you can apply for a stalking protection order', 'lasts 28 days', 'up to 10 years', 'criminal record', 'family court']) {
      expect(all).not.toContain(wrong);
    }
  });
});

describe('the schema refuses', () => {
  it('a relative-time phrase in capitals, with two spaces, or listed twice, and a list left empty', () => {
    for (const [phrases, message] of [
      [['Last night'], 'lower-case words'],
      [['last  night'], 'lower-case words'],
      [['today', 'today'], 'listed twice'],
      [[], 'relativeTime.phrases'],
    ] as const) {
      const c = copy();
      c.relativeTime.phrases = phrases;
      expect(issues(c), JSON.stringify(phrases)).toContain(message);
    }
  });

  it('a police force question without its "not known" choice, or a relative-time block without its prompt', () => {
    const c = copy();
    delete c.fields.force.notKnown;
    expect(issues(c)).toContain('fields.force.notKnown');
    const d = copy();
    delete d.relativeTime.prompt;
    expect(issues(d)).toContain('relativeTime.prompt');
  });

  it('a misspelt or missing key of a question', () => {
    const c = copy();
    c.fields.route.lable = c.fields.route.label;
    delete c.fields.route.label;
    const found = issues(c);
    expect(found).toContain('lable');
    expect(found).toContain('fields.route.label');
  });

  it('a ui block: the builder\'s interface words live in the interface table (src/i18n), not in its content', () => {
    const c = copy();
    c.ui = { print: 'Print the letter' };
    expect(issues(c)).toMatch(/Unrecognized key: "ui"/);
  });

  it('a missing option of a choice question', () => {
    const c = copy();
    delete c.fields.route.options['no-charge'];
    expect(issues(c)).toContain('no-charge');
  });

  it('a paragraph that names a question the letter does not ask', () => {
    const c = copy();
    c.letters['review-or-complain'].blocks.push({ text: 'Evidence: {evidence}' });
    expect(issues(c)).toContain('"evidence" is not a question this letter asks');
  });

  it('a question that is asked but never used', () => {
    const c = copy();
    c.letters['review-or-complain'].questions.push({ field: 'witnesses', required: false });
    expect(issues(c)).toContain('witnesses is asked but never used');
  });

  it('a condition on an option that does not exist', () => {
    const c = copy();
    c.letters['review-or-complain'].blocks[5].when.options = ['no-ordr'];
    expect(issues(c)).toContain('"no-ordr" is not an option of route');
  });

  it('stray braces in words or paragraphs', () => {
    const c = copy();
    c.fields.yourName.hint = 'Your {name}';
    c.letters['ask-for-order'].blocks[0].text = 'To: {force';
    const found = issues(c);
    expect(found).toContain('hint');
    expect(found).toContain('blocks');
  });

  it('an unknown top-level or field key', () => {
    const c = copy();
    c.fields.yourName.placeholder = 'Jo';
    expect(issues(c)).toContain('placeholder');
  });

  it('and the loader refuses an unknown figure or service', () => {
    expect(() => fillTokens('within {figure:reviewMonths} months')).toThrow('reviewMonths');
    expect(() => fillTokens('call {phone:no-such-service}')).toThrow('no-such-service');
  });

  it('and names a service the record lists without a phone number', () => {
    const withoutPhone = serviceRecords.find((service) => !service.phone);
    expect(withoutPhone, 'the services record has a service with no phone number to try this with').toBeDefined();
    expect(() => fillTokens(`call {phone:${withoutPhone!.id}}`)).toThrow(new Error(`Service "${withoutPhone!.id}" has no phone number`));
  });
});
