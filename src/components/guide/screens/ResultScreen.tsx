/**
 * The result. Its first screen on a phone holds what to do now: up to three next steps, most urgent
 * first; one button for the tool that finishes the job; and the helpline's line, open or closed on
 * the visitor's clock (with the 24-hour options while it is closed). The rest follows as short
 * sections, folded (<details>) except the signs of risk, the questions for the police (printed) and
 * the letter; then Print and Start again.
 */
import type { ComponentType, RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Answers } from '../../../machines/guide';
import type { GuideSteps } from '../../../schemas/guide';
import type { ResultBlock, ResultSection, ResultTool, composeResult } from '../../../lib/guide/render';
import { fillText, type Person } from '../../../lib/guide/text';
import { helplineNow } from '../../../lib/open-status';
import { bankHolidays } from '../../../data/bank-holidays';
import type { SupportServiceId } from '../../../data/support-services';
import type { GuideLetterBuilderProps } from '../../letters/GuideLetterBuilder';
import type { LetterWords } from '../../letters/LetterBuilder';
import type { Format } from '../../../i18n/client-format';
import type { LettersContent } from '../../../schemas/letters';
import { HEADING_ID, type GuideWords, type ServiceView } from '../shared';
import { longDateWith, weekdayWith, type Calendar } from '../../../lib/calendar';

interface Props {
  content: GuideSteps;
  words: GuideWords;
  voice: Person;
  answers: Answers;
  services: ServiceView[];
  result: ReturnType<typeof composeResult>;
  title: string;
  headingRef: RefObject<HTMLHeadingElement>;
  onRestart: () => void;
  /** Month and weekday names in the page's language, made when the page was built (src/lib/calendar.ts). */
  calendar: Calendar;
}

/** Sections shown open: the signs of risk and the letter (itself folded). The rest are folded under their headings. */
const openSections: readonly string[] = ['risk', 'letter'];

export default function ResultScreen({ content, words: w, voice, answers, services, result, title, headingRef, onRestart, calendar }: Props) {
  const screen = content.screens.result;
  // The visitor's clock, read once when the result is drawn.
  const [now] = useState(() => new Date());
  // What is printed on page 1 is folded on screen: open it for printing (print CSS shows it too, where the browser can).
  useEffect(() => {
    const open = () => document.querySelectorAll<HTMLDetailsElement>('details.guide-section--print').forEach((d) => (d.open = true));
    addEventListener('beforeprint', open);
    return () => removeEventListener('beforeprint', open);
  }, []);
  return (
    <div class="guide-result">
      <h2 id={HEADING_ID} tabIndex={-1} ref={headingRef} data-content>
        {title}
      </h2>
      <p class="guide-printed">{w.format('guide.printedOn', { date: longDateWith(calendar, now) })}</p>
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
      <Tool tool={result.tool} answers={answers} format={w.format} />
      {result.helpline ? <HelplineLine id={result.helpline} services={services} words={w} answers={answers} now={now} calendar={calendar} /> : null}
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
      {result.sections.map((section) => (
        <Section key={section.id} section={section} services={services} words={w} answers={answers} />
      ))}
      <div class="guide-restart no-print">
        <p>{w['guide.startAgainHint']}</p>
        <button type="button" class="button button--secondary" onClick={onRestart}>
          {w['guide.startAgain']}
        </button>
      </div>
    </div>
  );
}

/**
 * The one button for the tool that finishes the job: the letter builder, opening in place (its code
 * loads only now), or a link to the page that holds the tool.
 */
function Tool({ tool, answers, format }: { tool: ResultTool; answers: Answers; format: Format }) {
  if (tool.id === 'letter') {
    return (
      <div class="guide-section guide-tool no-print" data-section="letter" data-tool={tool.id}>
        <LetterSlot href={tool.href} text={tool.text} answers={answers} format={format} />
      </div>
    );
  }
  return (
    <p class="guide-tool no-print" data-tool={tool.id}>
      <a class="button guide-action" href={tool.href} data-content>
        {tool.text}
      </a>
    </p>
  );
}

/** "4pm", "9:30am": a time of day in words, from "HH:MM". */
function timeInWords(hhmm: string, w: GuideWords): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const time = `${h % 12 || 12}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
  return h < 12 ? w.format('guide.timeAm', { time }) : w.format('guide.timePm', { time });
}

/**
 * The helpline's line: open now (until when), or closed (and when it opens), on the visitor's
 * clock from the services record's hours and the bank holidays (helplineNow); while it is closed, or
 * when that cannot be said, the 24-hour options for where the person lives.
 */
function HelplineLine({ id, services, words: w, answers, now, calendar }: { id: SupportServiceId; services: ServiceView[]; words: GuideWords; answers: Answers; now: Date; calendar: Calendar }) {
  const helpline = services.find((s) => s.id === id);
  if (!helpline?.phone) return null;
  const place = answers.where ?? 'england';
  const allDay = services.filter((s) => s.outOfHours && s.phone && s.coverage?.some((nation) => nation === place) !== false);
  const status = helpline.opening ? helplineNow(helpline.opening, bankHolidays, now, allDay) : { state: 'unknown' as const, alternatives: allDay };
  const name = helpline.name;
  let line = name;
  if (status.state === 'open') line = status.closes ? w.format('guide.helplineOpen', { name, time: timeInWords(status.closes, w) }) : name;
  else if (status.state === 'closed') {
    const next = status.opensNext;
    if (!next) line = w.format('guide.helplineClosedNow', { name });
    else {
      const when = next.daysAhead === 0 ? 'today' : next.daysAhead === 1 ? 'tomorrow' : 'other';
      const day = weekdayWith(calendar, next.date);
      line = w.format('guide.helplineClosed', { name, when, time: timeInWords(next.opens, w), day });
    }
  }
  return (
    <div class="guide-helpline" data-state={status.state}>
      <p data-content>
        {line}{' '}
        <a class="phone-link" href={`tel:${helpline.phone.e164}`}>
          <span class="visually-hidden">{w['guide.call']} </span>
          {helpline.phone.display}
        </a>
      </p>
      {status.alternatives.length > 0 ? (
        <p class="guide-helpline__all-day" data-content>
          {w['guide.allDay']}{' '}
          {status.alternatives.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? '; ' : ''}
              {s.name}{' '}
              <a class="phone-link" href={`tel:${s.phone!.e164}`}>
                <span class="visually-hidden">{w['guide.call']} </span>
                {s.phone!.display}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      <p class="guide-helpline__note">{w['guide.helplineNote']}</p>
    </div>
  );
}

/** Sections that are printed, folded or not: the rest are for the screen (the printout is one page where it can be). */
const printedSections: readonly string[] = ['police-questions'];

/** One result section: open, or folded behind its heading. */
function Section(props: { section: ResultSection; services: ServiceView[]; words: GuideWords; answers: Answers }) {
  const { section } = props;
  const headingId = `guide-section-${section.id}`;
  const blocks = section.blocks.map((block, i) => <Block key={i} {...props} block={block} />);
  if (!openSections.includes(section.id)) {
    return (
      <details class={`guide-section guide-section--folded ${printedSections.includes(section.id) ? 'guide-section--print' : 'no-print'}`} data-section={section.id}>
        <summary class="guide-section__summary">
          <h3 id={headingId} tabIndex={-1} data-content>
            {section.heading}
          </h3>
        </summary>
        {blocks}
      </details>
    );
  }
  const classes = ['guide-section', section.id === 'risk' ? 'guide-section--risk' : '', printedSections.includes(section.id) ? '' : 'no-print']
    .filter(Boolean)
    .join(' ');
  return (
    <section class={classes} aria-labelledby={headingId} data-section={section.id}>
      <h3 id={headingId} tabIndex={-1} data-content>
        {section.heading}
      </h3>
      {blocks}
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
      return <LetterSlot href={block.href} text={block.text} answers={answers} format={w.format} />;
  }
}

/**
 * The letter builder's place in the result (the result's one action is the builder). Its code,
 * words and styles load with a dynamic import only when a result shows it, keeping them out of
 * the guide's first load (its interface words come as a file, fetched with the code); until then,
 * or if either cannot be loaded, the link to the builder's own page.
 */
function LetterSlot({ href, text, answers, format }: { href: string; text: string; answers: Answers; format: Format }) {
  const [builder, setBuilder] = useState<{ Builder: ComponentType<GuideLetterBuilderProps>; words: LetterWords; content: LettersContent } | null>(null);
  useEffect(() => {
    let live = true;
    import('../../letters/GuideLetterBuilder')
      .then(async (module) => {
        const [words, content] = await Promise.all([module.letterWords(module.letterWordsHref(href)), module.letterContent(module.letterContentHref(href))]);
        if (live) setBuilder({ Builder: module.default, words, content });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  if (builder) return <builder.Builder answers={answers} label={text} content={builder.content} words={builder.words} format={format} />;
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
          {/* "Police non-emergency (101)" already holds its number: no "Call 101 (… (101))". */}
          {s.name.includes(s.phone!.display) ? null : (
            <span class="visually-hidden" data-content>
              {' '}
              ({s.name})
            </span>
          )}
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
            {s.hours.length > 0 ? (
              <p class="guide-services__hours" data-content>
                {s.hours.join('. ')}.
              </p>
            ) : null}
            {s.caveat ? (
              <p class="guide-services__caveat" data-content>
                {s.caveat}
              </p>
            ) : null}
            {!s.phone && s.website ? (
              <p>
                <a href={s.website} rel="noreferrer">
                  {w.format('guide.website', { name: s.name })}
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
