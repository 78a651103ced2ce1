/**
 * The form parts the guide and the letter builder share, one folder each (like govuk-frontend's
 * components): the component, and examples that feed its markup test (test/unit/form-parts.test.ts)
 * and its axe test (test/browser/form-parts-axe.test.ts). Styles: src/styles/forms.css.
 */
export { default as ErrorSummary, focusField, type ErrorSummaryItem } from './error-summary/ErrorSummary';
export { default as Fieldset, errorIdOf, hintIdOf } from './fieldset/Fieldset';
export { default as Radios } from './radios/Radios';
export { choiceIdOf, type ChoiceItem } from './radios/Choices';
export { default as Checkboxes, toggled } from './checkboxes/Checkboxes';
export { default as TextField } from './text-field/TextField';
