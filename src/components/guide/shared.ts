/**
 * What the guide's screens share: the island's props and words, the id of the step heading, and
 * the progress line.
 */
import { progressAt, type Answers, type QuestionId } from '../../machines/guide';
import type { GuideService } from '../../lib/guide/decide';
import type { PhoneOf } from '../../lib/guide/phones';
import type { IslandWords } from '../../i18n/islands';
import type { Format } from '../../i18n/client-format';
import type { OpeningHours, SupportServiceId } from '../../data/support-services';

/**
 * What the island needs to show a service (taken from the services record at build time). It comes in two
 * parts: the page gives the island what the questions need (`ServiceCore`: who the service is for, its name
 * and number, for the danger screen's 999 and the result's decisions; its weekly hours as data), and the rest
 * (`ServiceDetails`: what it is for, its hours in words, its website) is a file fetched with the result's words (src/lib/guide/services-file.ts), so the page's
 * first load does not carry it.
 */
export interface ServiceView extends GuideService {
  id: SupportServiceId;
  name: string;
  purpose: string;
  phone?: { display: string; e164: string };
  hours: string[];
  caveat?: string;
  website?: string;
  /** Weekly opening hours, for the result's "open now" line on the visitor's clock. */
  opening?: OpeningHours;
  /** One of the 24-hour options the help strip offers while the helpline is closed (src/lib/help-strip.ts). */
  outOfHours?: true;
}

/** The fields of a service that come with the result's words, not with the page. */
export const serviceDetailKeys = ['purpose', 'hours', 'caveat', 'website'] as const;
/** A service's fields that come with the result (fetched), with its id. */
export type ServiceDetails = Pick<ServiceView, 'id' | (typeof serviceDetailKeys)[number]>;
/** A service's fields that come with the page (the island's props). */
export type ServiceCore = Omit<ServiceView, (typeof serviceDetailKeys)[number]>;

/**
 * The guide's interface words, from the interface table (src/i18n), picked at build time, and
 * `format` for its messages with arguments: compiled in the browser (src/i18n/client-format.ts),
 * the table's own formatter when the page is built (the still copy, ./GuidePreview.tsx).
 */
export type GuideWords = IslandWords<'guide'> & { readonly format: Format };

/** Id of every step's heading (focused on each move). */
export const HEADING_ID = 'guide-step-heading';

/** The id of the page's still copy of the first question (./GuidePreview.tsx). */
export const PREVIEW_ID = 'guide-preview';

/** The numbers of the services the island was given, for the {phone:id} placeholders. */
export const phonesOf = (services: readonly ServiceCore[]): PhoneOf => (id) => services.find((s) => s.id === id)?.phone?.display;

/** "Question 3 of 8": exact for the path the answers so far take. */
export function progressText(w: GuideWords, question: QuestionId, answers: Answers): string {
  const { number, total } = progressAt(question, answers);
  return w.format('guide.progress', { number, total });
}

/**
 * An option's words. The strict schema gives every option the machine offers its words, so a
 * missing one is a defect: it stops the guide, naming the option, rather than showing a bare id.
 */
export function optionOf<T>(options: Readonly<Record<string, T>>, question: QuestionId, value: string): T {
  const option = options[value];
  if (option === undefined) throw new Error(`The guide's words have no option "${value}" for the question "${question}"`);
  return option;
}
