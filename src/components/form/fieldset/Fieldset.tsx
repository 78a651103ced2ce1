/**
 * A question's frame: the form group (red bar when in error), a fieldset whose legend is the
 * question (optionally its page heading), the hint and the error message, all tied to the fieldset
 * with aria-describedby. The controls go inside (Radios, Checkboxes).
 */
import type { ComponentChildren, Ref } from 'preact';

export interface FieldsetProps {
  /** Id of the fieldset; the hint and error ids are made from it. */
  id: string;
  /** The question. */
  legend: ComponentChildren;
  /** Shown above the question in the legend (the guide's "Question 3 of 9"). */
  caption?: ComponentChildren;
  /** Make the question the page's heading at this level (GOV.UK's "legend as page heading"). */
  heading?: { level: 2 | 3 | 4; id?: string; ref?: Ref<HTMLHeadingElement> };
  hint?: ComponentChildren;
  /** The error message; the group is shown in error while it is set. */
  error?: ComponentChildren;
  /** Said before the error by screen readers ("Error:"). */
  errorPrefix: string;
  children: ComponentChildren;
}

export const hintIdOf = (id: string) => `${id}-hint`;
export const errorIdOf = (id: string) => `${id}-error`;

/**
 * Texts from the content files are marked by the caller (a `data-content` span), so interface words
 * beside them ("(optional)") stay unmarked for the pseudo-locale test.
 */
export default function Fieldset({ id, legend, caption, heading, hint, error, errorPrefix, children }: FieldsetProps) {
  const hasError = error !== undefined && error !== null && error !== false;
  const describedBy = [hint ? hintIdOf(id) : '', hasError ? errorIdOf(id) : ''].filter(Boolean).join(' ') || undefined;
  const H = heading ? (`h${heading.level}` as 'h2' | 'h3' | 'h4') : null;
  return (
    <div class={hasError ? 'form-group form-group--error' : 'form-group'}>
      <fieldset class="fieldset" id={id} aria-describedby={describedBy}>
        <legend class="fieldset__legend">
          {caption ? <span class="fieldset__caption">{caption}</span> : null}
          {H ? (
            <H class="fieldset__heading" tabIndex={-1} {...(heading!.id ? { id: heading!.id } : {})} {...(heading!.ref ? { ref: heading!.ref } : {})}>
              {legend}
            </H>
          ) : (
            <span class="fieldset__question">
              {legend}
            </span>
          )}
        </legend>
        {hint ? (
          <p class="hint" id={hintIdOf(id)}>
            {hint}
          </p>
        ) : null}
        {hasError ? (
          <p class="error-message" id={errorIdOf(id)}>
            <span class="visually-hidden">{errorPrefix} </span>
            <span>{error}</span>
          </p>
        ) : null}
        {children}
      </fieldset>
    </div>
  );
}
