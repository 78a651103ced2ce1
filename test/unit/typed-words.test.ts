import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths';
import { typedWordsInAstro, typedWordsInTs, type TypedWords } from '../support/typed-words';

/**
 * Issue 18: no interface words typed into components, layouts, pages, page scripts or lib code;
 * they come from the interface table (src/i18n/en.ts), and a page's own words from its content
 * file. This reads the source, so it also sees the parts of a page marked as content
 * (`data-content`), which the pseudo-locale test (test/pseudo) leaves out of its check.
 */

/** Folders and files this check reads. */
const SCANNED = ['src/components/**/*.{astro,ts,tsx}', 'src/layouts/**/*.astro', 'src/pages/**/*.{astro,ts}', 'src/scripts/**/*.ts', 'src/lib/**/*.ts'];

/** Phrases that may stay in code, each with why no visitor sees it as interface text. */
const ALLOWED: { file: string; starts: string; why: string }[] = [
  {
    file: 'src/lib/frontmatter-errors.ts',
    starts: ': the frontmatter is not valid YAML',
    why: 'the build-time error for a content file with broken YAML: only an author running the build sees it',
  },
  { file: 'src/lib/frontmatter-errors.ts', starts: 'in the field "', why: 'part of the same build-time error' },
  { file: 'src/lib/frontmatter-errors.ts', starts: 'before the first field', why: 'part of the same build-time error' },
  { file: 'src/lib/frontmatter-errors.ts', starts: 'Put quotes around a value', why: 'part of the same build-time error: how to fix it' },
  { file: 'src/lib/translation-status.ts', starts: 'guidance pages, the source of every translation.', why: 'the report `npm run translation-status` prints for the people who maintain the site (a developer tool run in CI), never shown to visitors' },
  { file: 'src/lib/translation-status.ts', starts: 'No translations yet: the site publishes', why: 'part of the same report' },
  { file: 'src/lib/translation-status.ts', starts: 'up to date,', why: 'part of the same report' },
  { file: 'src/lib/translation-status.ts', starts: '(made from the English page of', why: 'part of the same report' },
  {
    file: 'src/lib/search/normalise.ts',
    starts: 'a an the and or',
    why: 'English stop words the search leaves out of a query: data about the language of the pages searched, never shown',
  },
  {
    file: 'src/lib/search/normalise.ts',
    starts: 'y yr r mae maen',
    why: 'Welsh stop words the search leaves out of a query (issue 29): data about the language of the pages searched, never shown',
  },
  {
    file: 'src/lib/guide/content.ts',
    starts: "the guide's questions and screens",
    why: 'names the file being checked in the build-time error for words that do not match their schema: only an author running the build sees it',
  },
  { file: 'src/lib/guide/content.ts', starts: "the guide's result", why: 'part of the same build-time error' },
  {
    file: 'src/lib/search/data-schemas.ts',
    starts: '(the whole file)',
    why: 'names the field in the build-time error for a search data file that does not match its schema: only an author running the build sees it',
  },
  { file: 'src/lib/translations.ts', starts: '" is not a locale', why: 'names the file and the field in the build-time error for a translated page that does not match the map of page pairs: only an author running the build sees it' },
  { file: 'src/lib/translations.ts', starts: '" names no English', why: 'names the file and the field in the build-time error for a translated page that does not match the map of page pairs: only an author running the build sees it' },
  { file: 'src/lib/translations.ts', starts: "'] in src/i18n/routing.ts", why: 'names the file and the field in the build-time error for a translated page that does not match the map of page pairs: only an author running the build sees it' },
  { file: 'src/lib/guide/parity.ts', starts: ': the link goes to "', why: 'the build-time error for a translated guide file whose link or list differs from the English: only an author running the build sees it' },
  { file: 'src/lib/guide/parity.ts', starts: ', the English has', why: 'part of the same build-time error' },
  { file: 'src/lib/guide/parity.ts', starts: 'items, the English has', why: 'part of the same build-time error' },
  { file: 'src/lib/translations.ts', starts: 'file also translates', why: 'names the file and the field in the build-time error for a translated page that does not match the map of page pairs: only an author running the build sees it' },
];

const files = SCANNED.flatMap((pattern) => globSync(pattern, { cwd: root }))
  .map((file) => file.split(path.sep).join('/'))
  .sort();

const typedIn = (file: string): TypedWords[] => {
  const source = readFileSync(path.join(root, file), 'utf8');
  return file.endsWith('.astro') ? typedWordsInAstro(source) : typedWordsInTs(source, file);
};
const allowed = (file: string, hit: TypedWords) => ALLOWED.some((a) => a.file === file && hit.text.startsWith(a.starts));

describe('interface words are never typed into code', () => {
  it('finds words typed into a template, a read-aloud attribute or code, and passes what no visitor sees', () => {
    const astro = (template: string, frontmatter = '') => typedWordsInAstro(`---\n${frontmatter}\n---\n${template}`).map((h) => h.text);
    expect(astro('<p>{t("a.key")}</p><span class="x y">{" "}</span>')).toEqual([]);
    expect(astro('<h2>Order details</h2>')).toEqual(['Order details']);
    expect(astro('<span>Covers: </span>')).toEqual(['Covers:']);
    expect(astro('<ul>{items.map((i) => <li>{i.name} website</li>)}</ul>')).toEqual(['website']);
    expect(astro('<nav aria-label="Main"></nav>')).toEqual(['aria-label="Main"']);
    expect(astro('<Layout description="What this site is for." />')).toEqual(['description="What this site is for."']);
    expect(astro('<a class="one two" rel="nofollow noreferrer" data-x="a b"></a>')).toEqual([]);
    expect(astro('', "const rows = [{ label: 'Who applies' }, { key: 'whoApplies' }];")).toEqual(['Who applies']);
    expect(astro('<p>{ok ? t("a") : "Not yet"}</p>')).toEqual(['Not yet']);
    expect(astro('<style>.a { content: "Some words"; }</style><script>const x = "two words";</script>')).toEqual([]);
    expect(astro('', "if (!x) throw new Error(`The services record has no ${kind} service`);")).toEqual([]);

    const code = (source: string) => typedWordsInTs(source).map((h) => h.text);
    expect(code("export const label = 'Search this site';")).toEqual(['Search this site']);
    expect(code('el.textContent = `Shift pressed ${n} times`;')).toEqual(['Shift pressed']);
    expect(code("import x from './some file';\nlink.rel = 'noopener noreferrer';\nconst key = 'search.count';")).toEqual([]);
    expect(code('class NoPart extends Error { constructor(s: string) { super(`Search: no ${s} inside the root`); } }')).toEqual([]);
    const tsx = (source: string) => typedWordsInTs(source, 'island.tsx').map((h) => h.text);
    expect(tsx("const a = <div class={open ? 'choices choices--radios' : 'hint choices__hint'} className='one two' />;")).toEqual([]);
    expect(tsx("const a = <button aria-label={open ? 'Close this' : 'Open it'}>Go on</button>;")).toEqual(['Close this', 'Open it', 'Go on']);
    expect(code("z.string().regex(/^a/, 'a site path such as /x/'); ctx.addIssue({ code: 'custom', message: 'a phrase is listed twice' });")).toEqual([]);
  });

  it('reads the folders it should', () => {
    for (const expected of ['src/components/OrderCard.astro', 'src/layouts/BaseLayout.astro', 'src/pages/index.astro', 'src/scripts/exit-this-page.ts', 'src/lib/opening-hours.ts']) {
      expect(files).toContain(expected);
    }
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('%s has no interface words typed in', (file) => {
    const typed = typedIn(file).filter((hit) => !allowed(file, hit));
    expect(typed.map((h) => `line ${h.line}: ${h.text}`), 'put these words in src/i18n/en.ts (with a description in schema.ts), or in a content file').toEqual([]);
  });

  it('each allowed phrase is still in its file, so the list holds nothing stale', () => {
    for (const entry of ALLOWED) {
      expect(typedIn(entry.file).some((hit) => hit.text.startsWith(entry.starts)), `${entry.file}: "${entry.starts}"`).toBe(true);
    }
  });
});
