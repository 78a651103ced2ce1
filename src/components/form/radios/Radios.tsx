/** Radios: choose one. Put them inside a Fieldset. */
import { Choices, type ChoicesProps } from './Choices';

export type RadiosProps = ChoicesProps;

export default function Radios(props: RadiosProps) {
  return <Choices {...props} type="radio" />;
}
