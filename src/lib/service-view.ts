/**
 * What a service's record says about how to show it, decided from its fields only (never its id
 * or its words): the link each contact gets, the "For people in …" sentence, and whether a list
 * shows its hours and the note on how sure they are. ServiceCard.astro, PhoneLink.astro and the
 * step-by-step guide's page read these, so a new service needs one record entry and nothing else.
 */
import type { ContactKind, Nation, PhoneNumber, SupportService } from '../data/support-services';
import { hoursConfirmation, hoursInWords, listInWords, type Words } from './opening-hours';

/** The link for a number of a contact of `kind`: `sms:` for text services, `tel:` for the rest. */
export function contactHref(kind: ContactKind | 'main', phone: PhoneNumber): string {
  return `${kind === 'sms' ? 'sms' : 'tel'}:${phone.e164}`;
}

/** The number a PhoneLink shows: the main one, or the first contact of `kind` that has one. Throws, naming the service, when there is none. */
export function phoneFor(service: SupportService, kind?: ContactKind): { phone: PhoneNumber; href: string } {
  const phone = kind ? service.otherContact?.find((c) => c.kind === kind)?.phone : service.phone;
  if (!phone) throw new Error(`Service "${service.id}" has no ${kind ? `"${kind}" ` : ''}phone number`);
  return { phone, href: contactHref(kind ?? 'main', phone) };
}

/** "For people in Wales." for a service that does not serve England; undefined for one that does. */
export function coverageSentence(w: Words, coverage: readonly Nation[]): string | undefined {
  const { t } = w;
  if (coverage.includes('england')) return undefined;
  return t('service.coverage', { places: listInWords(w, coverage.map((nation) => t(`place.${nation}`))) });
}

/** Where a service is being shown: its own card on the getting-help page, or a shorter list (the guide's result). */
export type ServicePlace = 'service-card' | 'list';

/** The hours lines and the note on how sure they are, where the record says to show them. */
export function hoursShown(w: Words, service: SupportService, place: ServicePlace): { lines: string[]; confirmation?: string } {
  if (place === 'list' && service.hoursShown === 'service-card-only') return { lines: [] };
  const confirmation = hoursConfirmation(w, service);
  return { lines: hoursInWords(w, service.hours), ...(confirmation ? { confirmation } : {}) };
}

/**
 * The services for a page about `nations` (the Scotland and Northern Ireland page): first those
 * that serve only these nations (their own police, helplines and victim services), then, unless
 * `ownOnly`, those that serve them among others (UK-wide); each group in the record's order.
 * Decided from `coverage` only, so a service added to the record for a nation appears there.
 */
export function servicesForNations<T extends Pick<SupportService, 'coverage'>>(records: readonly T[], nations: readonly Nation[], ownOnly = false): T[] {
  const serves = records.filter((s) => s.coverage.some((n) => nations.includes(n)));
  const own = serves.filter((s) => s.coverage.every((n) => nations.includes(n)));
  return ownOnly ? own : [...own, ...serves.filter((s) => !own.includes(s))];
}
