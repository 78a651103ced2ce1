/**
 * Loads the guide's words at build time: validates each file against its schema and writes in
 * phone numbers from the services record ({phone:<service id>} becomes the number as people dial
 * it), so no number is ever typed into the words. The island takes the same files without the
 * schema (see ./island-words.ts); a unit test holds the two to the same result.
 */
import { z } from 'astro/zod';
import { getService, type SupportServiceId } from '../../data/support-services';
import {
  guideResultSchema,
  guideStepsSchema,
  type GuideContent,
  type GuideResult,
  type GuideStepsWords,
} from '../../schemas/guide';
import type { Locale } from '../../i18n';
import { contentLocaleOf } from '../content-locale';
import englishSteps from '../../content/guide/guide.json';
import englishResult from '../../content/guide/guide-result.json';
import { figureWordsIn } from './figures';
import { parityProblems } from './parity';
import { fillPhonesDeep, fillPhonesIn } from './phones';

/** Where the guide's words live. */
export const guideFiles = {
  steps: 'src/content/guide/guide.json',
  result: 'src/content/guide/guide-result.json',
} as const;

const phoneOf = (id: string) => getService(id as SupportServiceId).phone?.display;

/** Replaces {phone:id} in one string; throws on a service with no phone. */
export function fillPhones(text: string): string {
  return fillPhonesIn(text, phoneOf);
}

/** Validates one file's words with its schema; throws naming the file and each wrong field. */
function load<T>(schema: z.ZodType<T>, raw: unknown, source: string, what: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`${source} does not match the schema of ${what}:\n${z.prettifyError(result.error)}`);
  return fillPhonesDeep(result.data, phoneOf);
}

/** The questions' and screens' words, validated, with phone numbers filled in. */
export function loadGuideSteps(raw: unknown, source: string = guideFiles.steps): GuideStepsWords {
  return load(guideStepsSchema, raw, source, "the guide's questions and screens");
}

/** The result's words, validated, with phone numbers filled in. */
export function loadGuideResult(raw: unknown, source: string = guideFiles.result): GuideResult {
  return load(guideResultSchema, raw, source, "the guide's result");
}

/** The files a page in `locale` takes its guide words from: the English ones, or its language's own (src/lib/content-locale.ts). */
export function guideFilesIn(locale: Locale): { readonly steps: string; readonly result: string } {
  const language = contentLocaleOf(locale);
  if (language === 'en-GB') return guideFiles;
  return { steps: `src/content/translations/${language}/guide.json`, result: `src/content/translations/${language}/guide-result.json` };
}

/**
 * Every word of the guide, validated, with phone numbers filled in, and the result's legal figures
 * in words (`figures`) in the language of the words: a page in `locale` shows its language's words
 * (the pseudo-locale's are English). Throws (failing the build) when anything is missing or wrong,
 * naming the file and the path of each wrong field, or the unknown figure.
 */
export function loadGuideContent(steps: unknown, result: unknown, locale: Locale = 'en-GB'): GuideContent {
  const files = guideFilesIn(locale);
  const words = loadGuideResult(result, files.result);
  const questions = loadGuideSteps(steps, files.steps);
  if (files !== guideFiles) {
    keepsEnglish(result, englishResult, files.result);
    keepsEnglish(steps, englishSteps, files.steps);
  }
  return { ...questions, figures: figureWordsIn(words, contentLocaleOf(locale)), result: words };
}

/** Throws, naming the file and each field, where a translation drops a placeholder, changes a link or a list's length (./parity.ts). */
function keepsEnglish(translated: unknown, english: unknown, file: string): void {
  const problems = parityProblems(english, translated);
  if (problems.length > 0) throw new Error(`${file} does not keep what the English words have:\n${problems.map((problem) => `✖ ${problem}`).join('\n')}`);
}
