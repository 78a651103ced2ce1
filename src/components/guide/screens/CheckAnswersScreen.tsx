/** "Check your answers": each answer with its Change button, then on to the result. */
import type { RefObject } from 'preact';
import { questionIds, type Answers, type QuestionId } from '../../../machines/guide';
import type { GuideSteps } from '../../../schemas/guide';
import { fillText, type Person } from '../../../lib/guide/text';
import { HEADING_ID, optionOf, type GuideWords } from '../shared';

interface Props {
  content: GuideSteps;
  words: GuideWords;
  voice: Person;
  answers: Answers;
  headingRef: RefObject<HTMLHeadingElement>;
  onChange: (question: QuestionId) => void;
  onContinue: () => void;
}

export default function CheckAnswersScreen({ content, words: w, voice, answers, headingRef, onChange, onContinue }: Props) {
  const screen = content.screens['check-answers'];
  return (
    <div>
      <h2 id={HEADING_ID} tabIndex={-1} ref={headingRef} data-content>
        {fillText(screen.title, voice)}
      </h2>
      {screen.paragraphs.map((p) => (
        <p data-content>{fillText(p, voice)}</p>
      ))}
      <dl class="guide-summary">
        {questionIds
          .filter((q) => answers[q] !== undefined)
          .map((q) => {
            const label = fillText(content.questions[q].checkLabel, voice);
            return (
              <div class="guide-summary__row" key={q}>
                <dt class="guide-summary__key" data-content>
                  {label}
                </dt>
                <dd class="guide-summary__value">
                  <AnswerText question={q} answers={answers} content={content} voice={voice} notAnswered={w['guide.notAnswered']} />
                </dd>
                <dd class="guide-summary__actions">
                  <button type="button" class="guide__link" onClick={() => onChange(q)}>
                    {w['guide.change']}
                    <span class="visually-hidden"> {w.format('guide.changeHidden', { label: label.toLowerCase() })}</span>
                  </button>
                </dd>
              </div>
            );
          })}
      </dl>
      <button type="button" class="button" onClick={onContinue}>
        {screen.continueLabel ? <span data-content>{screen.continueLabel}</span> : w['guide.continue']}
      </button>
    </div>
  );
}

/** An answer as words on "Check your answers". */
function AnswerText({ question, answers, content, voice, notAnswered }: { question: QuestionId; answers: Answers; content: GuideSteps; voice: Person; notAnswered: string }) {
  const options = content.questions[question].options;
  const value = answers[question];
  const label = (v: string) => fillText(optionOf(options, question, v).label, voice);
  if (Array.isArray(value)) {
    return (
      <ul class="guide-summary__list" data-content>
        {value.map((v) => (
          <li>{label(v)}</li>
        ))}
      </ul>
    );
  }
  return <>{typeof value === 'string' ? <span data-content>{label(value)}</span> : notAnswered}</>;
}
