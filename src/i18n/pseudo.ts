/**
 * The pseudo-locale en-XA, made from the English table: every template wrapped in ⟦ ⟧ and about a
 * third longer (vowels doubled and accented), the message's arguments and forms kept. A build in this locale
 * (`npm run build:pseudo`) shows at a glance any interface word that does not come from the
 * table, and whether layouts survive longer words; test/pseudo checks both.
 */
import type { Token } from '@messageformat/parser';
import { parseMessage } from './messages';
import type { UiStrings } from './schema';

/** The brackets every pseudo-localised template is wrapped in. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const accented: Record<string, string> = { a: 'áá', e: 'éé', i: 'íí', o: 'óó', u: 'úú', A: 'ÁÁ', E: 'ÉÉ', I: 'ÍÍ', O: 'ÓÓ', U: 'ÚÚ' };

/**
 * One message, pseudo-localised: "Exit this page" → "⟦Éé xíít thíís páágéé⟧". Only the words
 * change: the message is parsed (src/i18n/messages.ts), and only its text, in every plural or select
 * form, is stretched, so arguments, `#` and the plural and select keywords stay as they are.
 */
export function pseudoTemplate(template: string, key = 'pseudo-locale'): string {
  const spans: { start: number; end: number }[] = [];
  const collect = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'content') spans.push({ start: token.ctx.offset, end: token.ctx.offset + token.ctx.text.length });
      if ('cases' in token) for (const c of token.cases) collect(c.tokens);
    }
  };
  collect(parseMessage(key, template));
  let out = '';
  let at = 0;
  for (const { start, end } of spans.sort((a, b) => a.start - b.start)) {
    out += template.slice(at, start) + template.slice(start, end).replace(/[aeiouAEIOU]/g, (c) => accented[c]!);
    at = end;
  }
  return `${PSEUDO_OPEN}${out}${template.slice(at)}${PSEUDO_CLOSE}`;
}

/** The whole table, pseudo-localised. */
export function pseudoLocalise(table: UiStrings): UiStrings {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) out[key] = pseudoTemplate(value as string, key);
  return out as UiStrings;
}
