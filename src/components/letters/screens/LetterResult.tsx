/** The letter made: to read and change in a box, print alone, or copy after a warning. */
import type { RefObject } from 'preact';
import type { LettersContent } from '../../../schemas/letters';
import type { LetterWords } from './shared';
import { relativeTimesIn } from '../../../lib/letters/relative-time';

export type CopyStage = 'idle' | 'warning' | 'copied' | 'failed';

interface Props {
  content: LettersContent;
  words: LetterWords;
  /** The result's heading for this letter ("Your letter: …"), composed from the table's message where its words are known. */
  heading: string;
  headingLevel: 2 | 3 | 4;
  text: string;
  copyStage: CopyStage;
  headingRef: RefObject<HTMLHeadingElement>;
  warningRef: RefObject<HTMLDivElement>;
  textRef: RefObject<HTMLTextAreaElement>;
  onText: (text: string) => void;
  onPrint: () => void;
  onCopyAsk: () => void;
  onCopy: () => void;
  onCopyCancel: () => void;
  onChange: () => void;
  onStartAgain: () => void;
}

export default function LetterResult(props: Props) {
  const { content, words: w, heading, headingLevel, text, copyStage, headingRef, warningRef, textRef } = props;
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  // Times that mean nothing days later ("last night"): asked for as dates, as the letter is changed too.
  const relative = relativeTimesIn(text, content.relativeTime.phrases);
  return (
    <>
      <H class="letters__heading" tabIndex={-1} ref={headingRef}>
        {heading}
      </H>
      <p class="letters__no-print">{w['letters.resultIntro']}</p>
      <div class="form-group letters__no-print">
        <label class="label" for="letter-text">
          {w['letters.editLabel']}
        </label>
        <p class="hint" id="letter-text-hint">
          {w['letters.editHint']}
        </p>
        {relative.length > 0 ? (
          <div class="letters__dates" id="letter-text-dates">
            <p class="letters__dates-title">
              <strong data-content>{content.relativeTime.title}</strong>
            </p>
            <p data-content>{content.relativeTime.prompt}</p>
            <ul>
              {relative.map((phrase) => (
                <li key={phrase} data-content>
                  {phrase}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <textarea
          id="letter-text"
          class="textarea letters__textarea--result"
          rows={18}
          aria-describedby={relative.length > 0 ? 'letter-text-hint letter-text-dates' : 'letter-text-hint'}
          value={text}
          onInput={(e) => props.onText(e.currentTarget.value)}
          autocomplete="off"
          spellcheck={false}
          ref={textRef}
        />
      </div>
      <div class="letters-print" aria-hidden="true" data-content>
        {text}
      </div>
      <div class="letters__actions letters__no-print">
        <div class="letters__action">
          <button type="button" class="button" onClick={props.onPrint}>
            {w['letters.print']}
          </button>
          <p class="letters__hint">{w['letters.printNote']}</p>
        </div>
        <div class="letters__action">
          <button type="button" class="button button--secondary" aria-expanded={copyStage === 'warning'} aria-controls="letter-copy-warning" onClick={props.onCopyAsk}>
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
              <button type="button" class="button" onClick={props.onCopy}>
                {w['letters.copyConfirm']}
              </button>
              <button type="button" class="button button--secondary" onClick={props.onCopyCancel}>
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
        <button type="button" class="letters__link" onClick={props.onChange}>
          {w['letters.change']}
        </button>
        <button type="button" class="letters__link" onClick={props.onStartAgain}>
          {w['letters.startAgain']}
        </button>
      </div>
    </>
  );
}
