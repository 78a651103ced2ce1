/// <reference types="astro/client" />

declare namespace App {
  /** One locale's interface words (src/i18n/index.ts). */
  type PageStrings = import('./i18n').Strings;
  /** The page's locale and its interface words, from its address (src/middleware.ts). */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Locals extends PageStrings {}
}
