/**
 * The first question of the step-by-step guide as the page is built with it (rendered at build
 * time, no script), shown until the island's code has run. It has the working question's layout
 * (the same classes, words and boxes: a browser test holds the two to the same place on the page),
 * but no form, field or label (its button is a plain type="button"), and it is inert: nothing can be chosen or sent, so no answer can
 * reach the address bar. The island removes it before its first paint. Without JavaScript a
 * stylesheet in <noscript> hides it (public/guide-noscript.css).
 *
 * If the island has not started a few seconds after the page opened (a slow connection, or a
 * module that failed to load), the still copy gives way to what it holds as `children`: the
 * page's message, links to read the same information and a Reload link. A stylesheet does that
 * with a delayed animation (./guide-preview.css), so it needs no script: the island removes the
 * whole block when it starts, so the fallback never shows once the guide works.
 */
import type { ComponentChildren } from "preact";
import { questionIds, singleChoiceOptions } from "../../lib/guide/ids";
import type { GuideSteps } from "../../schemas/guide";
import { fillText } from "../../lib/guide/text";
import { PREVIEW_ID, progressText, type GuideWords } from "./shared";

export default function GuidePreview({
  steps,
  words,
  children,
}: {
  steps: GuideSteps;
  words: GuideWords;
  children?: ComponentChildren;
}) {
  const question = questionIds[0];
  const q = steps.questions[question];
  const options = q.options as Readonly<
    Record<string, { label: string; hint?: string }>
  >;
  return (
    <div class="guide-preview" id={PREVIEW_ID}>
      <div class="guide-preview__still" inert>
        <p class="guide-note">{words["guide.backClears"]}</p>
        <div class="guide-question">
          <div class="form-group">
            <fieldset class="fieldset">
              <legend class="fieldset__legend">
                <span class="fieldset__caption">
                  <span class="guide-progress">
                    {progressText(words, question, {})}
                  </span>
                </span>
                <h2 class="fieldset__heading" data-content>
                  {fillText(q.title, "you")}
                </h2>
              </legend>
              {q.hint ? (
                <p class="hint" data-content>
                  {fillText(q.hint, "you")}
                </p>
              ) : null}
              <div class="choices choices--radios">
                {singleChoiceOptions[question].map((v) => (
                  <div class="choices__item" key={v}>
                    <span
                      class="choices__input choices__input--still"
                      aria-hidden="true"
                    />
                    <span class="choices__label" data-content>
                      {fillText(options[v]!.label, "you")}
                    </span>
                    {options[v]!.hint ? (
                      <p class="hint choices__hint" data-content>
                        {fillText(options[v]!.hint!, "you")}
                      </p>
                    ) : null}
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="button" class="button">
            {words["guide.continue"]}
          </button>
        </div>
      </div>
      {children ? <div class="guide-preview__stalled">{children}</div> : null}
    </div>
  );
}
