/**
 * Radios and checkboxes share one list of native controls, made bigger, each with its label beside
 * it and its hint below: Radios and Checkboxes are this with `type` set.
 */
export interface ChoiceItem {
  value: string;
  label: string;
  hint?: string | undefined;
}

export interface ChoicesProps {
  /** Prefix of each control's id: `${idPrefix}-${value}`. */
  idPrefix: string;
  /** Groups radios for arrow keys; never sent anywhere (the forms send nothing). */
  name: string;
  items: readonly ChoiceItem[];
  /** The values chosen. */
  selected: readonly string[];
  onChange: (value: string, checked: boolean) => void;
  /** Whether the labels and hints come from the content files. */
  content?: boolean;
}

export const choiceIdOf = (idPrefix: string, value: string) => `${idPrefix}-${value}`;

export function Choices({ type, idPrefix, name, items, selected, onChange, content }: ChoicesProps & { type: 'radio' | 'checkbox' }) {
  const marked = content ? { 'data-content': true } : {};
  return (
    <div class={type === 'radio' ? 'choices choices--radios' : 'choices choices--checkboxes'}>
      {items.map((item) => {
        const id = choiceIdOf(idPrefix, item.value);
        const hintId = `${id}-hint`;
        return (
          <div class="choices__item" key={item.value}>
            <input
              class="choices__input"
              id={id}
              name={name}
              type={type}
              value={item.value}
              checked={selected.includes(item.value)}
              aria-describedby={item.hint ? hintId : undefined}
              onChange={(event) => onChange(item.value, (event.currentTarget as HTMLInputElement).checked)}
            />
            <label class="choices__label" for={id} {...marked}>
              {item.label}
            </label>
            {item.hint ? (
              <p class="hint choices__hint" id={hintId} {...marked}>
                {item.hint}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
