import type { PageQuestions } from '../lib/search/section-questions';

/** Pages without an indexed body that search must find, by slug ("" for home), with their topic filter. */
export const recordPages: Readonly<Record<string, string>>;
/** The section questions files: slug ("" for home) and parsed JSON. */
export function readQuestionFiles(dir?: string): { file: string; slug: string; data: PageQuestions }[];
