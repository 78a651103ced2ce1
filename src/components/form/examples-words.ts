/**
 * The words the form parts' examples show, taken from the guide's and the letters' content and the
 * interface table, so the examples are real uses and nothing in them is typed in.
 */
import guide from '../../content/guide/guide.json';
import letters from '../../content/letters/letters.json';
import { en } from '../../i18n/en';

export const exampleWords = {
  errorSummaryTitle: en['guide.errorSummaryTitle'],
  errorPrefix: en['guide.errorPrefix'],
  danger: guide.questions.danger,
  who: guide.questions.who,
  behaviours: guide.questions.behaviours,
  chooseLegend: en['letters.chooseLegend'],
  chooseHint: en['letters.chooseHint'],
  chooseMissing: en['letters.chooseMissing'],
  crimeRef: letters.fields.crimeRef,
  whatHappened: letters.fields.whatHappened,
};
