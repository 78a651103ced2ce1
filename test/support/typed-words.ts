import { parse as parseAstro } from '@astrojs/compiler-rs';
import ts from 'typescript';

/**
 * Finds interface words typed straight into source code instead of coming from the interface
 * table (src/i18n/en.ts): text between an Astro template's tags, the read-aloud attributes
 * (aria-label, title, alt, placeholder), and string literals in code (an Astro file's
 * frontmatter and expressions, a .ts file) that hold a phrase of two or more words.
 *
 * Not counted, because no visitor sees them:
 * - messages of errors thrown for developers (`new Error(...)`, `super(...)` in an Error class),
 *   which stop the build or show only in a console;
 * - messages of build-time schema checks (zod's `message:` and `.regex(…, message)`), which
 *   stop the build naming the file;
 * - import and export paths, and the text of <style> and <script> elements.
 * The pseudo-locale test (test/pseudo) checks the built pages; this finder checks the source,
 * including the parts of a page marked as content (`data-content`), which that test skips.
 */

/** One typed phrase: where, and the words. */
export interface TypedWords {
  line: number;
  text: string;
}

/** Two or more words of letters: a phrase a person would read. */
const PHRASE = /\p{L}{2,}[\s\u00a0]+\p{L}{2,}/u;
/** Attributes whose values people read or hear. */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder']);
/** Attributes whose values are for the browser or scripts (classes, addresses, ids, data), never read. */
const MACHINE_ATTRIBUTES = /^(class|class:list|rel|href|id|for|type|scope|slot|src|role|content|name|sizes|lang|tabindex|is:.*|set:.*|data-.*|aria-(labelledby|describedby|controls|hidden|current|live))$/;
/** DOM properties whose values are for the browser, never read: `link.rel = 'noopener noreferrer'`. */
const MACHINE_PROPERTIES = new Set(['rel', 'className', 'type', 'href']);

const lineOf = (source: string, offset: number) => source.slice(0, offset).split('\n').length;
const short = (text: string) => text.trim().replace(/\s+/g, ' ').slice(0, 80);

/** Whether a TypeScript string node is a developer's message or a path, not interface text. */
function isForDevelopers(node: ts.Node): boolean {
  for (let at: ts.Node = node, parent = node.parent; parent; at = parent, parent = parent.parent) {
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent)) return true;
    if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
    if (ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText())) return true;
    if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.SuperKeyword) {
      const cls = ts.findAncestor(parent, ts.isClassLike);
      if (cls?.heritageClauses?.some((h) => /Error\b/.test(h.getText()))) return true;
    }
    if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && parent.expression.name.text === 'regex' && parent.arguments[1] === at) return true;
    if (ts.isPropertyAssignment(parent) && parent.initializer === at && ts.isIdentifier(parent.name) && parent.name.text === 'message') return true;
    if (ts.isBinaryExpression(parent) && parent.right === at && ts.isPropertyAccessExpression(parent.left) && MACHINE_PROPERTIES.has(parent.left.name.text)) return true;
    // A JSX attribute for the browser (class, className, href...), however its value is worked out.
    if (ts.isJsxAttribute(parent)) return MACHINE_ATTRIBUTES.test(parent.name.getText()) || MACHINE_PROPERTIES.has(parent.name.getText());
    if (ts.isStatement(parent) && !ts.isExpressionStatement(parent) && !ts.isVariableStatement(parent) && !ts.isReturnStatement(parent)) return false;
  }
  return false;
}

/** Phrases in the string literals of TypeScript `code` (offset: where the code starts in its file). */
function phrasesInCode(code: string, file: string, fullSource: string, offset: number): TypedWords[] {
  const found: TypedWords[] = [];
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const visit = (node: ts.Node) => {
    const texts: string[] = [];
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    if (ts.isTemplateExpression(node)) texts.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    if (ts.isJsxText(node)) texts.push(node.text);
    const phrase = texts.find((text) => PHRASE.test(text) || (ts.isJsxText(node) && /\p{L}/u.test(text)));
    if (phrase !== undefined && !isForDevelopers(node)) found.push({ line: lineOf(fullSource, offset + node.getStart(sourceFile)), text: short(phrase) });
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else node.templateSpans.forEach((s) => visit(s.expression));
  };
  visit(sourceFile);
  return found;
}

/** Interface words typed into a TypeScript file. */
export function typedWordsInTs(source: string, file = 'file.ts'): TypedWords[] {
  return phrasesInCode(source, file, source, 0);
}

interface AstroNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Interface words typed into an Astro component or page: template text, read-aloud attributes, phrases in code. */
export function typedWordsInAstro(source: string): TypedWords[] {
  const { ast } = parseAstro(source) as unknown as { ast: AstroNode };
  const found: TypedWords[] = [];
  /** Parts of the file that are code: [start, end, whether it is the frontmatter (statements, not an expression)]. */
  const codeRanges: [number, number, boolean][] = [];
  const visit = (value: unknown, inRawElement: boolean): void => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, inRawElement));
    if (!value || typeof value !== 'object') return;
    const node = value as AstroNode;
    if (node.type === 'AstroFrontmatter') {
      codeRanges.push([node.start, node.end, true]);
      return;
    }
    if (node.type === 'JSXElement') {
      const opening = node['openingElement'] as { name?: { name?: string } } | undefined;
      const tag = opening?.name?.name ?? '';
      if (tag === 'style' || tag === 'script') return;
    }
    if (node.type === 'JSXText' && !inRawElement && /\p{L}/u.test(source.slice(node.start, node.end))) {
      found.push({ line: lineOf(source, node.start), text: short(source.slice(node.start, node.end)) });
    }
    if (node.type === 'JSXAttribute') {
      const name = (node['name'] as { name?: string } | undefined)?.name ?? '';
      const attrValue = node['value'] as AstroNode | null;
      if (attrValue?.type === 'Literal') {
        const text = String(attrValue['value'] ?? '');
        if ((READ_ATTRIBUTES.has(name) && /\p{L}/u.test(text)) || (!MACHINE_ATTRIBUTES.test(name) && PHRASE.test(text))) {
          found.push({ line: lineOf(source, attrValue.start), text: `${name}="${short(text)}"` });
        }
      }
      if (attrValue?.type === 'JSXExpressionContainer' && !MACHINE_ATTRIBUTES.test(name)) codeRanges.push([attrValue.start + 1, attrValue.end - 1, false]);
      return;
    }
    if (node.type === 'JSXExpressionContainer') {
      const expression = node['expression'] as AstroNode | undefined;
      // An expression holding markup (a map over a list) is searched as template; one holding
      // only code is searched as code.
      if (expression && !JSON.stringify(expression).includes('"JSXElement"') && !JSON.stringify(expression).includes('"JSXFragment"')) {
        codeRanges.push([node.start + 1, node.end - 1, false]);
        return;
      }
    }
    if (node.type === 'Literal' || node.type === 'TemplateLiteral') {
      codeRanges.push([node.start, node.end, false]);
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type') visit(child, inRawElement);
  };
  visit(ast, false);
  for (const [start, end, isFrontmatter] of codeRanges) {
    const code = source.slice(start, end);
    // The frontmatter is statements (its fences blanked out); any other part is one expression.
    const hits = isFrontmatter
      ? phrasesInCode(code.replace(/^---/, '   ').replace(/---\s*$/, ''), 'frontmatter.ts', source, start)
      : phrasesInCode(`(${code}\n)`, 'part.tsx', source, start - 1);
    found.push(...hits);
  }
  return found.sort((a, b) => a.line - b.line);
}
