/**
 * The schemas words fetched in the browser are checked against, with the check itself, in one
 * chunk loaded with a dynamic import (src/lib/guide/island-words.ts, ./words-file.ts).
 *
 * ./shape-check is imported first on purpose: it sets zod to run without compiling code
 * (`jitless`) before any schema below is built, since zod decides at build of each schema
 * whether to try `new Function`, which the site's Trusted Types policy refuses.
 */
export { checkShape } from './shape-check';
export { guideResultSchema } from '../../schemas/guide';
export { letterWordsSchema } from '../../schemas/letters-words';
