/**
 * Writing the letter in Welsh (issue 29, point 5): which line the letter page shows next to its letter
 * choice. Police forces in Wales work under the Welsh Language Standards and must reply in Welsh to a letter
 * written in Welsh (/work/shared/facts/welsh-terms.md; the site never says English forces must).
 * - The Welsh page says so (`reply`).
 * - A page in another language offers the Welsh letter page (`offer`, with its address), and says the same
 *   fact, but only when the build publishes Welsh: no link to a page that is not there.
 * - Otherwise, nothing.
 */
import type { Locale } from '../../i18n';
import { href } from '../../i18n/routing';

/** The Welsh locale: the language police forces in Wales must answer in. */
export const welsh = 'cy' satisfies Locale;

export type WelshLetterLine = { kind: 'reply' } | { kind: 'offer'; href: string } | undefined;

/** The line for the letter page in `locale`, in a build publishing `published`. */
export function welshLetterLine(locale: Locale, published: readonly Locale[]): WelshLetterLine {
  if (locale === welsh) return { kind: 'reply' };
  if (!published.includes(welsh)) return undefined;
  return { kind: 'offer', href: href('makeALetter', welsh) };
}
