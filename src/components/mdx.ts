/**
 * What guidance pages (MDX) may import, from one place:
 * `import { PhoneLink, figures, amount, longDate } from '../../components/mdx';`
 */
export { default as PhoneLink } from './PhoneLink.astro';
export { legalFigures as figures, pageFigures, amount, longDate, monthYear, numberWord } from '../data/legal-figures';
export { default as Confirmed } from './Confirmed.astro';
export { default as ExitExplainer } from './ExitExplainer.astro';
export { default as GlossaryTerm } from './GlossaryTerm.astro';
export { default as PhoneNote } from './PhoneNote.astro';
export { default as ServiceList } from './ServiceList.astro';
export { default as ServiceCard } from './ServiceCard.astro';
export { default as OrdersTable } from './OrdersTable.astro';
export { default as StalkingLog } from './StalkingLog.astro';
export { otherOrderFigures, northernIrelandFigures, scotlandFigures } from '../data/protective-orders';
