import { globSync } from 'node:fs';
import path from 'node:path';
import { guidanceFiles } from '../../src/schemas/guidance';
import { root } from './paths';

/**
 * The slug of every guidance page the content collection holds, from its files (the same
 * pattern and folder the collection's loader uses): the file name without ".mdx" is the page's
 * id and its address (/<slug>/, src/pages/[slug].astro).
 */
export function guidanceSlugs(): string[] {
  return globSync(guidanceFiles.pattern, { cwd: path.join(root, guidanceFiles.base) })
    .map((file) => file.split(path.sep).join('/').replace(/\.mdx$/, ''))
    .sort();
}
