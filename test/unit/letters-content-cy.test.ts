/**
 * The letters in Welsh (src/content/translations/cy/letters.json, issue 29 point 5): the file passes the
 * same strict schema as English, keeps every letter's questions and every paragraph's conditions as the
 * English file has them (a translation that drops or reorders a paragraph fails here), has its figures and
 * phone numbers written in from the records, and composes a Welsh letter with its Welsh date and addressee.
 */
import { describe, expect, it } from 'vitest';
import english from '../../src/content/letters/letters.json';
import welsh from '../../src/content/translations/cy/letters.json';
import { loadLettersContent } from '../../src/lib/letters/content';
import { composeLetter, letterDate } from '../../src/lib/letters/compose';
import { relativeTimesIn } from '../../src/lib/letters/relative-time';
import { letterIds, lettersContentSchema, placeholdersIn, type LetterAnswers, type LetterId } from '../../src/schemas/letters';
import { getService } from '../../src/data/support-services';
import { victimsRightsFigures } from '../../src/data/victims-rights';
import { useStrings } from '../../src/i18n';

const issues = (value: unknown) => {
  const result = lettersContentSchema.safeParse(value);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
};
const content = loadLettersContent(welsh);

/** Every string in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** What a paragraph depends on, whatever its words: the questions it names and its conditions. */
const shape = (letters: typeof english.letters, id: LetterId) =>
  letters[id].blocks.map((b) => ({ names: placeholdersIn(b.text), unless: 'unless' in b ? b.unless : undefined, when: 'when' in b ? b.when : undefined }));

/** Answers to a letter's required questions (a force given or not). */
function answers(letter: LetterId, force?: string): LetterAnswers {
  const a: Record<string, unknown> = { yourName: 'Siân Jones', whatHappened: 'Mae e’n aros y tu allan.', whyAfraid: 'Mae e wedi fy mygwth.' };
  a.orderType = 'full';
  a.route = 'no-order';
  a.breachWhen = '5 Rhagfyr';
  a.breachWhat = 'Daeth e at y tŷ.';
  a.decision = 'Dywedodd yr heddlu na.';
  if (force) a.force = force;
  void letter;
  return a as LetterAnswers;
}

describe('the letters in Welsh', () => {
  it('pass the strict schema', () => {
    expect(issues(welsh)).toBe('');
  });

  it.each(letterIds)('%s: asks the same questions, and has the same paragraphs with the same conditions, as English', (id) => {
    expect(welsh.letters[id].questions).toEqual(english.letters[id].questions);
    expect(shape(welsh.letters as typeof english.letters, id)).toEqual(shape(english.letters, id));
  });

  it('have figures and phone numbers written in from the records, in Welsh words around them', () => {
    const all = strings(content).join('\n');
    expect(all).not.toMatch(/\{(?:phone|figure):/);
    expect(all).toContain(`ffoniwch ${getService('emergency').phone!.display}`);
    expect(all).toContain(`cyn pen ${victimsRightsFigures.reviewRequestMonths} mis`);
    expect(all).toContain(`cyn pen ${victimsRightsFigures.complaintReviewDays} diwrnod`);
  });

  it('use the terms file’s terms, and leave no English letter words in', () => {
    const all = strings(welsh).join('\n');
    expect(all).toContain('Gorchymyn Diogelu Rhag Stelcio');
    expect(all).toContain('Hawl Dioddefwyr i Adolygiad');
    expect(all).toMatch(/orchymyn interim \(dros dro\)/);
    expect(all).not.toMatch(/Stalking Protection Order|Dear |Yours sincerely|\bTo: |Right to Review/);
  });

  it.each(letterIds)('%s: composed in Welsh, under a Welsh date, addressed to the force or else the officer in the case', (id) => {
    // The browser's Intl may not know Welsh (Chromium wrote "December 7, 2026"): the Welsh table's month names, with an unknown locale.
    const date = letterDate(new Date(2026, 11, 7, 10), 'en-US', useStrings('cy').t('letters.months'));
    expect(date).toBe('7 Rhagfyr 2026');
    expect(useStrings('cy').t('letters.months').split(', ')).toEqual(
      Array.from({ length: 12 }, (_, month) => new Intl.DateTimeFormat('cy', { month: 'long', day: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, month, 15)).find((p) => p.type === 'month')!.value),
    );
    const toForce = composeLetter(content, id, answers(id, 'Heddlu Gwent'), date).split('\n\n');
    expect(toForce[0]).toBe('7 Rhagfyr 2026');
    expect(toForce[1]).toBe('At: Heddlu Gwent');
    expect(toForce).toContain('Annwyl Syr neu Fadam,');
    expect(toForce.at(-1)).toBe('Yn gywir,\nSiân Jones');
    const toOfficer = composeLetter(content, id, answers(id), date).split('\n\n');
    expect(toOfficer[1]).toBe('At: Swyddog yr achos');
  });

  it('find Welsh words for a time relative to the day of writing, and accept Welsh letters in the list', () => {
    const found = relativeTimesIn('Daeth e yma neithiwr, ac eto ychydig ddyddiau yn ôl. Y diwrnod o’r blaen hefyd.', content.relativeTime.phrases);
    expect(found).toEqual(['neithiwr', 'y diwrnod o’r blaen', 'ychydig ddyddiau yn ôl']);
    const copy = structuredClone(welsh);
    copy.relativeTime.phrases = ['Ddoe'];
    expect(issues(copy)).toContain('lower-case words');
  });
});
