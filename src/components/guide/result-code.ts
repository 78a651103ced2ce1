/**
 * The code the guide needs once the visitor has answered a question, in one chunk loaded with a
 * dynamic import (./Guide.tsx, src/lib/guide/island-words.ts): the composer of the result and the
 * check of the fetched result words and services file against their schemas. One chunk, not two, so the modules it
 * shares with the page's own code stay in one shared chunk (the page's JavaScript budget and
 * request count, bench/budgets.json).
 *
 * The check comes first on purpose: it sets zod to run without compiling code (`jitless`,
 * src/lib/letters/shape-check.ts) before the schema below is built, since zod decides when it builds
 * each schema whether to try `new Function`, which the site's Trusted Types policy refuses.
 */
export { checkShape } from '../../lib/letters/shape-check';
export { guideResultSchema } from '../../schemas/guide';
export { serviceDetailsFileSchema } from '../../schemas/guide-services';
export { composeResult } from '../../lib/guide/render';
