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
// First: the Trusted Types policy (src/scripts/trusted-types.ts), made as this module loads, so it
// exists before Astro's island loader empties the island's element, however early the preloaded code runs.
import '../../scripts/trusted-types';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LetterAnswers, LetterId } from '../../lib/letters/ids';
import type { LettersContent } from '../../schemas/letters';
import { composeLetter, letterDate, missingAnswers } from '../../lib/letters/compose';
import { useWipeOnLeave } from '../use-wipe-on-leave';
import { markClipboardWritten } from '../../scripts/clipboard-mark';
import LetterForm from './screens/LetterForm';
import LetterResult, { type CopyStage } from './screens/LetterResult';
import type { LetterWords, Problem } from './screens/shared';

export type { LetterWords } from './screens/shared';


export interface LetterBuilderProps {
  /** The letters' words, validated and filled at build time (loadLettersContent). */
  content: LettersContent;
  /** The builder's interface words, picked from the interface table at build time. */
  words: LetterWords;
  /**
   * The result's heading for each letter ("Your letter: …", the table's message with the letter's
   * title): composed when the builder's page is built, or by the guide's compiled messages in its result,
   * so the builder itself composes no message and loads nothing before it shows.
   */
  resultHeadings: Readonly<Record<LetterId, string>>;
  /** Which letter to start on, e.g. "ask-for-order" from the guide's result. */
  initialLetter?: LetterId;
  /** Answers to start with. Anything left out starts empty. */
  initial?: LetterAnswers;
  /** Level of the builder's own headings: 2 on its page, 3 or 4 inside another page's section. */
  headingLevel?: 2 | 3 | 4;
  /**
   * The police forces' names, in the page's language, from the forces record and its words (src/data/record-words.ts), picked at build
   * time: the letter's force is then chosen from a list. Without them it is typed.
   */
  forces?: readonly string[];
  /**
   * The locale the letter's date line is written in (the interface table's date locale, dateLocale in
   * src/i18n/table.ts); without it, the page's own language.
   */
  dateLocale?: string;
}

/** Set on <html> while the builder's Print is printing (see letters.css). */
const PRINTING_CLASS = 'letters-printing';

/** The builder. */
export default function LetterBuilder({ content, words: w, resultHeadings, initialLetter, initial, headingLevel = 2, forces, dateLocale }: LetterBuilderProps) {
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

  const make = () => {
    const found: Problem[] = letter ? missingAnswers(content, letter, answers) : [{ field: 'letter', message: w['letters.chooseMissing'] }];
    setProblems(found);
    if (found.length > 0 || !letter) {
      focusNext.current = 'summary';
      return;
    }
    // Dated today, on the visitor's clock, as a letter an officer can file.
    setText(composeLetter(content, letter, answers, letterDate(new Date(), dateLocale || document.documentElement.lang || 'en-GB', w['letters.months'])));
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
        <LetterResult
          content={content}
          words={w}
          heading={resultHeadings[letter]}
          headingLevel={headingLevel}
          text={text}
          copyStage={copyStage}
          headingRef={resultHeadingRef}
          warningRef={warningRef}
          textRef={textRef}
          onText={setText}
          onPrint={printLetter}
          onCopyAsk={() => {
            setCopyStage('warning');
            focusNext.current = 'warning';
          }}
          onCopy={() => void copy()}
          onCopyCancel={() => setCopyStage('idle')}
          onChange={() => {
            setText(null);
            setCopyStage('idle');
            focusNext.current = 'form';
          }}
          onStartAgain={wipe}
        />
      </div>
    );
  }

  return (
    <div class="letters" ref={rootRef} key={generation}>
      <LetterForm
        content={content}
        words={w}
        headingLevel={headingLevel}
        letter={letter}
        answers={answers}
        problems={problems}
        summaryRef={summaryRef}
        formHeadingRef={formHeadingRef}
        onChoose={(id) => {
          setLetter(id);
          setProblems((ps) => ps.filter((p) => p.field !== 'letter'));
        }}
        setAnswer={setAnswer}
        onMake={make}
        forces={forces}
      />
    </div>
  );
}
