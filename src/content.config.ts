import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { withClearYamlErrors } from './lib/frontmatter-errors';
import { guidanceFiles, guidanceSchema } from './schemas/guidance';

/**
 * Guidance pages: one MDX file each in src/content/guidance, served at /<file name>/.
 * A frontmatter YAML error stops the build naming the file and the field.
 */
const guidance = defineCollection({
  loader: withClearYamlErrors(glob({ ...guidanceFiles })),
  schema: guidanceSchema,
});

export const collections = { guidance };
