/**
 * What guidance pages (MDX) may import, from one place:
 * `import { PhoneLink, figures, amount, longDate } from '../../components/mdx';`
 *
 * BaseLayout imports this file too, so the styles of these components are in the one stylesheet
 * every page shares. So only components that many pages use belong here. A component used on one
 * or two pages (the service list, the orders table, the printable log and order card, the police
 * force list) is imported from its own file by those pages, and its styles ship only with them.
 */
export { default as PhoneLink } from './PhoneLink.astro';
export { default as PageLink } from './PageLink.astro';
export { legalFigures as figures, pageFigures, amount, longDate, monthYear } from '../data/legal-figures';
export { default as Confirmed } from './Confirmed.astro';
export { default as ExitExplainer } from './ExitExplainer.astro';
export { default as GlossaryTerm } from './GlossaryTerm.astro';
export { default as PhoneNote } from './PhoneNote.astro';
export { otherOrderFigures, northernIrelandFigures, scotlandFigures } from '../data/protective-orders';
