// The section questions files and the pages indexed as records (see pagefind.mjs). Plain
// JavaScript with no TypeScript imports, so tests can read it without a build.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const questionsDir = fileURLToPath(new URL('../content/section-questions/', import.meta.url));

/** Pages without an indexed body that search must find, with their topic filter ("site": after guidance). */
export const recordPages = {
  'check-your-situation': 'help',
  '': 'site',
  'a-to-z': 'site',
  guide: 'site',
  sources: 'site',
  search: 'site',
};

/** The questions files: slug (file name; "home" for the home page) -> parsed JSON. Throws naming a file that is not JSON. */
export function readQuestionFiles(dir = questionsDir) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = `src/content/section-questions/${name}`;
    let data;
    try {
      data = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON (${error.message})`, { cause: error });
    }
    const base = name.slice(0, -'.json'.length);
    return { file, slug: base === 'home' ? '' : base, data };
  });
}

