import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The same rule the Astro config uses, so tests read the folder the build wrote.
import { outDir } from '../../src/integrations/paths.mjs';

/** Project root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute path of the built site. */
export const distDir = path.resolve(root, outDir);
