/**
 * Make a letter or email to the police: a Preact island over the pure composition in
 * src/lib/letters/compose.ts. Choose one of three letters, answer its questions, then read,
 * change, print or copy the text.
 *
 * Answers live only in this component's memory: never in the URL, title, history or storage,
 * and nothing is sent anywhere. They are wiped on pagehide, on a back/forward-cache pageshow and
 * on the exit control's `spo:exit` event (see ../shared/notes/safety.md, promises 2 and 3).
 *
 * It can be mounted inside the step-by-step guide's result as well as on its own page: pass
 * `initialLetter` and `initial` to start it filled from answers given elsewhere.
 */
import type { TargetedEvent, TargetedMouseEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  choiceFieldIds,
  letterIds,
  listFieldIds,
  optionIds,
  type ChoiceFieldId,
  type FieldId,
  type LetterAnswers,
  type LetterId,
  type ListFieldId,
  type TextFieldId,
} from '../../lib/letters/ids';
import type { LettersContent } from '../../schemas/letters';
import { composeLetter, missingAnswers, type MissingAnswer } from '../../lib/letters/compose';
import { fill } from '../../i18n/format';
import type { IslandWords } from '../../i18n/islands';
import { useWipeOnLeave } from '../use-wipe-on-leave';
import { markClipboardWritten } from '../../scripts/clipboard-mark';

/** The builder's interface words (buttons, headings, messages), from the interface table (src/i18n). */
export type LetterWords = IslandWords<'letters'>;

export interface LetterBuilderProps {
  /** The letters' words, validated and filled at build time (loadLettersContent). */
  content: LettersContent;
  /** The builder's interface words, picked from the interface table at build time. */
  words: LetterWords;
  /** Which letter to start on, e.g. "ask-for-order" from the guide's result. */
  initialLetter?: LetterId;
  /** Answers to start with. Anything left out starts empty. */
  initial?: LetterAnswers;
  /** Level of the builder's own headings: 2 on its page, 3 or 4 inside another page's section. */
  headingLevel?: 2 | 3 | 4;
}

/** Id of the element a question's error summary link moves to. */
const fieldDomId = (field: FieldId | 'letter') => `letter-field-${field}`;
const CHOICE_ID = fieldDomId('letter');

const isChoice = (f: FieldId): f is ChoiceFieldId => (choiceFieldIds as readonly string[]).includes(f);
const isList = (f: FieldId): f is ListFieldId => (listFieldIds as readonly string[]).includes(f);

/** Set on <html> while the builder's Print is printing (see letters.css). */
const PRINTING_CLASS = 'letters-printing';

type CopyStage = 'idle' | 'warning' | 'copied' | 'failed';
type Problem = MissingAnswer | { field: 'letter'; message: string };

/** The builder. */
export default function LetterBuilder({ content, words: w, initialLetter, initial, headingLevel = 2 }: LetterBuilderProps) {
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const [letter, setLetter] = useState<LetterId | undefined>(initialLetter);
  const [answers, setAnswers] = useState<LetterAnswers>(() => ({ ...initial }));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [text, setText] = useState<string | null>(null);
  const [copyStage, setCopyStage] = useState<CopyStage>('idle');
  const [generation, setGeneration] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);
  const formHeadingRef = useRef<HTMLHeadingElement>(null);
  const warningRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const focusNext = useRef<'summary' | 'result' | 'form' | 'warning' | null>(null);

  /** Forgets everything, now: state back to empty and every control cleared in the DOM too. */
  const wipe = () => {
    setLetter(undefined);
    setAnswers({});
    setProblems([]);
    setText(null);
    setCopyStage('idle');
    setGeneration((g) => g + 1);
    focusNext.current = null;
    document.documentElement.classList.remove(PRINTING_CLASS);
    // The page may be frozen into the back/forward cache before Preact renders again.
    rootRef.current?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea').forEach((el) => {
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) el.checked = false;
      else el.value = '';
    });
    rootRef.current?.querySelectorAll('.letters-print').forEach((el) => {
      el.textContent = '';
    });
  };

  useWipeOnLeave(wipe);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'summary') summaryRef.current?.focus();
    else if (target === 'result') resultHeadingRef.current?.focus();
    else if (target === 'form') formHeadingRef.current?.focus();
    else if (target === 'warning') warningRef.current?.focus();
  });

  const setAnswer = <K extends keyof LetterAnswers>(field: K, value: LetterAnswers[K]) => {
    setAnswers((a) => ({ ...a, [field]: value }));
  };

  const make = (event: TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Problem[] = letter ? missingAnswers(content, letter, answers) : [{ field: 'letter', message: w['letters.chooseMissing'] }];
    setProblems(found);
    if (found.length > 0 || !letter) {
      focusNext.current = 'summary';
      return;
    }
    setText(composeLetter(content, letter, answers));
    setCopyStage('idle');
    focusNext.current = 'result';
  };

  /**
   * Prints the letter alone, wherever the builder is: the mark on the page tells the print styles
   * to hide everything else (inside the guide's result too), and goes when printing ends.
   */
  const printLetter = () => {
    const root = document.documentElement;
    root.classList.add(PRINTING_CLASS);
    window.addEventListener('afterprint', () => root.classList.remove(PRINTING_CLASS), { once: true });
    window.print();
  };

  const problemFor = (field: FieldId | 'letter') => problems.find((p) => p.field === field);

  const goToField = (event: TargetedMouseEvent<HTMLAnchorElement>, field: FieldId | 'letter') => {
    // Move focus without following the #fragment: the address never changes.
    event.preventDefault();
    const target = document.getElementById(field === 'letter' ? CHOICE_ID : fieldDomId(field));
    const first = target?.matches('input, textarea') ? target : target?.querySelector<HTMLElement>('input, textarea');
    (first ?? target)?.focus();
  };

  const copy = async () => {
    const value = textRef.current?.value ?? text ?? '';
    try {
      await navigator.clipboard.writeText(value);
      markClipboardWritten();
      setCopyStage('copied');
    } catch {
      setCopyStage('failed');
      textRef.current?.focus();
      textRef.current?.select();
    }
  };

  if (text !== null && letter) {
    return (
      <div class="letters letters--result" ref={rootRef} key={generation}>
        <H class="letters__heading" tabIndex={-1} ref={resultHeadingRef}>
          {fill('letters.resultHeading', w['letters.resultHeading'], { title: content.letters[letter].title })}
        </H>
        <p class="letters__no-print">{w['letters.resultIntro']}</p>
        <div class="letters__group letters__no-print">
          <label class="letters__label" for="letter-text">
            {w['letters.editLabel']}
          </label>
          <p class="letters__hint" id="letter-text-hint">
            {w['letters.editHint']}
          </p>
          <textarea
            id="letter-text"
            class="letters__textarea letters__textarea--result"
            rows={18}
            aria-describedby="letter-text-hint"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            autocomplete="off"
            spellcheck={true}
            ref={textRef}
          />
        </div>
        <div class="letters-print" aria-hidden="true" data-content>
          {text}
        </div>
        <div class="letters__actions letters__no-print">
          <div class="letters__action">
            <button type="button" class="button" onClick={printLetter}>
              {w['letters.print']}
            </button>
            <p class="letters__hint">{w['letters.printNote']}</p>
          </div>
          <div class="letters__action">
            <button
              type="button"
              class="button button--secondary"
              aria-expanded={copyStage === 'warning'}
              aria-controls="letter-copy-warning"
              onClick={() => {
                setCopyStage('warning');
                focusNext.current = 'warning';
              }}
            >
              {w['letters.copy']}
            </button>
          </div>
        </div>
        <div id="letter-copy-warning" class="letters__no-print">
          {copyStage === 'warning' && (
            <div class="letters__warning" tabIndex={-1} ref={warningRef} role="group" aria-labelledby="letter-copy-warning-title">
              <p class="letters__warning-title" id="letter-copy-warning-title">
                <strong>{w['letters.copyWarningTitle']}</strong>
              </p>
              <p>{w['letters.copyWarning']}</p>
              <div class="letters__actions">
                <button type="button" class="button" onClick={() => void copy()}>
                  {w['letters.copyConfirm']}
                </button>
                <button type="button" class="button button--secondary" onClick={() => setCopyStage('idle')}>
                  {w['letters.copyCancel']}
                </button>
              </div>
            </div>
          )}
        </div>
        <p class="letters__status letters__no-print" role="status">
          {copyStage === 'copied' ? w['letters.copied'] : copyStage === 'failed' ? w['letters.copyFailed'] : ''}
        </p>
        <div class="letters__actions letters__no-print">
          <button
            type="button"
            class="letters__link"
            onClick={() => {
              setText(null);
              setCopyStage('idle');
              focusNext.current = 'form';
            }}
          >
            {w['letters.change']}
          </button>
          <button type="button" class="letters__link" onClick={wipe}>
            {w['letters.startAgain']}
          </button>
        </div>
      </div>
    );
  }

  const chosen = letter ? content.letters[letter] : undefined;
  const choiceProblem = problemFor('letter');

  return (
    <div class="letters" ref={rootRef} key={generation}>
      <form class="letters__form" onSubmit={make} noValidate autocomplete="off">
        {problems.length > 0 && (
          <div class="letters__error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="letter-error-summary-title">
            <H class="letters__error-title" id="letter-error-summary-title">
              {w['letters.errorSummaryTitle']}
            </H>
            <ul class="letters__error-list">
              {problems.map((p) => (
                <li key={p.field}>
                  <a
                    href={`#${p.field === 'letter' ? CHOICE_ID : fieldDomId(p.field)}`}
                    onClick={(e) => goToField(e, p.field)}
                    {...(p.field === 'letter' ? {} : { 'data-content': true })}
                  >
                    {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class={`letters__group${choiceProblem ? ' letters__group--error' : ''}`}>
          <fieldset class="letters__fieldset" id={CHOICE_ID} aria-describedby={`${CHOICE_ID}-hint${choiceProblem ? ` ${CHOICE_ID}-error` : ''}`}>
            <legend class="letters__legend">
              <H class="letters__heading letters__heading--legend" tabIndex={-1} ref={formHeadingRef}>
                {w['letters.chooseLegend']}
              </H>
            </legend>
            <p class="letters__hint" id={`${CHOICE_ID}-hint`}>
              {w['letters.chooseHint']}
            </p>
            {choiceProblem && (
              <p class="letters__error" id={`${CHOICE_ID}-error`}>
                <span class="visually-hidden">{w['letters.errorPrefix']} </span>
                {choiceProblem.message}
              </p>
            )}
            {letterIds.map((id) => (
              <div class="letters__choice" key={id}>
                <input
                  class="letters__input"
                  type="radio"
                  name="letter-choice"
                  id={`letter-choice-${id}`}
                  value={id}
                  checked={letter === id}
                  aria-describedby={`letter-choice-${id}-hint`}
                  onChange={() => {
                    setLetter(id);
                    setProblems((ps) => ps.filter((p) => p.field !== 'letter'));
                  }}
                />
                <label class="letters__choice-label" for={`letter-choice-${id}`} data-content>
                  {content.letters[id].title}
                </label>
                <p class="letters__hint letters__choice-hint" id={`letter-choice-${id}-hint`} data-content>
                  {content.letters[id].hint}
                </p>
              </div>
            ))}
          </fieldset>
        </div>

        {chosen && letter && (
          <section class="letters__questions" aria-labelledby="letter-questions-title">
            <H class="letters__heading" id="letter-questions-title" data-content>
              {chosen.title}
            </H>
            {chosen.intro.map((p) => (
              <p data-content>{p}</p>
            ))}
            {chosen.questions.map((q) => (
              <Question
                key={`${letter}-${q.field}`}
                field={q.field}
                required={q.required}
                content={content}
                words={w}
                answers={answers}
                problem={problemFor(q.field)}
                setAnswer={setAnswer}
              />
            ))}
          </section>
        )}
        <p class="letters__privacy">{w['letters.privacy']}</p>
        <button type="submit" class="button">
          {w['letters.make']}
        </button>
      </form>
    </div>
  );
}

interface QuestionProps {
  field: FieldId;
  required: boolean;
  content: LettersContent;
  words: LetterWords;
  answers: LetterAnswers;
  problem: Problem | undefined;
  setAnswer: <K extends keyof LetterAnswers>(field: K, value: LetterAnswers[K]) => void;
}

/** One question: a text line, a text box, radio buttons, or tick boxes (one tick box for a yes-only choice). */
function Question({ field, required, content, words: w, answers, problem, setAnswer }: QuestionProps) {
  const words = content.fields[field];
  const id = fieldDomId(field);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [words.hint ? hintId : '', problem ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const optional = required ? null : <span class="letters__optional"> {w['letters.optional']}</span>;
  const hint = words.hint ? (
    <p class="letters__hint" id={hintId} data-content>
      {words.hint}
    </p>
  ) : null;
  const error = problem ? (
    <p class="letters__error" id={errorId}>
      <span class="visually-hidden">{w['letters.errorPrefix']} </span>
      <span data-content>{problem.message}</span>
    </p>
  ) : null;
  const groupClass = `letters__group${problem ? ' letters__group--error' : ''}`;

  if (isChoice(field) || isList(field)) {
    const options = Object.entries((words as { options: Record<string, { label: string; hint?: string }> }).options);
    const multiple = isList(field) || optionIds[field].length === 1;
    const picked = answers[field];
    const isPicked = (value: string) => (Array.isArray(picked) ? (picked as string[]).includes(value) : picked === value);
    const toggle = (value: string, on: boolean) => {
      if (isList(field)) {
        const current = (Array.isArray(picked) ? picked : []) as string[];
        const next = on ? [...current, value] : current.filter((v) => v !== value);
        setAnswer(field, optionIds[field].filter((o) => next.includes(o)) as LetterAnswers[typeof field]);
      } else {
        setAnswer(field, (on ? value : undefined) as LetterAnswers[typeof field]);
      }
    };
    return (
      <div class={groupClass}>
        <fieldset class="letters__fieldset" id={id} aria-describedby={describedBy}>
          <legend class="letters__legend letters__label">
            <span data-content>{words.label}</span>
            {optional}
          </legend>
          {hint}
          {error}
          {options.map(([value, option]) => {
            const optionId = `${id}-${value}`;
            return (
              <div class="letters__choice" key={value}>
                <input
                  class="letters__input"
                  type={multiple ? 'checkbox' : 'radio'}
                  name={id}
                  id={optionId}
                  value={value}
                  checked={isPicked(value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  onChange={(e) => toggle(value, e.currentTarget.checked)}
                />
                <label class="letters__choice-label" for={optionId} data-content>
                  {option.label}
                </label>
                {option.hint && (
                  <p class="letters__hint letters__choice-hint" id={`${optionId}-hint`} data-content>
                    {option.hint}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      </div>
    );
  }

  const textField = field as TextFieldId;
  const size = (words as { size: 'line' | 'box' }).size;
  const value = answers[textField] ?? '';
  const onInput = (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => setAnswer(textField, e.currentTarget.value);
  return (
    <div class={groupClass}>
      <label class="letters__label" for={id}>
        <span data-content>{words.label}</span>
        {optional}
      </label>
      {hint}
      {error}
      {size === 'box' ? (
        <textarea
          class="letters__textarea"
          id={id}
          name={id}
          rows={4}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          autocomplete="off"
          onInput={onInput}
        />
      ) : (
        <input
          class="letters__text"
          type="text"
          id={id}
          name={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          autocomplete="off"
          spellcheck={false}
          onInput={onInput}
        />
      )}
    </div>
  );
}
