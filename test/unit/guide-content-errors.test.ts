/**
 * A malformed content file of the step-by-step guide stops the build with a message naming the
 * file and the field, tested word for word (here, not in content-build-errors.test.ts, so that
 * mutation testing runs these tests too: that file shells out to Astro and is left out of it).
 */
import { describe, expect, it } from 'vitest';
import rawGuide from '../../src/content/guide/guide.json';
import rawResult from '../../src/content/guide/guide-result.json';
import { loadGuideContent, loadGuideResult, loadGuideSteps } from '../../src/lib/guide/content';

describe('a malformed content file of the guide', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately breaking the shape
  const copy = <T,>(raw: T): any => structuredClone(raw);

  it('stops the build naming the questions file and the missing field, word for word', () => {
    const broken = copy(rawGuide);
    delete broken.screens.emergency.callLabel;
    expect(() => loadGuideSteps(broken)).toThrow(
      new Error(
        "src/content/guide/guide.json does not match the schema of the guide's questions and screens:\n" +
          '✖ Invalid input: expected string, received undefined\n  → at screens.emergency.callLabel',
      ),
    );
  });

  it('refuses a ui block: the guide\'s interface words live in the interface table (src/i18n), not in its content', () => {
    const broken = copy(rawGuide);
    broken.ui = { continue: 'Continue' };
    expect(() => loadGuideSteps(broken)).toThrow(
      new Error("src/content/guide/guide.json does not match the schema of the guide's questions and screens:\n" + '✖ Unrecognized key: "ui"'),
    );
  });

  it('stops the build naming the result file and a misspelt key, word for word', () => {
    const broken = copy(rawResult);
    broken.blanks.officer = broken.blanks['officer-name'];
    delete broken.blanks['officer-name'];
    expect(() => loadGuideResult(broken)).toThrow(
      new Error(
        "src/content/guide/guide-result.json does not match the schema of the guide's result:\n" +
          '✖ Unrecognized key: "officer"\n  → at blanks\n' +
          '✖ Invalid input: expected string, received undefined\n  → at blanks["officer-name"]',
      ),
    );
  });

  it('names the file it was given, and checks both files when loading all the words', () => {
    const steps = copy(rawGuide);
    steps.questions.danger.title = ' ';
    expect(() => loadGuideSteps(steps, 'elsewhere/steps.json')).toThrow(/^elsewhere\/steps\.json does not match the schema of the guide's questions and screens:\n✖ Too small: expected string to have >=1 characters\n {2}→ at questions\.danger\.title$/);
    expect(() => loadGuideContent(steps, rawResult)).toThrow(/^src\/content\/guide\/guide\.json does not match/);
    const result = copy(rawResult);
    delete result.tools['order-card'];
    expect(() => loadGuideContent(rawGuide, result)).toThrow(/^src\/content\/guide\/guide-result\.json does not match the schema of the guide's result:\n.*\n {2}→ at tools\["order-card"\]$/);
    expect(() => loadGuideResult(result, 'elsewhere/result.json')).toThrow(/^elsewhere\/result\.json does not match/);
    // A page in another language names that language's own files; the pseudo-locale's words are the English files.
    expect(() => loadGuideContent(rawGuide, result, 'cy')).toThrow(/^src\/content\/translations\/cy\/guide-result\.json does not match the schema of the guide's result:/);
    expect(() => loadGuideContent(steps, rawResult, 'cy')).toThrow(/^src\/content\/translations\/cy\/guide\.json does not match/);
    expect(() => loadGuideContent(rawGuide, result, 'en-XA')).toThrow(/^src\/content\/guide\/guide-result\.json does not match/);
  });

  it('refuses a swapped pronoun in a question, and a per-person text without both versions', () => {
    const steps = copy(rawGuide);
    steps.questions.where.title = 'Where do {you} live?';
    expect(() => loadGuideSteps(steps)).toThrow(/Nothing swaps pronouns: write the text for each person[^\n]*\n {2}→ at questions\.where\.title/);
    steps.questions.where.title = { you: 'Where do you live?' };
    expect(() => loadGuideSteps(steps)).toThrow(/questions\.where\.title/);
    steps.questions.where.title = { you: 'Where do you live?', they: 'Where do they live?' };
    expect(loadGuideSteps(steps).questions.where.title).toEqual({ you: 'Where do you live?', they: 'Where do they live?' });
  });

  it('refuses a legal figure the figures record does not have, naming it', () => {
    const result = copy(rawResult);
    result.tools.letter.text = 'Within {days:notificationDay}';
    expect(() => loadGuideContent(rawGuide, result)).toThrow(new Error('Unknown legal figure "notificationDay" in the guide\'s words'));
  });

  it('refuses a tool address with a fragment or query: nothing about the answers may enter an address', () => {
    for (const href of ['/living-with-an-order/#your-order-card', '/make-a-letter/?letter=review', 'https://example.org/']) {
      const result = copy(rawResult);
      result.tools['breach-record'].href = href;
      expect(() => loadGuideResult(result)).toThrow(/→ at tools\["breach-record"\]\.href/);
    }
  });

  it('refuses a {phone:} placeholder for a service with no number, naming the service', () => {
    const steps = copy(rawGuide);
    steps.screens.emergency.callLabel = 'Call {phone:protection-against-stalking}';
    expect(() => loadGuideSteps(steps)).toThrow(new Error('Service "protection-against-stalking" has no phone number'));
  });

  it('fills phone numbers into both files', () => {
    const content = loadGuideContent(rawGuide, rawResult);
    expect(JSON.stringify(rawResult)).toContain('{phone:emergency}');
    expect(JSON.stringify(content)).not.toContain('{phone:');
    expect(content.result.nextSteps.items['call-emergency']).toMatchObject({ me: 'If you are in danger now, call 999.' });
  });
});
