/**
 * What guidance pages (MDX) may import, from one place:
 * `import { PhoneLink, figures, amount, longDate } from '../../components/mdx';`
 */
export { default as PhoneLink } from './PhoneLink.astro';
export { legalFigures as figures, amount, longDate, numberWord } from '../data/legal-figures';
export { default as ExitExplainer } from './ExitExplainer.astro';
export { default as GlossaryTerm } from './GlossaryTerm.astro';
export { default as PhoneNote } from './PhoneNote.astro';
