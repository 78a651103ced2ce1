/**
 * A malformed content file of the step-by-step guide stops the build with a message naming the
 * file and the field, tested word for word (here, not in content-build-errors.test.ts, so that
 * mutation testing runs these tests too: that file shells out to Astro and is left out of it).
 */
import { describe, expect, it } from 'vitest';
import rawWizard from '../../src/content/wizard/wizard.json';
import rawResult from '../../src/content/wizard/wizard-result.json';
import { loadWizardContent, loadWizardResult, loadWizardSteps } from '../../src/lib/wizard/content';

describe('a malformed content file of the guide', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately breaking the shape
  const copy = <T,>(raw: T): any => structuredClone(raw);

  it('stops the build naming the questions file and the missing field, word for word', () => {
    const broken = copy(rawWizard);
    delete broken.screens.emergency.callLabel;
    expect(() => loadWizardSteps(broken)).toThrow(
      new Error(
        "src/content/wizard/wizard.json does not match the schema of the guide's questions and screens:\n" +
          '✖ Invalid input: expected string, received undefined\n  → at screens.emergency.callLabel',
      ),
    );
  });

  it('refuses a ui block: the guide\'s interface words live in the interface table (src/i18n), not in its content', () => {
    const broken = copy(rawWizard);
    broken.ui = { continue: 'Continue' };
    expect(() => loadWizardSteps(broken)).toThrow(
      new Error("src/content/wizard/wizard.json does not match the schema of the guide's questions and screens:\n" + '✖ Unrecognized key: "ui"'),
    );
  });

  it('stops the build naming the result file and a misspelt key, word for word', () => {
    const broken = copy(rawResult);
    broken.blanks.officer = broken.blanks['officer-name'];
    delete broken.blanks['officer-name'];
    expect(() => loadWizardResult(broken)).toThrow(
      new Error(
        "src/content/wizard/wizard-result.json does not match the schema of the guide's result:\n" +
          '✖ Unrecognized key: "officer"\n  → at blanks\n' +
          '✖ Invalid input: expected string, received undefined\n  → at blanks["officer-name"]',
      ),
    );
  });

  it('names the file it was given, and checks both files when loading all the words', () => {
    const steps = copy(rawWizard);
    steps.questions.danger.title = ' ';
    expect(() => loadWizardSteps(steps, 'elsewhere/steps.json')).toThrow(/^elsewhere\/steps\.json does not match the schema of the guide's questions and screens:\n✖ Too small: expected string to have >=1 characters\n  → at questions\.danger\.title$/);
    expect(() => loadWizardContent(steps, rawResult)).toThrow(/^src\/content\/wizard\/wizard\.json does not match/);
    const result = copy(rawResult);
    delete result.letterAction;
    expect(() => loadWizardContent(rawWizard, result)).toThrow(/^src\/content\/wizard\/wizard-result\.json does not match the schema of the guide's result:\n.*\n  → at letterAction$/);
    expect(() => loadWizardResult(result, 'elsewhere/result.json')).toThrow(/^elsewhere\/result\.json does not match/);
  });

  it('refuses a swapped pronoun in a question, and a per-person text without both versions', () => {
    const steps = copy(rawWizard);
    steps.questions.where.title = 'Where do {you} live?';
    expect(() => loadWizardSteps(steps)).toThrow(/Nothing swaps pronouns: write the text for each person[^\n]*\n  → at questions\.where\.title/);
    steps.questions.where.title = { you: 'Where do you live?' };
    expect(() => loadWizardSteps(steps)).toThrow(/questions\.where\.title/);
    steps.questions.where.title = { you: 'Where do you live?', they: 'Where do they live?' };
    expect(loadWizardSteps(steps).questions.where.title).toEqual({ you: 'Where do you live?', they: 'Where do they live?' });
  });

  it('refuses a legal figure the figures record does not have, naming it', () => {
    const result = copy(rawResult);
    result.letterAction = 'Within {days:notificationDay}';
    expect(() => loadWizardContent(rawWizard, result)).toThrow(new Error('Unknown legal figure "notificationDay" in the guide\'s words'));
  });

  it('refuses a {phone:} placeholder for a service with no number, naming the service', () => {
    const steps = copy(rawWizard);
    steps.screens.emergency.callLabel = 'Call {phone:protection-against-stalking}';
    expect(() => loadWizardSteps(steps)).toThrow(new Error('Service "protection-against-stalking" has no phone number'));
  });

  it('fills phone numbers into both files', () => {
    const content = loadWizardContent(rawWizard, rawResult);
    expect(JSON.stringify(rawResult)).toContain('{phone:emergency}');
    expect(JSON.stringify(content)).not.toContain('{phone:');
    expect(content.result.nextSteps.items['call-emergency']).toMatchObject({ me: 'If you are in danger now, call 999.' });
  });
});
