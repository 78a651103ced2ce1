/**
 * The guide's words as the island takes them: straight from the content files, without the schema
 * (the build has already validated them: src/pages/check-your-situation.astro), with phone numbers
 * filled in from the numbers the island is given. The questions' and screens' words come with the
 * island's code; the result's words are a separate file, loaded once the visitor has answered a
 * question, so the page opens with less to load. A unit test holds these to the validated words.
 */
import steps from '../../content/wizard/wizard.json';
import type { WizardResult, WizardSteps } from '../../schemas/wizard';
import { fillPhonesDeep, type PhoneOf } from './phones';

/** The questions' and screens' words. */
export function stepWords(phoneOf: PhoneOf): WizardSteps {
  return fillPhonesDeep(steps as unknown as WizardSteps, phoneOf);
}

/** The result's words, loaded on first use. */
export async function resultWords(phoneOf: PhoneOf): Promise<WizardResult> {
  const file = await import('../../content/wizard/wizard-result.json');
  return fillPhonesDeep(file.default as unknown as WizardResult, phoneOf);
}
