import { h } from 'preact';
import type { FieldsetProps } from './Fieldset';
import { exampleWords as w } from '../examples-words';

/** Examples of the fieldset: the unit test checks their markup, the browser test runs axe on them. */
export const examples: { name: string; props: FieldsetProps }[] = [
  {
    name: 'legend-as-heading-with-caption-and-hint',
    props: {
      id: 'example-fieldset-heading',
      legend: w.danger.title,
      caption: '1 / 8',
      heading: { level: 2 },
      hint: w.danger.hint,
      errorPrefix: w.errorPrefix,
      children: h('input', { type: 'checkbox', id: 'example-fieldset-control', 'aria-label': w.danger.options.yes.label }),
    },
  },
  {
    name: 'plain-legend-in-error',
    props: {
      id: 'example-fieldset-error',
      legend: w.chooseLegend,
      hint: w.chooseHint,
      error: w.chooseMissing,
      errorPrefix: w.errorPrefix,
      children: h('input', { type: 'checkbox', id: 'example-fieldset-control-2', 'aria-label': w.danger.options.no.label }),
    },
  },
];
