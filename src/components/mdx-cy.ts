/**
 * What Welsh guidance pages (src/content/translations/cy/guidance/*.mdx) import: the same components as
 * English pages (./mdx.ts), with figures and dates said in Welsh (the `cy` table's unit.* messages:
 * "dwy flynedd", "tri mis"; dates such as "2 Mai 2022").
 */
import { useStrings } from '../i18n';
import { figureWords } from '../data/legal-figures';

export { PhoneLink, PageLink, figures, pageFigures, Confirmed, ExitExplainer, GlossaryTerm, PhoneNote, otherOrderFigures, northernIrelandFigures, scotlandFigures } from './mdx';
export const { amount, longDate, monthYear } = figureWords(useStrings('cy'));
