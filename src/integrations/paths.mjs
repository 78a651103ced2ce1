// Where the build writes. SPO_DIST lets several builds run side by side (for example two
// people testing at once on one machine) without overwriting each other's output.
import path from 'node:path';

/** Folder the built site is written to, relative to the project root. */
export const outDir = process.env.SPO_DIST || 'dist';

/** Vite/Astro cache folder, one per output folder so parallel builds do not collide. */
export const cacheDir = path.join('node_modules', '.astro-cache', path.basename(outDir));

/**
 * Folder of the pseudo-locale build (`npm run build:pseudo`, locale en-XA), beside the normal one.
 * SPO_PSEUDO_DIST overrides it.
 */
export const pseudoOutDir = process.env.SPO_PSEUDO_DIST || `${outDir}-pseudo`;
