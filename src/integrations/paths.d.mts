/** Folder the built site is written to, relative to the project root. */
export const outDir: string;
/** Vite/Astro cache folder for that build. */
export const cacheDir: string;
/** Folder of the pseudo-locale build, relative to the project root. */
export const pseudoOutDir: string;
