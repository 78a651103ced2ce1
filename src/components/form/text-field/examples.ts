import type { TextFieldProps } from './TextField';
import { exampleWords as w } from '../examples-words';

const noop = () => {};

/** Examples of the text field: the unit test checks their markup, the browser test runs axe on them. */
export const examples: { name: string; props: TextFieldProps }[] = [
  { name: 'one-line-with-hint', props: { id: 'example-text-line', label: w.crimeRef.label, hint: w.crimeRef.hint, errorPrefix: w.errorPrefix, value: '', onInput: noop } },
  {
    name: 'text-box-in-error',
    props: { id: 'example-text-box', label: w.whatHappened.label, hint: w.whatHappened.hint, error: w.whatHappened.missing, errorPrefix: w.errorPrefix, rows: 4, value: '', onInput: noop },
  },
];
