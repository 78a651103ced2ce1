/**
 * Build time only: the services the step-by-step guide may show, in a locale, and how they reach its island.
 * What the questions need (who each service is for, its name and number) goes in the page, as the island's
 * props; the rest (what it is for, its hours, its website) is a file the island fetches with the result's
 * words once the visitor has answered a question (src/lib/guide/island-words.ts), so the page's first load
 * is lighter (about 1.2 KB gzip, in Welsh and English alike). The file is served beside the guide's page
 * (src/pages/check-your-situation/services.json.ts and its copy for each other locale), at an address
 * versioned with its text.
 */
import { useStrings, type Locale } from '../../i18n';
import { href } from '../../i18n/routing';
import { servicesIn } from '../../data/record-words';
import { hoursConfirmation } from '../opening-hours';
import { hoursShown } from '../service-view';
import { nationLines, outOfHoursOptions } from '../help-strip';
import { contentVersion } from '../content-version';
import { guideServiceOf } from './decide';
import { serviceDetailKeys, type ServiceCore, type ServiceDetails, type ServiceView } from '../../components/guide/shared';

/** Every service the record says the guide uses (a `guide` field), with its words in `locale`; no others. */
export function guideServicesIn(locale: Locale): ServiceView[] {
  const w = useStrings(locale);
  const records = servicesIn(locale);
  // The 24-hour options the help strip offers while the helpline is closed: the result's first screen
  // offers them too, and Scotland's and Northern Ireland's own to people who live there.
  const outOfHours = outOfHoursOptions(records);
  const allDayLines = [outOfHours.everywhere, outOfHours.wales, ...nationLines(records)];
  return records.flatMap((s) => (s.guide ? [s] : [])).map((s) => {
    const confirmation = hoursConfirmation(w, s);
    return {
      // The id, and the record's fields that decide where the guide shows the service (src/lib/guide/decide.ts).
      ...guideServiceOf(s),
      name: s.name,
      purpose: s.purpose,
      ...(s.phone ? { phone: { display: s.phone.display, e164: s.phone.e164 } } : {}),
      hours: hoursShown(w, s, 'list').lines,
      ...(confirmation ? { caveat: confirmation } : {}),
      ...(s.website ? { website: s.website } : {}),
      ...(s.hours.kind === 'weekly' ? { opening: s.hours } : {}),
      ...(allDayLines.includes(s) ? { outOfHours: true as const } : {}),
    };
  });
}

/** The services split in two: what the page gives the island, and each service's details for the file. */
export function splitServices(services: readonly ServiceView[]): { core: ServiceCore[]; details: ServiceDetails[] } {
  const isDetail = (key: string) => (serviceDetailKeys as readonly string[]).includes(key);
  return {
    core: services.map((s) => Object.fromEntries(Object.entries(s).filter(([key]) => !isDetail(key))) as ServiceCore),
    details: services.map((s) => ({ id: s.id, ...Object.fromEntries(Object.entries(s).filter(([key]) => isDetail(key))) }) as ServiceDetails),
  };
}

/** The file's text in a locale. */
export const serviceDetailsText = (locale: Locale): string => JSON.stringify(splitServices(guideServicesIn(locale)).details);

/** The file's address in a locale, beside the guide's page, with `?v=` and the first 12 hex digits of the SHA-256 of its text. */
export const serviceDetailsHref = (locale: Locale, text: string = serviceDetailsText(locale)): string =>
  `${href('checkYourSituation', locale)}services.json?v=${contentVersion(text)}`;
