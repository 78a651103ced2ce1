/**
 * The check of the letter builder's fetched words (./words-file.ts), in a chunk loaded with a
 * dynamic import with zod, never with a page. ./shape-check comes first on purpose: it sets zod to
 * run without compiling code before the schema is built (the site's Trusted Types policy refuses
 * `new Function`).
 */
export { checkShape } from './shape-check';
export { letterWordsSchema } from '../../schemas/letters-words';
export { lettersContentSchema } from '../../schemas/letters';
