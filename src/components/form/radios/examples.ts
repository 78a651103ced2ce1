import type { RadiosProps } from './Radios';
import { exampleWords as w } from '../examples-words';

const noop = () => {};

/** Examples of radios: the unit test checks their markup, the browser test runs axe on them. */
export const examples: { name: string; props: RadiosProps }[] = [
  {
    name: 'two-options-one-chosen',
    props: {
      idPrefix: 'example-radios',
      name: 'example-radios',
      items: [
        { value: 'yes', label: w.danger.options.yes.label },
        { value: 'no', label: w.danger.options.no.label },
      ],
      selected: ['no'],
      onChange: noop,
    },
  },
  {
    name: 'options-with-hints',
    props: {
      idPrefix: 'example-radios-hints',
      name: 'example-radios-hints',
      items: Object.entries(w.who.options).map(([value, option]) => ({ value, label: typeof option.label === 'string' ? option.label : (option.label as { you: string }).you, hint: (option as { hint?: string }).hint })),
      selected: [],
      onChange: noop,
      content: true,
    },
  },
];
