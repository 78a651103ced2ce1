import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { withClearYamlErrors } from './lib/frontmatter-errors';
import { guidanceFiles, guidanceSchema, translatedGuidanceSchema, translationFiles } from './schemas/guidance';
import { homeFiles, homeSchema, homeTranslationFiles } from './schemas/home';

/**
 * Guidance pages: one MDX file each in src/content/guidance, served at /<file name>/.
 * A frontmatter YAML error stops the build naming the file and the field.
 */
const guidance = defineCollection({
  loader: withClearYamlErrors(glob({ ...guidanceFiles })),
  schema: guidanceSchema,
});

/** The home page's words: one MDX file (src/content/home/home.mdx), so the page itself holds none. */
const home = defineCollection({
  loader: withClearYamlErrors(glob({ ...homeFiles })),
  schema: homeSchema,
});

/**
 * Translated guidance pages: src/content/translations/<locale>/guidance/<slug>.mdx, each naming its English page
 * (translationKey) and the version it was made from (sourceVersion). Entry ids are "<locale>/<slug>".
 */
const translations = defineCollection({
  loader: withClearYamlErrors(glob({ ...translationFiles })),
  schema: translatedGuidanceSchema,
});

/** The home page's words in each other language: src/content/translations/<locale>/home.mdx. */
const homeTranslations = defineCollection({
  loader: withClearYamlErrors(glob({ ...homeTranslationFiles })),
  schema: homeSchema,
});

export const collections = { guidance, home, translations, homeTranslations };
