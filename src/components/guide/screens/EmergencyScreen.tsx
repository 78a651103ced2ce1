/** The danger screen: the 999 control first, then what to do, then the way on. */
import type { RefObject } from 'preact';
import type { GuideSteps } from '../../../schemas/guide';
import { fillText, type Person } from '../../../lib/guide/text';
import { HEADING_ID, type GuideWords, type ServiceCore } from '../shared';

interface Props {
  content: GuideSteps;
  words: GuideWords;
  voice: Person;
  services: readonly ServiceCore[];
  headingRef: RefObject<HTMLHeadingElement>;
  onContinue: () => void;
}

export default function EmergencyScreen({ content, words: w, voice, services, headingRef, onContinue }: Props) {
  const screen = content.screens.emergency;
  // The service the record says fits danger now (999): no id is matched here.
  const emergency = services.find((sv) => sv.situations?.includes('danger-now'));
  return (
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
      <button type="button" class="button" onClick={onContinue}>
        {w['guide.safeToContinue']}
      </button>
    </div>
  );
}
