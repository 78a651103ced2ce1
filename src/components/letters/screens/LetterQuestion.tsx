/** One question of a letter: a text line, a text box, radios, or tick boxes (one tick box for a yes-only choice). */
import { choiceFieldIds, listFieldIds, optionIds, type ChoiceFieldId, type FieldId, type LetterAnswers, type ListFieldId, type TextFieldId } from '../../../lib/letters/ids';
import type { LettersContent } from '../../../schemas/letters';
import { Checkboxes, Fieldset, hintIdOf, Radios, TextField, toggled } from '../../form';
import { fieldDomId, type LetterWords, type Problem } from './shared';

interface Props {
  field: FieldId;
  required: boolean;
  content: LettersContent;
  words: LetterWords;
  answers: LetterAnswers;
  problem: Problem | undefined;
  setAnswer: <K extends keyof LetterAnswers>(field: K, value: LetterAnswers[K]) => void;
  /** The police forces' names from the forces record: the force is then chosen from them, not typed. */
  forces?: readonly string[] | undefined;
}

const isChoice = (f: FieldId): f is ChoiceFieldId => (choiceFieldIds as readonly string[]).includes(f);
const isList = (f: FieldId): f is ListFieldId => (listFieldIds as readonly string[]).includes(f);

export default function LetterQuestion({ field, required, content, words: w, answers, problem, setAnswer, forces }: Props) {
  const words = content.fields[field];
  const id = fieldDomId(field);
  const label = <span data-content>{words.label}</span>;
  const optional = required ? null : <span class="letters__optional"> {w['letters.optional']}</span>;
  const hint = words.hint ? <span data-content>{words.hint}</span> : undefined;
  const error = problem ? <span data-content>{problem.message}</span> : undefined;

  if (isChoice(field) || isList(field)) {
    const options = Object.entries((words as { options: Record<string, { label: string; hint?: string }> }).options);
    const multiple = isList(field) || optionIds[field].length === 1;
    const picked = answers[field];
    const selected: readonly string[] = Array.isArray(picked) ? (picked as string[]) : typeof picked === 'string' ? [picked] : [];
    const change = (value: string, on: boolean) => {
      if (isList(field)) setAnswer(field, toggled(optionIds[field], selected, value, on) as LetterAnswers[typeof field]);
      else setAnswer(field, (on ? value : undefined) as LetterAnswers[typeof field]);
    };
    const Controls = multiple ? Checkboxes : Radios;
    return (
      <Fieldset
        id={id}
        legend={
          <>
            {label}
            {optional}
          </>
        }
        hint={hint}
        error={error}
        errorPrefix={w['letters.errorPrefix']}
      >
        <Controls idPrefix={id} name={id} items={options.map(([value, option]) => ({ value, label: option.label, hint: option.hint }))} selected={selected} onChange={change} content />
      </Fieldset>
    );
  }

  if (field === 'force' && forces && forces.length > 0) {
    // A native list (a phone shows its own picker), with no name; its first choice leaves the
    // letter addressed to the officer in the case.
    const chosen = answers.force ?? '';
    return (
      <div class="form-group">
        <label class="label" for={id}>
          {label}
          {optional}
        </label>
        {hint ? (
          <p class="hint" id={hintIdOf(id)}>
            {hint}
          </p>
        ) : null}
        <select
          id={id}
          class="text-input letters__select"
          autocomplete="off"
          {...(hint ? { 'aria-describedby': hintIdOf(id) } : {})}
          onChange={(event) => setAnswer('force', event.currentTarget.value || undefined)}
        >
          <option value="" selected={!forces.includes(chosen)} data-content>
            {content.fields.force.notKnown}
          </option>
          {forces.map((name) => (
            <option value={name} selected={name === chosen} data-content>
              {name}
            </option>
          ))}
        </select>
      </div>
    );
  }

  const textField = field as TextFieldId;
  const size = (words as { size: 'line' | 'box' }).size;
  return (
    <TextField
      id={id}
      label={label}
      labelSuffix={optional}
      hint={hint}
      error={error}
      errorPrefix={w['letters.errorPrefix']}
      {...(size === 'box' ? { rows: 4 } : {})}
      value={answers[textField] ?? ''}
      onInput={(value) => setAnswer(textField, value)}
    />
  );
}
