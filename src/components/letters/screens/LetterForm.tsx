/** The builder's form: choose a letter, answer its questions, make it. */
import type { Ref, RefObject } from 'preact';
import { letterIds, type FieldId, type LetterAnswers, type LetterId } from '../../../lib/letters/ids';
import type { LettersContent } from '../../../schemas/letters';
import { ErrorSummary, Fieldset, Radios } from '../../form';
import LetterQuestion from './LetterQuestion';
import { fieldDomId, type LetterWords, type Problem } from './shared';

const CHOICE_ID = fieldDomId('letter');

interface Props {
  content: LettersContent;
  words: LetterWords;
  headingLevel: 2 | 3 | 4;
  letter: LetterId | undefined;
  answers: LetterAnswers;
  problems: Problem[];
  summaryRef: Ref<HTMLDivElement>;
  formHeadingRef: RefObject<HTMLHeadingElement>;
  onChoose: (letter: LetterId) => void;
  setAnswer: <K extends keyof LetterAnswers>(field: K, value: LetterAnswers[K]) => void;
  onMake: () => void;
  /** The police forces' names, when the force is chosen from the record. */
  forces?: readonly string[] | undefined;
}

export default function LetterForm({ content, words: w, headingLevel, letter, answers, problems, summaryRef, formHeadingRef, onChoose, setAnswer, onMake, forces }: Props) {
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const chosen = letter ? content.letters[letter] : undefined;
  const problemFor = (field: FieldId | 'letter') => problems.find((p) => p.field === field);
  const choiceProblem = problemFor('letter');
  return (
    <form
      class="letters__form"
      method="dialog"
      noValidate
      autocomplete="off"
      onSubmit={(event) => {
        // Nothing is sent anywhere: method="dialog" too, so nothing could reach the address if this were missing.
        event.preventDefault();
        onMake();
      }}
    >
      {problems.length > 0 && (
        <ErrorSummary
          id="letter-error-summary-title"
          title={w['letters.errorSummaryTitle']}
          headingLevel={headingLevel}
          focusRef={summaryRef}
          items={problems.map((p) => ({ target: fieldDomId(p.field), text: p.message, content: p.field !== 'letter' }))}
        />
      )}
      <Fieldset
        id={CHOICE_ID}
        legend={w['letters.chooseLegend']}
        heading={{ level: headingLevel, ref: formHeadingRef }}
        hint={w['letters.chooseHint']}
        error={choiceProblem?.message}
        errorPrefix={w['letters.errorPrefix']}
      >
        <Radios
          idPrefix="letter-choice"
          name="letter-choice"
          items={letterIds.map((id) => ({ value: id, label: content.letters[id].title, hint: content.letters[id].hint }))}
          selected={letter ? [letter] : []}
          onChange={(value) => onChoose(value as LetterId)}
          content
        />
      </Fieldset>

      {chosen && letter && (
        <section class="letters__questions" aria-labelledby="letter-questions-title">
          <H class="letters__heading" id="letter-questions-title" data-content>
            {chosen.title}
          </H>
          {chosen.intro.map((p) => (
            <p data-content>{p}</p>
          ))}
          {chosen.questions.map((q) => (
            <LetterQuestion
              key={`${letter}-${q.field}`}
              field={q.field}
              required={q.required}
              content={content}
              words={w}
              answers={answers}
              problem={problemFor(q.field)}
              setAnswer={setAnswer}
              forces={forces}
            />
          ))}
        </section>
      )}
      <p class="letters__privacy">{w['letters.privacy']}</p>
      <button type="submit" class="button">
        {w['letters.make']}
      </button>
    </form>
  );
}
