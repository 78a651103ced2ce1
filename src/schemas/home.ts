import { z } from 'astro/zod';

/**
 * The home page's words: one MDX file, src/content/home/home.mdx. Its frontmatter holds what the
 * page shows before the body (the H1 and the one sentence under it) and its meta description;
 * the body is the rest of the page (the three ways in, what the site is, the danger note, the
 * three things to know, using the site safely, other places to start). src/pages/index.astro
 * holds no English of its own.
 */
export const homeSchema = z
  .object({
    /** The page's H1. */
    title: z.string().min(3),
    /** One sentence under the H1: what an order is for. */
    lede: z.string().min(3),
    /** The meta description. */
    description: z.string().min(20).max(200),
  })
  .strict();

/** Where the home page's file is, for the content collection's loader. */
export const homeFiles = { pattern: 'home.mdx', base: './src/content/home' } as const;

/** Where each other language's home page words are: src/content/translations/<locale>/home.mdx (ids "<locale>/home", lower case). */
export const homeTranslationFiles = { pattern: '*/home.mdx', base: './src/content/translations' } as const;

/** The id of the home page's entry (its file name without ".mdx"). */
export const homeEntryId = 'home';
