/**
 * Every page gets the interface words of its own locale, from its address (src/i18n/routing.ts):
 * `const { t, plural } = Astro.locals;` in any component it renders. It runs for each page as the
 * static build renders it, so one build can hold pages in several languages.
 */
import { defineMiddleware } from 'astro:middleware';
import { useStrings } from './i18n';
import { localeOfPath } from './i18n/routing';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, useStrings(localeOfPath(context.url.pathname)));
  return next();
});
