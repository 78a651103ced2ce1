/** One question: the shared Fieldset (legend as the step heading) with Radios or Checkboxes, and Continue. */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isMultiChoice, isValidAnswer, optionsOf, type Answers, type QuestionId } from '../../../machines/guide';
import type { GuideSteps } from '../../../schemas/guide';
import { fillText, type Person } from '../../../lib/guide/text';
import { Checkboxes, choiceIdOf, ErrorSummary, Fieldset, Radios, toggled } from '../../form';
import { HEADING_ID, optionOf, type GuideWords } from '../shared';

interface QuestionProps {
  question: QuestionId;
  content: GuideSteps;
  words: GuideWords;
  voice: Person;
  progress: string;
  initial: Answers[QuestionId];
  headingRef: RefObject<HTMLHeadingElement>;
  onAnswer: (value: string | readonly string[]) => void;
}

export default function QuestionScreen({ question, content, words: w, voice, initial, progress, headingRef, onAnswer }: QuestionProps) {
  const q = content.questions[question];
  const multiple = isMultiChoice(question);
  const [value, setValue] = useState<string | readonly string[] | undefined>(initial);
  const [errors, setErrors] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const values = optionsOf(question);
  const errorText = fillText(q.error, voice);
  const idPrefix = `guide-${question}`;

  useEffect(() => {
    if (errors > 0) summaryRef.current?.focus();
  }, [errors]);

  const selected: readonly string[] = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const change = (v: string, checked: boolean) => setValue(multiple ? toggled(values, selected, v, checked) : v);

  const submit = (event: Event) => {
    // The form never goes anywhere: method="dialog" too, so nothing could reach the address if this were missing.
    event.preventDefault();
    if (!isValidAnswer(question, value)) {
      setErrors((n) => n + 1);
      return;
    }
    onAnswer(value as string | readonly string[]);
  };

  const items = values.map((v) => {
    const option = optionOf(q.options, question, v);
    return { value: v, label: fillText(option.label, voice), hint: option.hint ? fillText(option.hint, voice) : undefined };
  });
  const Controls = multiple ? Checkboxes : Radios;

  return (
    <form class="guide-question" method="dialog" noValidate onSubmit={submit}>
      {errors > 0 ? (
        <ErrorSummary
          id="guide-error-summary-title"
          title={w['guide.errorSummaryTitle']}
          items={[{ target: choiceIdOf(idPrefix, values[0] ?? ''), text: errorText, content: true }]}
          focusRef={summaryRef}
        />
      ) : null}
      <Fieldset
        id={idPrefix}
        caption={<span class="guide-progress">{progress}</span>}
        legend={<span data-content>{fillText(q.title, voice)}</span>}
        heading={{ level: 2, id: HEADING_ID, ref: headingRef }}
        hint={q.hint ? <span data-content>{fillText(q.hint, voice)}</span> : undefined}
        error={errors > 0 ? <span data-content>{errorText}</span> : undefined}
        errorPrefix={w['guide.errorPrefix']}
      >
        <Controls idPrefix={idPrefix} name={idPrefix} items={items} selected={selected} onChange={change} content />
      </Fieldset>
      <button type="submit" class="button">
        {w['guide.continue']}
      </button>
    </form>
  );
}
