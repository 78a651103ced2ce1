import type { CheckboxesProps } from './Checkboxes';
import { exampleWords as w } from '../examples-words';

const noop = () => {};

/** Examples of checkboxes: the unit test checks their markup, the browser test runs axe on them. */
export const examples: { name: string; props: CheckboxesProps }[] = [
  {
    name: 'many-options-two-ticked',
    props: {
      idPrefix: 'example-checkboxes',
      name: 'example-checkboxes',
      items: Object.entries(w.behaviours.options).map(([value, option]) => ({ value, label: typeof option.label === 'string' ? option.label : option.label.you, hint: (option as { hint?: string }).hint })),
      selected: ['following', 'online'],
      onChange: noop,
      content: true,
    },
  },
];
