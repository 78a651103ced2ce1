/**
 * The pseudo-locale en-XA, made from the English table: every template wrapped in ⟦ ⟧ and about a
 * third longer (vowels doubled and accented), placeholders kept. A build in this locale
 * (`npm run build:pseudo`) shows at a glance any interface word that does not come from the
 * table, and whether layouts survive longer words; test/pseudo checks both.
 */
import type { UiStrings } from './schema';

/** The brackets every pseudo-localised template is wrapped in. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const accented: Record<string, string> = { a: 'áá', e: 'éé', i: 'íí', o: 'óó', u: 'úú', A: 'ÁÁ', E: 'ÉÉ', I: 'ÍÍ', O: 'ÓÓ', U: 'ÚÚ' };

/** One template, pseudo-localised: "Exit this page" → "⟦Éé xíít thíís páágéé⟧" (placeholders untouched). */
export function pseudoTemplate(template: string): string {
  const parts = template.split(/(\{[a-zA-Z][a-zA-Z0-9]*\})/);
  const stretched = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/[aeiouAEIOU]/g, (c) => accented[c]!))).join('');
  return `${PSEUDO_OPEN}${stretched}${PSEUDO_CLOSE}`;
}

/** The whole table, pseudo-localised. */
export function pseudoLocalise(table: UiStrings): UiStrings {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') out[key] = pseudoTemplate(value);
    else if (Array.isArray(value)) out[key] = value.map(pseudoTemplate);
    else out[key] = Object.fromEntries(Object.entries(value).map(([form, text]) => [form, pseudoTemplate(text as string)]));
  }
  return out as UiStrings;
}
