// ESLint (run in CI by `npm run lint`): JavaScript's and typescript-eslint's recommended rules on
// the TypeScript, the scripts and the Astro components (eslint-plugin-astro), with the type
// checker's own checks left to `npm run check` (astro check), which CI runs too.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-*/**', '.astro/**', 'node_modules/**', 'reports/**', '.stryker-tmp/**', 'test/fixtures/**/dist/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are mistakes, except a deliberately ignored one (a leading underscore).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
