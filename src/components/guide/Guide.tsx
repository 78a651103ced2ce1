/**
 * The step-by-step guide: a Preact island over the guide machine. This file runs the machine and
 * picks the screen; each screen is a component of its own (./screens/), built from the shared form
 * parts (../form/). Answers live only in the machine's memory: never in the URL, title, history
 * state or storage, and they are wiped on pagehide, on a back/forward-cache pageshow, and on the
 * exit control's `spo:exit` event (see ../shared/notes/safety.md).
 */
// First: the Trusted Types policy (src/scripts/trusted-types.ts), made as this module loads, so it
// exists before Astro's island loader empties the island's element, however early the preloaded code runs.
import '../../scripts/trusted-types';
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isValidAnswer, questionIds, guideMachine, type QuestionId, type StepId } from '../../machines/guide';
import type { GuideResult, GuideSteps } from '../../schemas/guide';
import { resultWords, serviceDetails } from '../../lib/guide/island-words';
import type { composeResult } from '../../lib/guide/render';
import type * as ResultCode from './result-code';
import type { GuideRoute } from '../../lib/guide/decide';
import { fillText, personFor } from '../../lib/guide/text';
import { formatWith, loadMessages, type Format } from '../../i18n/client-format';
import type { IslandWords } from '../../i18n/islands';
import { useActor } from './use-actor';
import { useWipeOnLeave } from '../use-wipe-on-leave';
import { useStepHistory } from './use-step-history';
import { PREVIEW_ID, phonesOf, progressText, type GuideWords, type ServiceCore, type ServiceView } from './shared';
import QuestionScreen from './screens/QuestionScreen';
import EmergencyScreen from './screens/EmergencyScreen';
import WaitingScreen from './screens/WaitingScreen';
import type CheckAnswersScreen from './screens/CheckAnswersScreen';
import type ResultScreen from './screens/ResultScreen';
import type { Calendar } from '../../lib/calendar';

export { PREVIEW_ID, progressText, type GuideWords, type ServiceCore, type ServiceView } from './shared';


interface Props {
  /** The questions' and screens' words, validated against their schema at build time. */
  steps: GuideSteps;
  /** The guide's interface words (buttons, labels, messages) from the interface table. */
  words: IslandWords<'guide'>;
  /** Address of the page's compiled messages, for those with arguments (src/i18n/client-messages.ts). */
  messagesHref: string;
  /** Services from the services record: what the questions need; the rest comes with the result (servicesHref). */
  services: ServiceCore[];
  /** Other orders the result may offer, from the protective orders record. */
  routes: GuideRoute[];
  /** Address of the letter builder, when the site has one. */
  letterHref?: string;
  /** Address of the result's words in the page's language (src/lib/guide/result-file.ts). */
  resultWordsHref: string;
  /** Address of what the result shows of each service, in the page's language (src/lib/guide/services-file.ts). */
  servicesHref: string;
  /** Month and weekday names in the page's language, for the result's dates (src/lib/calendar.ts). */
  calendar: Calendar;
}

const isQuestion = (step: StepId): step is QuestionId => (questionIds as readonly string[]).includes(step);

/**
 * The island. Its first render draws nothing (the page's still copy of the first question stays);
 * the working guide renders in the next task and takes the copy's place in the same frame, so
 * nothing on the page moves. So loading the code and drawing the guide are two short tasks
 * instead of one long one, and the page keeps answering taps and keys while it opens.
 */
export default function Guide(props: Props) {
  // The page preloads the messages (a modulepreload link), so they are usually here by now. If they
  // cannot be had, the still copy stays and, after a few seconds, says so (guide-preview.css).
  const [format, setFormat] = useState<Format | undefined>(undefined);
  useEffect(() => {
    loadMessages(props.messagesHref).then(
      (messages) => setFormat(() => formatWith(messages)),
      () => {},
    );
  }, []);
  return format ? <GuideSteps {...props} words={{ ...props.words, format }} /> : null;
}

/** The guide: one step at a time, over the machine. */
function GuideSteps({ steps: content, words: w, services, routes, letterHref, resultWordsHref, servicesHref, calendar }: Omit<Props, 'words'> & { words: GuideWords }) {
  // The guide takes the still copy's place before the browser paints: nothing moves.
  useLayoutEffect(() => document.getElementById(PREVIEW_ID)?.remove(), []);
  // The result's words and the code that composes the result from them, and (apart, so a failure of
  // the words never hides the answers) the screens that show the answers and the result, load once
  // the visitor has answered a question ('failed' if they could not): none is needed for the
  // questions, so none weighs on the page's first load (the JavaScript budget in bench/budgets.json).
  const [loaded, setLoaded] = useState<{ result: GuideResult; compose: typeof composeResult; services: ServiceView[] } | 'failed' | undefined>(undefined);
  const [screens, setScreens] = useState<{ CheckAnswers: typeof CheckAnswersScreen; Result: typeof ResultScreen } | 'failed' | undefined>(undefined);
  const loading = useRef(false);
  const loadingScreens = useRef(false);
  const loadResult = () => {
    if (!loadingScreens.current) {
      loadingScreens.current = true;
      Promise.all([import('./screens/CheckAnswersScreen'), import('./screens/ResultScreen')]).then(
        ([checkAnswers, result]) => setScreens({ CheckAnswers: checkAnswers.default, Result: result.default }),
        () => {
          loadingScreens.current = false;
          setScreens('failed');
        },
      );
    }
    if (loading.current) return;
    loading.current = true;
    // One chunk for the composer and the words' check (./result-code.ts), asked for once by both.
    const code: Promise<typeof ResultCode> = import('./result-code');
    Promise.all([resultWords(resultWordsHref, phonesOf(services), undefined, () => code), serviceDetails(servicesHref, services, undefined, () => code), code]).then(
      ([result, shown, composer]) => setLoaded({ result, compose: composer.composeResult, services: shown }),
      () => {
        loading.current = false;
        setLoaded('failed');
      },
    );
  };
  const [snapshot, send, actor] = useActor(guideMachine);
  const step = snapshot.value as StepId;
  const answers = snapshot.context.answers;
  const voice = personFor(answers);
  const [generation, setGeneration] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const quiet = useRef(false);

  /**
   * Back and Forward through history (./use-step-history.ts). Back is the machine's Back; Forward
   * does again what moved on from this step: the answer still held for the question, or the
   * screen's button.
   */
  const steps = useStepHistory({
    back: () => {
      if (!actor.getSnapshot().can({ type: 'guide.back' })) return false;
      quiet.current = false;
      send({ type: 'guide.back' });
      return true;
    },
    forward: () => {
      const now = actor.getSnapshot();
      const at = now.value as StepId;
      const held = isQuestion(at) ? now.context.answers[at] : undefined;
      const event = isQuestion(at)
        ? held !== undefined && isValidAnswer(at, held)
          ? ({ type: 'guide.answer', value: held } as const)
          : undefined
        : at === 'emergency' || at === 'check-answers'
          ? ({ type: 'guide.continue' } as const)
          : undefined;
      if (!event || !now.can(event)) return false;
      quiet.current = false;
      send(event);
      return true;
    },
  });

  /** Forgets everything: machine back to the start, every control cleared, now. */
  const wipe = () => {
    steps.reset();
    quiet.current = true;
    send({ type: 'guide.restart' });
    setGeneration((g) => g + 1);
    setAnnouncement('');
    // Clear the controls at once too: the page may be frozen into the back/forward cache before Preact re-renders.
    rootRef.current?.querySelectorAll('input').forEach((input) => {
      input.checked = false;
    });
  };

  useWipeOnLeave(wipe);

  // After each move to a new step: focus its heading and announce it. Not on first load, nor after a wipe.
  useEffect(() => {
    if (!moved.current) {
      moved.current = true;
      return;
    }
    if (quiet.current) {
      quiet.current = false;
      return;
    }
    // Start the new step as a new page would: from the top of the page when the step's heading and
    // its Continue show on the first screen there (the site's links then sit whole below the exit bar),
    // else (and always for a result) with the guide's top, its Back link, just below the exit bar.
    // Never wherever the last step left the page.
    const heading = headingRef.current;
    heading?.focus({ preventScroll: true });
    const end = rootRef.current?.querySelector('.guide-question [type=submit]') ?? heading;
    if (step !== 'result' && step !== 'out-of-scope' && end && end.getBoundingClientRect().bottom + window.scrollY <= window.innerHeight) window.scrollTo(0, 0);
    else rootRef.current?.scrollIntoView({ block: 'start' });
    setAnnouncement(w.format('guide.announceStep', { title: headingRef.current?.textContent ?? '' }));
  }, [snapshot]);

  // When the result's words arrive while the visitor waits on the result, its heading is drawn anew: focus it again.
  useEffect(() => {
    if (typeof loaded === 'object' && !isQuestion(step) && document.activeElement === document.body) headingRef.current?.focus({ preventScroll: true });
  }, [loaded]);

  /** A move on. Each one that lands on another step adds a same-address history entry (Start again does not: it begins afresh). */
  const go = (event: Parameters<typeof send>[0]) => {
    quiet.current = false;
    loadResult();
    const before = actor.getSnapshot().value;
    send(event);
    if (event.type !== 'guide.restart' && actor.getSnapshot().value !== before) steps.pushed();
  };

  const canGoBack = snapshot.can({ type: 'guide.back' });
  // Above the question, as on GOV.UK question pages.
  const back = canGoBack ? (
    <button type="button" class="guide__back no-print" onClick={() => steps.back()}>
      {w['guide.back']}
    </button>
  ) : null;

  let body: JSX.Element;
  if (isQuestion(step)) {
    body = (
      <QuestionScreen
        key={`${generation}-${step}`}
        question={step}
        content={content}
        voice={voice}
        initial={answers[step]}
        progress={progressText(w, step, answers)}
        words={w}
        headingRef={headingRef}
        onAnswer={(value) => go({ type: 'guide.answer', value })}
      />
    );
  } else if (step === 'emergency') {
    body = <EmergencyScreen content={content} words={w} voice={voice} services={services} headingRef={headingRef} onContinue={() => go({ type: 'guide.continue' })} />;
  } else if (typeof screens !== 'object' || (step !== 'check-answers' && typeof loaded !== 'object')) {
    body = (
      <WaitingScreen
        title={fillText(content.screens[step].title, voice)}
        words={w}
        failed={screens === 'failed' || (step !== 'check-answers' && loaded === 'failed')}
        headingRef={headingRef}
        onRetry={() => {
          if (screens === 'failed') setScreens(undefined);
          if (loaded === 'failed') setLoaded(undefined);
          loadResult();
        }}
      />
    );
  } else if (step === 'check-answers') {
    body = (
      <screens.CheckAnswers
        content={content}
        words={w}
        voice={voice}
        answers={answers}
        headingRef={headingRef}
        onChange={(q) => go({ type: 'guide.change', step: q })}
        onContinue={() => go({ type: 'guide.continue' })}
      />
    );
  } else if (typeof loaded === 'object') {
    const result = loaded.compose(answers, { ...content, result: loaded.result }, letterHref ? { services, routes, letterHref } : { services, routes });
    body = (
      <screens.Result
        content={content}
        words={w}
        voice={voice}
        answers={answers}
        services={loaded.services}
        result={result}
        title={fillText(content.screens[step].title, voice)}
        headingRef={headingRef}
        onRestart={() => go({ type: 'guide.restart' })}
        calendar={calendar}
      />
    );
  } else {
    throw new Error(`The guide has no screen for "${step}"`);
  }

  return (
    <div class="guide" ref={rootRef} data-step={step}>
      <div role="status" class="visually-hidden">
        {announcement}
      </div>
      {/* Said once, before the first question; afterwards the one-line "Leaving quickly" link above keeps it. */}
      {step === questionIds[0] && Object.keys(answers).length === 0 ? <p class="guide-note">{w['guide.backClears']}</p> : null}
      {back}
      {body}
    </div>
  );
}
