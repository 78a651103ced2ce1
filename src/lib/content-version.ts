/**
 * Build time only: the version a served file's address carries (`?v=`): the first 12 hex digits of the
 * SHA-256 of its text, so a cached old file never meets new code. One rule for every such file (the
 * guide's result words, the letter builder's files, the compiled messages, the search data).
 */
import { createHash } from 'node:crypto';

export const contentVersion = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);
