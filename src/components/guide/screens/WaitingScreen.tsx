/** The result's heading while its words load, or the message and Try again when they could not be loaded. */
import type { RefObject } from 'preact';
import { HEADING_ID, type GuideWords } from '../shared';

interface Props {
  title: string;
  words: GuideWords;
  failed: boolean;
  headingRef: RefObject<HTMLHeadingElement>;
  onRetry: () => void;
}

export default function WaitingScreen({ title, words: w, failed, headingRef, onRetry }: Props) {
  return (
    <div class="guide-waiting">
      <h2 id={HEADING_ID} tabIndex={-1} ref={headingRef} data-content>
        {title}
      </h2>
      {failed ? (
        <>
          <p role="alert">{w['guide.resultFailed']}</p>
          <button type="button" class="button" onClick={onRetry}>
            {w['guide.tryAgain']}
          </button>
        </>
      ) : (
        <p>{w['guide.resultLoading']}</p>
      )}
    </div>
  );
}
