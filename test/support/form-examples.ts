/**
 * Every shared form part's examples (src/components/form/<part>/examples.ts), rendered to HTML:
 * the markup test and the axe test both read them from here.
 */
import { h, type ComponentType } from 'preact';
import { render } from 'preact-render-to-string';
import { Checkboxes, ErrorSummary, Fieldset, Radios, TextField } from '../../src/components/form';
import { examples as errorSummary } from '../../src/components/form/error-summary/examples';
import { examples as fieldset } from '../../src/components/form/fieldset/examples';
import { examples as radios } from '../../src/components/form/radios/examples';
import { examples as checkboxes } from '../../src/components/form/checkboxes/examples';
import { examples as textField } from '../../src/components/form/text-field/examples';

interface PartExamples {
  part: string;
  examples: { name: string; props: object }[];
  render: (props: object) => string;
}

const renderer = (component: ComponentType<never>) => (props: object) => render(h(component as ComponentType<object>, props));

export const formPartExamples: PartExamples[] = [
  { part: 'error-summary', examples: errorSummary, render: renderer(ErrorSummary) },
  { part: 'fieldset', examples: fieldset, render: renderer(Fieldset) },
  { part: 'radios', examples: radios, render: renderer(Radios) },
  { part: 'checkboxes', examples: checkboxes, render: renderer(Checkboxes) },
  { part: 'text-field', examples: textField, render: renderer(TextField) },
];
