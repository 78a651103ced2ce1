import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guidanceSchema } from './schemas/guidance';

/** Guidance pages: one MDX file each in src/content/guidance, served at /<file name>/. */
const guidance = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/guidance' }),
  schema: guidanceSchema,
});

export const collections = { guidance };
