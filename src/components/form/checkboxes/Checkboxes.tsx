/** Checkboxes: choose any that apply. Put them inside a Fieldset. */
import { Choices, type ChoicesProps } from '../radios/Choices';

export type CheckboxesProps = ChoicesProps;

export default function Checkboxes(props: CheckboxesProps) {
  return <Choices {...props} type="checkbox" />;
}

/** The list after ticking or unticking one value, in the order of the options whatever order they were ticked in. */
export function toggled(order: readonly string[], current: readonly string[], value: string, checked: boolean): string[] {
  return order.filter((o) => (o === value ? checked : current.includes(o)));
}
