/**
 * Error summary (the GOV.UK pattern): a box at the top of a form listing what to fix, each line a
 * link that moves focus to its field. The link's href is the field's id only (never an answer), and
 * a click moves focus without putting the fragment into the address bar.
 */
import type { Ref } from 'preact';

export interface ErrorSummaryItem {
  /** Id of the element the line moves focus to (a field, or a fieldset whose first control takes it). */
  target: string;
  /** What to fix, in words. */
  text: string;
  /** Whether the text comes from the content files (marked for the pseudo-locale test). */
  content?: boolean;
}

export interface ErrorSummaryProps {
  /** Id of the box's title. */
  id: string;
  title: string;
  items: readonly ErrorSummaryItem[];
  /** Level of the title: 2 in a page's form, 3 or 4 inside another page's section. */
  headingLevel?: 2 | 3 | 4;
  /** Takes focus when the summary appears. */
  focusRef?: Ref<HTMLDivElement>;
}

/** Moves focus to the target field (or the first control inside it), without following the fragment. */
export function focusField(target: string): void {
  const element = document.getElementById(target);
  const control = element?.matches('input, textarea, select') ? element : element?.querySelector<HTMLElement>('input, textarea, select');
  (control ?? element)?.focus();
}

export default function ErrorSummary({ id, title, items, headingLevel = 2, focusRef }: ErrorSummaryProps) {
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <div class="error-summary" tabIndex={-1} {...(focusRef ? { ref: focusRef } : {})} aria-labelledby={id}>
      <div role="alert">
        <H class="error-summary__title" id={id}>
          {title}
        </H>
        <ul class="error-summary__list">
          {items.map((item) => (
            <li key={item.target}>
              <a
                href={`#${item.target}`}
                {...(item.content ? { 'data-content': true } : {})}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(item.target);
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
