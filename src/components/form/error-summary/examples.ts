import type { ErrorSummaryProps } from './ErrorSummary';
import { exampleWords as w } from '../examples-words';

/** Examples of the error summary: the unit test checks their markup, the browser test runs axe on them. */
export const examples: { name: string; props: ErrorSummaryProps }[] = [
  { name: 'one-error', props: { id: 'example-summary-one', title: w.errorSummaryTitle, items: [{ target: 'example-field', text: w.danger.error, content: true }] } },
  {
    name: 'two-errors-heading-level-3',
    props: {
      id: 'example-summary-two',
      title: w.errorSummaryTitle,
      headingLevel: 3,
      items: [
        { target: 'example-field', text: w.chooseMissing },
        { target: 'example-text', text: w.whatHappened.missing, content: true },
      ],
    },
  },
];
