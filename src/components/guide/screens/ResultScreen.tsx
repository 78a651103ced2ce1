/** The result: next steps first, then the sections, Print and Start again. */
import type { ComponentType, RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Answers } from '../../../machines/guide';
import type { GuideSteps } from '../../../schemas/guide';
import type { ResultBlock, ResultSection, composeResult } from '../../../lib/guide/render';
import type { PhoneOf } from '../../../lib/guide/phones';
import { fillText, type Person } from '../../../lib/guide/text';
import { fill } from '../../../i18n/format';
import type { SupportServiceId } from '../../../data/support-services';
import type { GuideLetterBuilderProps } from '../../letters/GuideLetterBuilder';
import type { LetterWords } from '../../letters/LetterBuilder';
import { HEADING_ID, phonesOf, type GuideWords, type ServiceView } from '../shared';

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
}

export default function ResultScreen({ content, words: w, voice, answers, services, result, title, headingRef, onRestart }: Props) {
  const screen = content.screens.result;
  return (
    <div class="guide-result">
      <h2 id={HEADING_ID} tabIndex={-1} ref={headingRef} data-content>
        {title}
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
        <button type="button" class="button button--secondary" onClick={onRestart}>
          {w['guide.startAgain']}
        </button>
      </div>
    </div>
  );
}

/**
 * The sections of the result, each a button that moves to its heading and focuses it. Buttons, not
 * links: a link's address (opened in a new tab, or copied) would carry the section's name, and which
 * sections a result has depends on the answers.
 */
function Contents({ sections, title }: { sections: ResultSection[]; title: string }) {
  return (
    <nav class="guide-contents no-print" aria-labelledby="guide-contents-title">
      <h3 id="guide-contents-title" class="guide-contents__title">
        {title}
      </h3>
      <ul class="guide-contents__list" data-content>
        {sections.map((section) => (
          <li key={section.id}>
            <button
              type="button"
              class="guide__link guide-contents__link"
              onClick={() => {
                const heading = document.getElementById(`guide-section-${section.id}`);
                heading?.focus();
                heading?.scrollIntoView();
              }}
            >
              {section.heading}
            </button>
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
    import('../../letters/GuideLetterBuilder')
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
