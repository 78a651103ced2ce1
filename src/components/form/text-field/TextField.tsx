/**
 * A text field: a one-line input or a text box, with its label, hint and error message tied to it.
 * It has no `name` (the forms send nothing anywhere, so nothing could reach an address), and
 * spellcheck is off: enhanced spellcheck sends what is typed to the browser's maker.
 */
import type { ComponentChildren, Ref } from 'preact';
import { errorIdOf, hintIdOf } from '../fieldset/Fieldset';

export interface TextFieldProps {
  id: string;
  label: ComponentChildren;
  /** Shown after the label, e.g. "(optional)". */
  labelSuffix?: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
  errorPrefix: string;
  /** A text box of this many rows instead of one line. */
  rows?: number;
  value: string;
  onInput: (value: string) => void;
  /** Extra class for the control (e.g. the letter's own box). */
  controlClass?: string;
  controlRef?: Ref<HTMLTextAreaElement> | Ref<HTMLInputElement>;
}

export default function TextField({ id, label, labelSuffix, hint, error, errorPrefix, rows, value, onInput, controlClass, controlRef }: TextFieldProps) {
  const hasError = error !== undefined && error !== null && error !== false;
  const describedBy = [hint ? hintIdOf(id) : '', hasError ? errorIdOf(id) : ''].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': hasError ? true : undefined,
    autocomplete: 'off',
    spellcheck: false,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class={hasError ? 'form-group form-group--error' : 'form-group'}>
      <label class="label" for={id}>
        {label}
        {labelSuffix}
      </label>
      {hint ? (
        <p class="hint" id={hintIdOf(id)}>
          {hint}
        </p>
      ) : null}
      {hasError ? (
        <p class="error-message" id={errorIdOf(id)}>
          <span class="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      ) : null}
      {rows ? (
        <textarea class={['textarea', controlClass].filter(Boolean).join(' ')} rows={rows} {...(controlRef ? { ref: controlRef as never } : {})} {...shared} />
      ) : (
        <input class={['text-input', controlClass].filter(Boolean).join(' ')} type="text" {...(controlRef ? { ref: controlRef as never } : {})} {...shared} />
      )}
    </div>
  );
}
