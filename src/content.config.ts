import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { withClearYamlErrors } from './lib/frontmatter-errors';
import { guidanceFiles, guidanceSchema } from './schemas/guidance';
import { homeFiles, homeSchema } from './schemas/home';

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

export const collections = { guidance, home };
