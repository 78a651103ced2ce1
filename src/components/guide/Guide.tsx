/**
 * The step-by-step guide: a Preact island over the guide machine.
 * One question per screen, native controls in a fieldset, GOV.UK error summary,
 * "Check your answers" with Change, and a printable result. Answers live only in
 * the machine's memory: never in the URL, title, history or storage, and they are
 * wiped on pagehide, on a back/forward-cache pageshow, and on the exit control's
 * `spo:exit` event (see ../shared/notes/safety.md).
 */
import type { ComponentType, JSX, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  behaviourOptions,
  isValidAnswer,
  progressAt,
  questionIds,
  singleChoiceOptions,
  guideMachine,
  type Answers,
  type QuestionId,
  type StepId,
} from '../../machines/guide';
import type { GuideResult, GuideSteps } from '../../schemas/guide';
import { resultWords } from '../../lib/guide/island-words';
import type { PhoneOf } from '../../lib/guide/phones';
import type { composeResult, ResultBlock, ResultSection } from '../../lib/guide/render';
import type { GuideRoute, GuideService } from '../../lib/guide/decide';
import { fillText, personFor, type Person } from '../../lib/guide/text';
import { fill } from '../../i18n/format';
import type { IslandWords } from '../../i18n/islands';
import type { SupportServiceId } from '../../data/support-services';
import type { GuideLetterBuilderProps } from '../letters/GuideLetterBuilder';
import type { LetterWords } from '../letters/LetterBuilder';
import { useActor } from './use-actor';
import { useWipeOnLeave } from '../use-wipe-on-leave';

/** What the island needs to show a service (taken from the services record at build time). */
export interface ServiceView extends GuideService {
  id: SupportServiceId;
  name: string;
  purpose: string;
  phone?: { display: string; e164: string };
  hours: string[];
  caveat?: string;
  website?: string;
}

/** The guide's interface words, from the interface table (src/i18n), picked at build time. */
export type GuideWords = IslandWords<'guide'>;

interface Props {
  /** The questions' and screens' words, validated against their schema at build time. */
  steps: GuideSteps;
  /** The guide's interface words (buttons, labels, messages) from the interface table. */
  words: GuideWords;
  /** Services from the services record. */
  services: ServiceView[];
  /** Other orders the result may offer, from the protective orders record. */
  routes: GuideRoute[];
  /** Address of the letter builder, when the site has one. */
  letterHref?: string;
}

/** The numbers of the services the island was given, for the {phone:id} placeholders. */
const phonesOf = (services: readonly ServiceView[]): PhoneOf => (id) => services.find((s) => s.id === id)?.phone?.display;

const HEADING_ID = 'guide-step-heading';

const optionValues = (q: QuestionId): readonly string[] => (q === 'behaviours' ? behaviourOptions : singleChoiceOptions[q]);
const isQuestion = (step: StepId): step is QuestionId => (questionIds as readonly string[]).includes(step);
const fieldId = (q: QuestionId, value: string) => `guide-${q}-${value}`;

/** "Question 3 of 9", or "of about 9" while the route can still change. */
export function progressText(w: GuideWords, question: QuestionId, answers: Answers): string {
  const { number, total, approximate } = progressAt(question, answers);
  const key = approximate ? 'guide.progressAbout' : 'guide.progress';
  return fill(key, w[key], { number, total });
}

/**
 * The island. Its first render draws nothing (the page's still copy of the first question stays);
 * the working guide renders in the next task and takes the copy's place in the same frame, so
 * nothing on the page moves. So loading the code and drawing the guide are two short tasks
 * instead of one long one, and the page keeps answering taps and keys while it opens.
 */
export default function Guide(props: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return ready ? <GuideSteps {...props} /> : null;
}

/** The id of the page's still copy of the first question (./GuidePreview.tsx). */
export const PREVIEW_ID = 'guide-preview';

/** The guide: one step at a time, over the machine. */
function GuideSteps({ steps: content, words: w, services, routes, letterHref }: Props) {
  // The guide takes the still copy's place before the browser paints: nothing moves.
  useLayoutEffect(() => document.getElementById(PREVIEW_ID)?.remove(), []);
  // The result's words, and the code that composes the result from them, load once the visitor has
  // answered a question ('failed' if they could not): neither is needed for the questions, so neither
  // weighs on the page's first load (the JavaScript budget in bench/budgets.json).
  const [loaded, setLoaded] = useState<{ result: GuideResult; compose: typeof composeResult } | 'failed' | undefined>(undefined);
  const loading = useRef(false);
  const loadResult = () => {
    if (loading.current) return;
    loading.current = true;
    Promise.all([resultWords(phonesOf(services)), import('../../lib/guide/render')]).then(
      ([result, composer]) => setLoaded({ result, compose: composer.composeResult }),
      () => {
        loading.current = false;
        setLoaded('failed');
      },
    );
  };
  const [snapshot, send] = useActor(guideMachine);
  const step = snapshot.value as StepId;
  const answers = snapshot.context.answers;
  const voice = personFor(answers);
  const [generation, setGeneration] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const quiet = useRef(false);

  /** Forgets everything: machine back to the start, every control cleared, now. */
  const wipe = () => {
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
    // Start the new step at the top of the screen (below the exit bar), not wherever the last one was.
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView({ block: 'start' });
    setAnnouncement(fill('guide.announceStep', w['guide.announceStep'], { title: headingRef.current?.textContent ?? '' }));
  }, [snapshot]);

  // When the result's words arrive while the visitor waits on the result, its heading is drawn anew: focus it again.
  useEffect(() => {
    if (typeof loaded === 'object' && !isQuestion(step) && document.activeElement === document.body) headingRef.current?.focus({ preventScroll: true });
  }, [loaded]);

  const go = (event: Parameters<typeof send>[0]) => {
    quiet.current = false;
    loadResult();
    send(event);
  };

  const canGoBack = snapshot.can({ type: 'guide.back' });
  const back = canGoBack ? (
    <button type="button" class="guide__back no-print" onClick={() => go({ type: 'guide.back' })}>
      {w['guide.back']}
    </button>
  ) : null;

  let body: JSX.Element;
  if (isQuestion(step)) {
    body = (
      <QuestionStep
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
    const screen = content.screens.emergency;
    // The service the record says fits danger now (999): no id is matched here.
    const emergency = services.find((sv) => sv.situations?.includes('danger-now'));
    body = (
      <div>
        <h2 id={HEADING_ID} tabIndex={-1} ref={headingRef} data-content>
          {fillText(screen.title, voice)}
        </h2>
        {emergency?.phone ? (
          <a class="guide-call" href={`tel:${emergency.phone.e164}`} data-content>
            {fillText(screen.callLabel, voice)}
          </a>
        ) : null}
        {screen.paragraphs.map((p) => (
          <p data-content>{fillText(p, voice)}</p>
        ))}
        <p class="guide-services__note">{w['guide.callNote']}</p>
        {screen.continueHint ? <p data-content>{fillText(screen.continueHint, voice)}</p> : null}
        <button type="button" class="button" onClick={() => go({ type: 'guide.continue' })}>
          {w['guide.safeToContinue']}
        </button>
      </div>
    );
  } else if (step === 'check-answers') {
    const screen = content.screens['check-answers'];
    body = (
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
                  <dt class="guide-summary__key" data-content>{label}</dt>
                  <dd class="guide-summary__value">
                    <AnswerText question={q} answers={answers} content={content} voice={voice} notAnswered={w['guide.notAnswered']} />
                  </dd>
                  <dd class="guide-summary__actions">
                    <button type="button" class="guide__link" onClick={() => go({ type: 'guide.change', step: q })}>
                      {w['guide.change']}
                      <span class="visually-hidden"> {fill('guide.changeHidden', w['guide.changeHidden'], { label: label.toLowerCase() })}</span>
                    </button>
                  </dd>
                </div>
              );
            })}
        </dl>
        <button type="button" class="button" onClick={() => go({ type: 'guide.continue' })}>
          {screen.continueLabel ? <span data-content>{screen.continueLabel}</span> : w['guide.continue']}
        </button>
      </div>
    );
  } else if (loaded === undefined || loaded === 'failed') {
    const screen = content.screens[step];
    body = (
      <div class="guide-waiting">
        <h2 id={HEADING_ID} tabIndex={-1} ref={headingRef} data-content>
          {fillText(screen.title, voice)}
        </h2>
        {loaded === 'failed' ? (
          <>
            <p role="alert">{w['guide.resultFailed']}</p>
            <button
              type="button"
              class="button"
              onClick={() => {
                setLoaded(undefined);
                loadResult();
              }}
            >
              {w['guide.tryAgain']}
            </button>
          </>
        ) : (
          <p>{w['guide.resultLoading']}</p>
        )}
      </div>
    );
  } else {
    const screen = content.screens[step];
    const result = loaded.compose(answers, { ...content, result: loaded.result }, letterHref ? { services, routes, letterHref } : { services, routes });
    body = (
      <div class="guide-result">
        <h2 id={HEADING_ID} tabIndex={-1} ref={headingRef} data-content>
          {fillText(screen.title, voice)}
        </h2>
        <section class="guide-next-steps" aria-labelledby="guide-next-steps-title">
          <h3 id="guide-next-steps-title" data-content>
            {result.nextStepsHeading}
          </h3>
          <ol class="guide-next-steps__list">
            {result.nextSteps.map((item) => (
              <li key={item.id} data-step-id={item.id}>
                <span data-content>{item.text}</span>
                {item.services.length > 0 ? <CallLinks ids={item.services} services={services} words={w} /> : null}
              </li>
            ))}
          </ol>
        </section>
        {screen.paragraphs.map((p) => (
          <p class="guide-result__note" data-content>
            {fillText(p, voice)}
          </p>
        ))}
        <div class="guide-print no-print">
          <p>{w['guide.printWarning']}</p>
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            {w['guide.print']}
          </button>
        </div>
        <Contents sections={result.sections} title={w['guide.contents']} />
        {result.sections.map((section) => (
          <Section key={section.id} section={section} services={services} words={w} answers={answers} />
        ))}
        <div class="guide-restart no-print">
          <p>{w['guide.startAgainHint']}</p>
          <button type="button" class="button button--secondary" onClick={() => go({ type: 'guide.restart' })}>
            {w['guide.startAgain']}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div class="guide" ref={rootRef} data-step={step}>
      <div role="status" class="visually-hidden">
        {announcement}
      </div>
      {/* Said once, before the first question; afterwards the one-line "Leaving quickly" link above keeps it. */}
      {step === questionIds[0] && Object.keys(answers).length === 0 ? <p class="guide-note">{w['guide.backClears']}</p> : null}
      {body}
      {back}
    </div>
  );
}

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

/** One question: a fieldset whose legend is the step heading, native radios or checkboxes, Continue. */
function QuestionStep({ question, content, words: w, voice, initial, progress, headingRef, onAnswer }: QuestionProps) {
  const q = content.questions[question];
  const multiple = question === 'behaviours';
  const [value, setValue] = useState<string | readonly string[] | undefined>(initial);
  const [errors, setErrors] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const values = optionValues(question);
  const hintId = `guide-${question}-hint`;
  const errorId = `guide-${question}-error`;
  const errorText = fillText(q.error, voice);

  useEffect(() => {
    if (errors > 0) summaryRef.current?.focus();
  }, [errors]);

  const selected = (v: string) => (multiple ? Array.isArray(value) && value.includes(v) : value === v);
  const toggle = (v: string, checked: boolean) => {
    if (!multiple) return setValue(v);
    const current = Array.isArray(value) ? value : [];
    // Keep the order of the options, whatever order they were ticked in.
    const next = values.filter((o) => (o === v ? checked : current.includes(o)));
    setValue(next);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (!isValidAnswer(question, value)) {
      setErrors((n) => n + 1);
      return;
    }
    onAnswer(value as string | readonly string[]);
  };

  const firstField = fieldId(question, values[0] ?? '');
  const describedBy = [q.hint ? hintId : '', errors > 0 ? errorId : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form class="guide-question" noValidate onSubmit={submit}>
      {errors > 0 ? (
        <div class="error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="guide-error-summary-title">
          <div role="alert">
            <h2 class="error-summary__title" id="guide-error-summary-title">
              {w['guide.errorSummaryTitle']}
            </h2>
            <ul class="error-summary__list">
              <li>
                <a
                  href={`#${firstField}`}
                  data-content
                  onClick={(event) => {
                    // Move focus without touching the URL (no fragment in the address bar).
                    event.preventDefault();
                    document.getElementById(firstField)?.focus();
                  }}
                >
                  {errorText}
                </a>
              </li>
            </ul>
          </div>
        </div>
      ) : null}
      <div class={errors > 0 ? 'form-group form-group--error' : 'form-group'}>
        <fieldset class="fieldset" aria-describedby={describedBy}>
          <legend class="fieldset__legend">
            <span class="guide-progress">{progress}</span>
            <h2 id={HEADING_ID} class="fieldset__heading" tabIndex={-1} ref={headingRef} data-content>
              {fillText(q.title, voice)}
            </h2>
          </legend>
          {q.hint ? (
            <p class="hint" id={hintId} data-content>
              {fillText(q.hint, voice)}
            </p>
          ) : null}
          {errors > 0 ? (
            <p class="error-message" id={errorId}>
              <span class="visually-hidden">{w['guide.errorPrefix']} </span>
              <span data-content>{errorText}</span>
            </p>
          ) : null}
          <div class={multiple ? 'choices choices--checkboxes' : 'choices choices--radios'}>
            {values.map((v) => {
              const option = optionOf(q.options, question, v);
              const id = fieldId(question, v);
              const optionHintId = `${id}-hint`;
              return (
                <div class="choices__item" key={v}>
                  <input
                    class="choices__input"
                    id={id}
                    name={`guide-${question}`}
                    type={multiple ? 'checkbox' : 'radio'}
                    value={v}
                    checked={selected(v)}
                    aria-describedby={option.hint ? optionHintId : undefined}
                    onChange={(event) => toggle(v, (event.currentTarget as HTMLInputElement).checked)}
                  />
                  <label class="choices__label" for={id} data-content>
                    {fillText(option.label, voice)}
                  </label>
                  {option.hint ? (
                    <p class="hint choices__hint" id={optionHintId} data-content>
                      {fillText(option.hint, voice)}
                    </p>
                  ) : null}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="button">
        {w['guide.continue']}
      </button>
    </form>
  );
}

/**
 * An option's words. The strict schema gives every option the machine offers its words, so a
 * missing one is a defect: it stops the guide, naming the option, rather than showing a bare id.
 */
function optionOf<T>(options: Readonly<Record<string, T>>, question: QuestionId, value: string): T {
  const option = options[value];
  if (option === undefined) throw new Error(`The guide's words have no option "${value}" for the question "${question}"`);
  return option;
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

/** Jump links to the sections of the result. They move focus without touching the URL. */
function Contents({ sections, title }: { sections: ResultSection[]; title: string }) {
  return (
    <nav class="guide-contents no-print" aria-labelledby="guide-contents-title">
      <h3 id="guide-contents-title" class="guide-contents__title">
        {title}
      </h3>
      <ul class="guide-contents__list" data-content>
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#guide-section-${section.id}`}
              onClick={(event) => {
                // No fragment in the address bar: move to the heading and focus it instead.
                event.preventDefault();
                const heading = document.getElementById(`guide-section-${section.id}`);
                heading?.focus();
                heading?.scrollIntoView();
              }}
            >
              {section.heading}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Sections that are printed: the rest are for the screen (the printout is one page where it can be). */
const printedSections: readonly string[] = ['police-questions', 'help'];

/** One result section. */
function Section(props: { section: ResultSection; services: ServiceView[]; words: GuideWords; answers: Answers }) {
  const { section } = props;
  const headingId = `guide-section-${section.id}`;
  const classes = ['guide-section', section.id === 'risk' ? 'guide-section--risk' : '', printedSections.includes(section.id) ? '' : 'no-print']
    .filter(Boolean)
    .join(' ');
  return (
    <section class={classes} aria-labelledby={headingId} data-section={section.id}>
      <h3 id={headingId} tabIndex={-1} data-content>
        {section.heading}
      </h3>
      {section.blocks.map((block, i) => (
        <Block key={i} {...props} block={block} />
      ))}
    </section>
  );
}

/** One block of a section. */
function Block({ block, services, words: w, answers }: { block: ResultBlock; services: ServiceView[]; words: GuideWords; answers: Answers }) {
  switch (block.kind) {
    case 'paragraph':
      return <p data-content>{block.text}</p>;
    case 'list':
      return (
        <ul class={block.style === 'check' ? 'guide-checklist' : undefined} data-content>
          {block.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      );
    case 'services':
      return <Services ids={block.ids} services={services} words={w} />;
    case 'blanks':
      return (
        <dl class="guide-blanks" data-content>
          {block.blanks.map((b) => (
            <div class="guide-blanks__row" key={b.id}>
              <dt>{b.label}</dt>
              <dd />
            </div>
          ))}
        </dl>
      );
    case 'links':
      return (
        <div class="guide-links no-print">
          <p class="guide-links__title">{w['guide.readMore']}</p>
          <ul class="guide-links__list" data-content>
            {block.links.map((link) => (
              <li>
                <a href={link.href} rel={link.href.startsWith('https:') ? 'noreferrer' : undefined}>
                  {link.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      );
    case 'action':
      return <LetterSlot href={block.href} text={block.text} answers={answers} phoneOf={phonesOf(services)} />;
  }
}

/**
 * The letter builder's place in the result (the result's one action is the builder). Its code,
 * words and styles load with a dynamic import only when a result shows it, keeping them out of
 * the guide's first load (its interface words come as a file, fetched with the code); until then,
 * or if either cannot be loaded, the link to the builder's own page.
 */
function LetterSlot({ href, text, answers, phoneOf }: { href: string; text: string; answers: Answers; phoneOf: PhoneOf }) {
  const [builder, setBuilder] = useState<{ Builder: ComponentType<GuideLetterBuilderProps>; words: LetterWords } | null>(null);
  useEffect(() => {
    let live = true;
    import('../letters/GuideLetterBuilder')
      .then(async (module) => {
        const words = await module.letterWords();
        if (live) setBuilder({ Builder: module.default, words });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  if (builder) return <builder.Builder answers={answers} label={text} phoneOf={phoneOf} words={builder.words} />;
  return (
    <p class="no-print">
      <a class="button guide-action" href={href} data-content>
        {text}
      </a>
    </p>
  );
}

/** Call links for a next step, from the services record. */
function CallLinks({ ids, services, words: w }: { ids: readonly SupportServiceId[]; services: ServiceView[]; words: GuideWords }) {
  const phones = ids.map((id) => services.find((s) => s.id === id)).filter((s): s is ServiceView => !!s?.phone);
  return (
    <span class="guide-next-steps__calls">
      {phones.map((s) => (
        <a key={s.id} class="guide-call guide-call--small" href={`tel:${s.phone!.e164}`}>
          {w['guide.call']} {s.phone!.display}
          {s.name.includes(s.phone!.display) ? null : <span class="visually-hidden" data-content> ({s.name})</span>}
        </a>
      ))}
    </span>
  );
}

/** Services with their numbers as tel: links, from the services record. */
function Services({ ids, services, words: w }: { ids: readonly SupportServiceId[]; services: ServiceView[]; words: GuideWords }) {
  const shown = ids.map((id) => services.find((s) => s.id === id)).filter((s): s is ServiceView => s !== undefined);
  return (
    <>
      <ul class="guide-services">
        {shown.map((s) => (
          <li class="guide-services__item" key={s.id}>
            <p class="guide-services__name">
              <strong data-content>{s.name}</strong>
              {s.phone ? (
                <>
                  {' '}
                  <a class="phone-link" href={`tel:${s.phone.e164}`}>
                    <span class="visually-hidden">{w['guide.call']} </span>
                    {s.phone.display}
                  </a>
                </>
              ) : null}
            </p>
            <p data-content>{s.purpose}</p>
            {s.hours.length > 0 ? <p class="guide-services__hours" data-content>{s.hours.join('. ')}.</p> : null}
            {s.caveat ? <p class="guide-services__caveat" data-content>{s.caveat}</p> : null}
            {!s.phone && s.website ? (
              <p>
                <a href={s.website} rel="noreferrer">
                  {fill('guide.website', w['guide.website'], { name: s.name })}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {shown.some((s) => s.phone) ? <p class="guide-services__note">{w['guide.callNote']}</p> : null}
    </>
  );
}
