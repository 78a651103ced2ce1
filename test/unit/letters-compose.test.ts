/**
 * The letter builder's composition (src/lib/letters/compose.ts) over the real words: which
 * paragraphs each answer brings in, what an unanswered question leaves out, the error list for
 * missing required answers, and property tests over random answer sets.
 */
import { english } from '../support/english';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawContent from '../../src/content/letters/letters.json';
import { loadLettersContent } from '../../src/lib/letters/content';
const { t } = english;
import { BLANK, composeBlankLetter, composeLetter, hasVisibleText, isAnswered, letterDate, missingAnswers } from '../../src/lib/letters/compose';
import { letterIds, optionIds, textFieldIds, type LetterAnswers, type LetterId } from '../../src/schemas/letters';

const content = loadLettersContent(rawContent);
const asked = (letter: LetterId) => content.letters[letter].questions.map((q) => q.field);
const required = (letter: LetterId) => content.letters[letter].questions.filter((q) => q.required).map((q) => q.field);

/** Answers to every required question of a letter, with distinct recognisable words. */
function requiredAnswers(letter: LetterId): LetterAnswers {
  const a: Record<string, unknown> = {};
  for (const f of required(letter)) {
    if (f === 'orderType') a[f] = 'full';
    else if (f === 'route') a[f] = 'no-order';
    else a[f] = `ANSWER-${f}`;
  }
  return a as LetterAnswers;
}

/** Text that must never appear in a composed letter. */
const NEVER = /undefined|NaN|null|\[object|[{}]/;

describe('composing a letter from answers', () => {
  it.each(letterIds)('%s: every required answer appears, and nothing optional when only those are given', (letter) => {
    const answers = requiredAnswers(letter);
    expect(missingAnswers(content, letter, answers)).toEqual([]);
    const text = composeLetter(content, letter, answers);
    for (const f of required(letter)) {
      if (textFieldIds.includes(f as never)) expect(text).toContain(`ANSWER-${f}`);
    }
    expect(text).not.toMatch(NEVER);
    // Optional paragraphs that only exist to carry an answer are left out.
    // The addressee line is always there: with no force chosen, the officer in the case.
    expect(text.split('\n\n').filter((p) => p.startsWith('To:'))).toEqual(['To: The officer in the case']);
    expect(text).not.toContain('Crime reference number:');
    expect(text).not.toContain('How to contact me safely:');
    expect(text).toContain('Dear Sir or Madam,');
  });

  it('asking for an order: each optional answer brings in its own paragraph, once', () => {
    const answers: LetterAnswers = {
      ...requiredAnswers('ask-for-order'),
      personName: 'Pat Example',
      dates: 'Since March',
      whyNeeded: 'Nothing else has stopped it',
      othersAffected: 'My son',
      forbid: ['approach', 'contact'],
      forbidOther: 'Keep away from the school',
      interim: 'yes',
      force: 'Kent Police',
      crimeRef: 'CR-12345',
      officer: 'PC Jones',
      safeContact: 'Email only',
    };
    const text = composeLetter(content, 'ask-for-order', answers);
    for (const v of ['Pat Example', 'Since March', 'Nothing else has stopped it', 'My son', 'Keep away from the school', 'Kent Police', 'CR-12345', 'PC Jones', 'Email only']) {
      expect(text.split(v).length - 1, v).toBe(1);
    }
    expect(text).toContain('Dear PC Jones,');
    expect(text).not.toContain('Dear Sir or Madam,');
    expect(text).not.toContain('I believe an order is needed to protect me from this risk.');
    expect(text).toContain('interim Stalking Protection Order');
    // The chosen prohibitions, in the content's order (contact before approach), and only those.
    const contact = text.indexOf('- contacting me in any way');
    const approach = text.indexOf('- coming near me');
    expect(contact).toBeGreaterThan(-1);
    expect(approach).toBeGreaterThan(contact);
    expect(text).not.toContain('taking photos');
  });

  it('asking for an order: without the interim answer there is no interim paragraph', () => {
    expect(composeLetter(content, 'ask-for-order', requiredAnswers('ask-for-order'))).not.toContain('interim');
  });

  it('reporting a breach: the crime sentence appears for a Stalking Protection Order, not for another order', () => {
    const base = requiredAnswers('report-breach');
    const spo = composeLetter(content, 'report-breach', { ...base, orderType: 'full' });
    const interim = composeLetter(content, 'report-breach', { ...base, orderType: 'interim' });
    const other = composeLetter(content, 'report-breach', { ...base, orderType: 'not-sure' });
    expect(spo).toContain('the Stalking Protection Order made to protect me');
    expect(interim).toContain('the interim Stalking Protection Order made to protect me');
    expect(spo).toContain('is a crime');
    expect(interim).toContain('is a crime');
    expect(other).toContain('the court order made to protect me');
    expect(other).not.toContain('is a crime');
    for (const t of [spo, interim, other]) expect(t).toContain('Please record this as a breach of the order.');
  });

  it.each(optionIds.route)('review or complain, route %s: only that route’s paragraphs', (route) => {
    const text = composeLetter(content, 'review-or-complain', { ...requiredAnswers('review-or-complain'), route });
    expect(text.includes('Victims’ Right to Review scheme')).toBe(route === 'no-charge');
    expect(text.includes('make a complaint')).toBe(route === 'complaint');
    expect(text.includes('senior officer')).toBe(route === 'no-order');
  });

  it('writes answers in exactly as typed, trimmed, without reading braces in them as placeholders', () => {
    const text = composeLetter(content, 'ask-for-order', {
      ...requiredAnswers('ask-for-order'),
      whatHappened: '  He wrote {yourName} and {crimeRef} on my door\r\nthen left  ',
    });
    expect(text).toContain('He wrote {yourName} and {crimeRef} on my door\nthen left\n');
    expect(text).not.toContain('ANSWER-yourName and');
  });

  it('ignores answers to questions the letter does not ask', () => {
    const text = composeLetter(content, 'review-or-complain', {
      ...requiredAnswers('review-or-complain'),
      whatHappened: 'FROM-THE-OTHER-LETTER',
      breachWhat: 'ALSO-NOT-ASKED',
    });
    expect(text).not.toContain('FROM-THE-OTHER-LETTER');
    expect(text).not.toContain('ALSO-NOT-ASKED');
  });

  it('treats blank text, unknown options and empty lists as unanswered', () => {
    expect(isAnswered({ yourName: '   \n ' }, 'yourName')).toBe(false);
    // Invisible characters alone are not an answer: zero-width space, joiners, word joiner, BOM, soft hyphen.
    for (const invisible of ['\u200b', ' \u200b\u200c\u200d ', '\u2060', '\ufeff', '\u00ad']) {
      expect(isAnswered({ yourName: invisible }, 'yourName'), JSON.stringify(invisible)).toBe(false);
    }
    // One visible character is: a letter, a digit, a mark, a symbol.
    for (const visible of ['A', '\u200b7', '?', '£']) expect(isAnswered({ yourName: visible }, 'yourName'), visible).toBe(true);
    expect(hasVisibleText('\u200b \u00ad')).toBe(false);
    expect(isAnswered({ orderType: 'made-up' as never }, 'orderType')).toBe(false);
    expect(isAnswered({ forbid: [] }, 'forbid')).toBe(false);
    expect(isAnswered({ forbid: ['nonsense' as never] }, 'forbid')).toBe(false);
    expect(isAnswered({ forbid: ['images'] }, 'forbid')).toBe(true);
  });
});

describe('missing required answers', () => {
  it.each(letterIds)('%s: lists every required question, in order, with its message', (letter) => {
    const missing = missingAnswers(content, letter, {});
    expect(missing.map((m) => m.field)).toEqual(required(letter));
    for (const m of missing) expect(m.message).toBe(content.fields[m.field].missing);
  });

  it('does not list a required question once it is answered, and never lists an optional one', () => {
    const missing = missingAnswers(content, 'ask-for-order', { yourName: 'Sam', dates: 'May', force: 'Kent Police' });
    expect(missing.map((m) => m.field)).toEqual(['whatHappened', 'whyAfraid']);
  });
});

/** The interface table's words a blank template adds (the make-a-letter page passes the same). */
const marks = { tickOne: t('letters.page.blankTickOne'), tickAny: t('letters.page.blankTickAny') };

describe('blank templates (for printing by hand, and without JavaScript)', () => {
  it.each(letterIds)('%s: has a blank for every typed question and no placeholder left', (letter) => {
    const text = composeBlankLetter(content, letter, marks, letter === 'review-or-complain' ? { route: 'no-charge' } : {});
    expect(text).not.toMatch(NEVER);
    expect(text).toContain(BLANK);
    expect(text).not.toContain('Dear Sir or Madam,');
  });

  it('shows the choices to circle and the prohibitions to tick', () => {
    const order = composeBlankLetter(content, 'ask-for-order', marks);
    for (const id of optionIds.forbid) expect(order).toContain(`[ ] ${content.fields.forbid.options[id].text}`);
    expect(order).toContain('interim Stalking Protection Order');
    const breach = composeBlankLetter(content, 'report-breach', marks);
    expect(breach).toContain('Stalking Protection Order / interim Stalking Protection Order / court order (circle one)');
    // True only for some kinds of order, so it is not on the blank template.
    expect(breach).not.toContain('is a crime');
  });

  it('gives each review route its own template', () => {
    const texts = optionIds.route.map((route) => composeBlankLetter(content, 'review-or-complain', marks, { route }));
    expect(new Set(texts).size).toBe(3);
    expect(texts[1]).toContain('Victims’ Right to Review');
    expect(texts[0]).not.toContain('Victims’ Right to Review');
  });
});

/**
 * Random strings without braces or colons (so a colon in the text is the template's), nor the words
 * the clean-letter check looks for ("NaN" typed by a visitor is theirs, not a template fault),
 * sometimes blank, sometimes with line breaks.
 */
const typed = fc.oneof(
  fc.constant(''),
  fc.constant('   '),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/[{}:]|undefined|NaN|\[object/.test(s)),
  fc.array(fc.constantFrom('word', 'and', '12', 'May', '\n', ' ', '£', '“quoted”'), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
);
const answersArb: fc.Arbitrary<LetterAnswers> = fc.record(
  {
    ...Object.fromEntries(textFieldIds.map((id) => [id, typed])),
    interim: fc.constantFrom(...optionIds.interim),
    orderType: fc.constantFrom(...optionIds.orderType),
    route: fc.constantFrom(...optionIds.route),
    forbid: fc.subarray([...optionIds.forbid]),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<LetterAnswers>;

describe('property: any answers make a clean letter', () => {
  it('never shows undefined, NaN, braces or an empty line label, whatever is answered', () => {
    fc.assert(
      fc.property(fc.constantFrom(...letterIds), answersArb, (letter, answers) => {
        const text = composeLetter(content, letter, answers);
        expect(text).not.toMatch(/undefined|NaN|\[object|[{}]/);
        // A label ("Where it happened:", "To:") is always followed by its answer, never by nothing.
        expect(text).not.toMatch(/: *\n[ \t]*(?:\n|$)/);
        expect(text).not.toMatch(/: *$/);
        expect(text).not.toMatch(/: *\n\n/);
      }),
      { numRuns: 500 },
    );
  });

  it('contains each answer given to a question the letter asks, and none given to one it does not', () => {
    fc.assert(
      fc.property(fc.constantFrom(...letterIds), answersArb, (letter, raw) => {
        // Tag each answer so containment is unambiguous.
        const answers: Record<string, unknown> = { ...raw };
        for (const id of textFieldIds) {
          const v = (raw as Record<string, string | undefined>)[id];
          if (v !== undefined) answers[id] = v.trim() === '' ? v : `<${id}:${v.trim()}>`;
        }
        const text = composeLetter(content, letter, answers as LetterAnswers);
        const mine = new Set(asked(letter));
        for (const id of textFieldIds) {
          const v = answers[id] as string | undefined;
          if (v === undefined || v.trim() === '') {
            expect(text).not.toContain(`<${id}:`);
          } else if (mine.has(id)) {
            expect(text, id).toContain(v);
          } else {
            expect(text, id).not.toContain(`<${id}:`);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('how answers are written in', () => {
  it('turns old Mac line endings (a lone carriage return) into line breaks, as it does Windows ones', () => {
    const text = composeLetter(content, 'ask-for-order', { ...requiredAnswers('ask-for-order'), whatHappened: 'First\rSecond\r\nThird' });
    expect(text).toContain('First\nSecond\nThird');
  });

  it('puts each prohibition ticked on its own line, in the content’s order', () => {
    const [first, second] = optionIds.forbid;
    const text = composeLetter(content, 'ask-for-order', { ...requiredAnswers('ask-for-order'), forbid: [second!, first!] });
    const options = content.fields.forbid.options;
    expect(text).toContain(`- ${options[first!].text}\n- ${options[second!].text}`);
  });
});

describe('blank templates: how choices and lists are laid out', () => {
  it('a template for one review route writes that route in where it names it, never the options to circle', () => {
    const options = content.fields.route.options;
    const toCircle = optionIds.route.map((id) => options[id].text).join(' / ');
    const texts = optionIds.route.map((route) => composeBlankLetter(content, 'review-or-complain', marks, { route }));
    for (const text of texts) expect(text).not.toContain(toCircle);
    // At least one route's template has a paragraph naming the route.
    expect(optionIds.route.filter((route, i) => texts[i]!.includes(options[route].text)).length).toBeGreaterThan(0);
  });

  it('a list question shows how to answer it, then each option on its own line to tick', () => {
    const order = composeBlankLetter(content, 'ask-for-order', marks);
    const lines = [`(${marks.tickAny})`, ...optionIds.forbid.map((id) => `[ ] ${content.fields.forbid.options[id].text}`)];
    expect(order).toContain(lines.join('\n'));
  });
});

describe('the letter’s date and addressee lines', () => {
  it('writes the date first, long form, in the locale given, on the clock’s calendar day', () => {
    const answers = requiredAnswers('ask-for-order');
    const text = composeLetter(content, 'ask-for-order', answers, letterDate(new Date(2026, 11, 7, 10), 'en-GB'));
    expect(text.split('\n\n')[0]).toBe('7 December 2026');
    expect(letterDate(new Date(2027, 0, 31, 23, 59), 'en-GB')).toBe('31 January 2027');
    expect(letterDate(new Date(2026, 11, 7, 10), 'en-US')).toBe('December 7, 2026');
    expect(composeLetter(content, 'ask-for-order', answers).split('\n\n')[0]).not.toMatch(/2026/);
  });

  it('with the table’s twelve month names, writes day, month, year from them, whatever the browser’s Intl knows (Chromium has no Welsh)', () => {
    const months = t('letters.months');
    expect(letterDate(new Date(2026, 11, 7, 10), 'en-US', months)).toBe('7 December 2026');
    expect(letterDate(new Date(2027, 0, 31, 23, 59), 'en-GB', months)).toBe('31 January 2027');
    expect(letterDate(new Date(2026, 4, 1, 0, 1), 'xx', 'a,b,c,d, Mai ,f,g,h,i,j,k,l')).toBe('1 Mai 2026');
    // Not twelve names: the locale's own long date.
    expect(letterDate(new Date(2026, 11, 7, 10), 'en-US', 'January, February')).toBe('December 7, 2026');
    expect(letterDate(new Date(2026, 11, 7, 10), 'en-US', 'a,b,c,d,e,f,g,h,i,j,k,l,m')).toBe('December 7, 2026');
    expect(letterDate(new Date(2026, 11, 7, 10), 'en-US', 'a,b,c,d,e,f,g,h,i,j,k, ')).toBe('December 7, 2026');
  });

  it.each(letterIds)('%s: addressed to the force chosen, else to the officer in the case', (letter) => {
    const answers = { ...requiredAnswers(letter), orderType: 'full', route: 'no-order' } as LetterAnswers;
    const to = (a: LetterAnswers) => composeLetter(content, letter, a).split('\n\n').filter((p) => p.startsWith('To: '));
    expect(to(answers)).toEqual(['To: The officer in the case']);
    expect(to({ ...answers, force: 'Kent Police' })).toEqual(['To: Kent Police']);
    expect(to({ ...answers, force: ' \u200b ' })).toEqual(['To: The officer in the case']);
  });
});
