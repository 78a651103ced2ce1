// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import cspFirst from './src/integrations/csp-first.mjs';
import locale404 from './src/integrations/locale-404.mjs';
import modulePreload from './src/integrations/modulepreload.mjs';
import jsonErrors from './src/integrations/json-errors.mjs';
import factDates from './src/integrations/fact-dates.mjs';
import pagefind from './src/integrations/pagefind.mjs';
import buildGate from './src/integrations/build-gate/index.ts';
import { outDir, cacheDir } from './src/integrations/paths.mjs';
import { site } from './src/data/site.ts';
import { letterWordsVersion } from './src/lib/letters/words-version.ts';
import { defaultLocale, localeSegments, publishedLocales } from './src/i18n/routing.ts';

/**
 * The site is fully static. Every page carries a strict Content Security Policy as a
 * <meta> tag, with hashes for each script and style Astro emits (see ../shared/notes/safety.md).
 * Headers that a <meta> cannot carry (frame-ancestors and the rest) live in public/_headers;
 * `npm start`, `npm run preview` and the browser tests send them too (scripts/preview.mjs).
 * Not in dev: the policy would block Vite's client there.
 */
export default defineConfig({
  site: site.origin,
  outDir,
  cacheDir,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  prefetch: false,
  devToolbar: { enabled: false },
  // cspFirst before pagefind: the policy is placed first in <head> before pages are indexed.
  // buildGate refuses what would hurt a visitor (issue 27), before the search index is built.
  // modulePreload after cspFirst: its links go right after the policy (issue 24, point 6).
  integrations: [mdx(), preact(), jsonErrors(), factDates(), locale404(), cspFirst(), modulePreload(), buildGate(), pagefind()],
  markdown: { syntaxHighlight: false },
  // One build publishes every locale (src/i18n/routing.ts): English at /, the others at /<segment>/…
  // (the pseudo-locale en-XA only in `npm run build:pseudo`). A page's locale comes from its address.
  // Typed loosely: Astro infers the default locale's type from a literal list, and this one is computed.
  i18n: /** @type {any} */ ({
    defaultLocale,
    locales: publishedLocales().map((code) => (code === defaultLocale ? code : { path: localeSegments[code], codes: [code] })),
    routing: { prefixDefaultLocale: false },
  }),
  // The letter builder's words file, versioned with its content (src/lib/letters/words-file.ts).
  vite: {
    define: {
      __SPO_LETTER_WORDS_VERSION__: JSON.stringify(letterWordsVersion(publishedLocales())),
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "manifest-src 'none'",
        "frame-src 'none'",
        "media-src 'none'",
      ],
      // No 'wasm-unsafe-eval': Pagefind compiles its wasm inside its worker, and a dedicated
      // worker takes its policy from its own response (public/_headers, which has no
      // script-src), not from this page <meta>. Search runs with 0 violations without it.
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
