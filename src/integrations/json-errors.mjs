// Names the file when a JSON file the site imports (such as src/content/guide/guide.json) is
// not valid JSON. The bundler's own JSON step reports only "expected `,` or `}` at line 4
// column 5", without saying which file.
import path from 'node:path';

/**
 * The check on its own, for the Vite plugin below and for tests: throws, naming the file
 * relative to `root`, when `code` is not valid JSON.
 * @param {string} code
 * @param {string} id
 * @param {string} [root]
 */
export function checkJson(code, id, root = process.cwd()) {
  try {
    JSON.parse(code);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${path.relative(root, id.split('?')[0] ?? id)} is not valid JSON: ${reason}`, { cause: error });
  }
}

/** @returns {import('astro').AstroIntegration} */
export default function jsonErrorsIntegration() {
  return {
    name: 'spo-json-errors',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'spo-json-errors',
                enforce: 'pre',
                /** @param {string} code @param {string} id */
                transform(code, id) {
                  if (/\.json($|\?)/.test(id) && !id.includes('/node_modules/')) checkJson(code, id);
                  return null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
