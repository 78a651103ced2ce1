/**
 * Clearer messages for YAML syntax errors in content frontmatter. Astro reports the reason
 * and the line ("bad indentation of a mapping entry", line 2) but not the field; an editor
 * needs the file and the field to fix it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shape of the YAML error Astro's MDX support throws (js-yaml's YAMLException, with `loc`). */
interface YamlError extends Error {
  reason?: string;
  loc?: { file?: string; line?: number; column?: number };
}

/** Whether an error is a YAML syntax error that says where it happened. */
export function isYamlError(error: unknown): error is YamlError & { loc: { file: string; line: number } } {
  if (!(error instanceof Error) || error.name !== 'YAMLException') return false;
  const loc = (error as YamlError).loc;
  return typeof loc?.file === 'string' && typeof loc.line === 'number';
}

/**
 * The top-level frontmatter field a line (1-based, counted in the whole file) belongs to: the
 * nearest `name:` at the start of a line, at or above it, inside the opening `---` block.
 * Undefined when YAML cannot tell (the error is above every field).
 */
export function fieldAtLine(source: string, line: number): string | undefined {
  const lines = source.split(/\r?\n/);
  const close = lines.findIndex((text, i) => i > 0 && /^---\s*$/.test(text));
  if (close !== -1 && line - 1 >= close) return undefined;
  for (let i = Math.min(line, lines.length) - 1; i > 0; i -= 1) {
    const text = lines[i]!;
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(text);
    if (key) return key[1];
  }
  return undefined;
}

/**
 * The message for a YAML error: the file (relative to `root`), the field where YAML can tell,
 * the line and column, the parser's reason, and what usually fixes it.
 */
export function describeYamlError(error: YamlError & { loc: { file: string; line: number } }, source: string, root: string): string {
  const file = path.relative(root, error.loc.file) || error.loc.file;
  const field = fieldAtLine(source, error.loc.line);
  const where = `line ${error.loc.line}${error.loc.column ? `, column ${error.loc.column}` : ''}`;
  const reason = error.reason ?? error.message;
  return [
    `${file}: the frontmatter is not valid YAML ${field ? `in the field "${field}"` : 'before the first field'} (${where}): ${reason}.`,
    'Put quotes around a value that contains ": " or " #", or starts with a special character such as [ { > | * & ! % @ `.',
  ].join(' ');
}

/** A content loader, as Astro's `glob()` returns it. */
interface Loader {
  name: string;
  load: (context: never) => Promise<void>;
}

/**
 * Wraps a content loader so a YAML syntax error in a file's frontmatter stops the build with
 * the file and the field named (the error keeps its location, so Astro still points at it).
 */
export function withClearYamlErrors<L extends Loader>(loader: L, root: string = process.cwd()): L {
  return {
    ...loader,
    load: async (context: never) => {
      try {
        await loader.load(context);
      } catch (error) {
        if (isYamlError(error)) {
          const file = error.loc.file.startsWith('file:') ? fileURLToPath(error.loc.file) : error.loc.file;
          error.message = describeYamlError(error, readFileSync(file, 'utf8'), root);
        }
        throw error;
      }
    },
  };
}
