/**
 * The questions each page and section answers, in the words people type them ("police say its
 * civil", "he wont stop texting"): src/content/section-questions/<page-slug>.json, one file a page,
 *   { "page": ["…"], "sections": { "<h2 id>": ["…"] } }
 * They are for the search index only (src/integrations/pagefind.mjs): put after the page's H1 or
 * the section's H2 in the HTML Pagefind reads, with a weight, between two `questionsMark` words so
 * snippets never show them (snippet.ts). The built pages themselves do not carry them.
 */
import { normaliseQuery } from './normalise';

/** Most questions for one section (or one page). */
export const maxQuestions = 8;
/** Longest question, in characters. */
export const maxQuestionLength = 100;
/** Pagefind weight of the questions: above body text (1), below headings. */
export const questionsWeight = 3;
/** The word before and after a block of questions in the indexed text; no query can contain it. */
export const questionsMark = '⁂';

/** One page's questions, as written in its file. */
export interface PageQuestions {
  page?: readonly string[];
  sections?: Readonly<Record<string, readonly string[]>>;
}

/** What the built site has for a page: whether it is a guidance page, and its H2 ids. */
export interface BuiltPage {
  sectionIds: readonly string[];
}

/**
 * Checks every questions file against the built pages. Returns the problems, each naming the file
 * and the key: an unknown page or section id, an unknown field, too many or empty or overlong
 * questions, a question not written as it would be typed (no markup), and the same question (after
 * normalising) twice anywhere.
 */
export function checkQuestionFiles(
  files: readonly { file: string; slug: string; data: unknown }[],
  pages: ReadonlyMap<string, BuiltPage>,
): { message: string }[] {
  const problems: { message: string }[] = [];
  const seen = new Map<string, string>();
  const checkList = (file: string, key: string, list: unknown) => {
    if (!Array.isArray(list) || list.length === 0) {
      problems.push({ message: `${file}: ${key} must be a list of 1 to ${maxQuestions} questions` });
      return;
    }
    if (list.length > maxQuestions) problems.push({ message: `${file}: ${key} has ${list.length} questions, at most ${maxQuestions}` });
    list.forEach((question: unknown, i) => {
      const where = `${file}: ${key}[${i}]`;
      if (typeof question !== 'string' || !normaliseQuery(question)) {
        problems.push({ message: `${where} must be a question in words` });
        return;
      }
      if (question.length > maxQuestionLength) problems.push({ message: `${where} is longer than ${maxQuestionLength} characters` });
      if (/[<>{}]|⁂/.test(question)) problems.push({ message: `${where} must be plain words, without <, >, {, } or ${questionsMark}` });
      const said = normaliseQuery(question);
      const first = seen.get(said);
      if (first !== undefined) problems.push({ message: `${where} "${question}" is already listed at ${first}` });
      else seen.set(said, `${file}: ${key}[${i}]`);
    });
  };
  for (const { file, slug, data } of files) {
    const page = pages.get(slug);
    if (!page) {
      problems.push({ message: `${file}: no page /${slug}/ is built (the file name must be a page's slug)` });
      continue;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      problems.push({ message: `${file}: must be an object with "page" and/or "sections"` });
      continue;
    }
    const record = data as Record<string, unknown>;
    for (const key of Object.keys(record)) if (key !== 'page' && key !== 'sections') problems.push({ message: `${file}: unknown field "${key}" (known: page, sections)` });
    if (record['page'] !== undefined) checkList(file, 'page', record['page']);
    const sections = record['sections'];
    if (sections === undefined) continue;
    if (typeof sections !== 'object' || sections === null || Array.isArray(sections)) {
      problems.push({ message: `${file}: sections must be an object of H2 ids` });
      continue;
    }
    for (const [id, list] of Object.entries(sections)) {
      if (!page.sectionIds.includes(id)) problems.push({ message: `${file}: sections.${id}: /${slug}/ has no H2 with id "${id}"` });
      else checkList(file, `sections.${id}`, list);
    }
  }
  return problems;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The block of questions as HTML for the index: weighted, between two marks. */
export function questionsBlock(questions: readonly string[]): string {
  return `<p data-pagefind-weight="${questionsWeight}">${questionsMark} ${questions.map(escapeHtml).join('. ')} ${questionsMark}</p>`;
}

/**
 * The page's HTML with each section's questions after its H2 (and the page's after its H1), for
 * Pagefind to index with the section. Throws, naming the id, when a heading is not found.
 */
export function withQuestions(html: string, questions: PageQuestions): string {
  let out = html;
  const after = (pattern: RegExp, heading: string, id: string | undefined, list: readonly string[]) => {
    const match = pattern.exec(out);
    if (!match) throw new Error(`section questions: no ${heading}${id === undefined ? '' : ` with id "${id}"`} in the built page`);
    const end = match.index + match[0].length;
    out = `${out.slice(0, end)}${questionsBlock(list)}${out.slice(end)}`;
  };
  if (questions.page?.length) after(/<h1[\s>][\s\S]*?<\/h1>/, 'H1', undefined, questions.page);
  for (const [id, list] of Object.entries(questions.sections ?? {})) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    after(new RegExp(`<h2[^>]*\\sid="${escaped}"[^>]*>[\\s\\S]*?</h2>`), 'H2', id, list);
  }
  return out;
}

/** The H2 ids of a built page, in order. */
export function sectionIdsOf(html: string): string[] {
  return [...html.matchAll(/<h2[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
}
