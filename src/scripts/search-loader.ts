/**
 * The only search code a page loads up front. It reveals the search form (hidden without
 * JavaScript) and loads the real search code only when someone starts to use it: on first
 * focus of the header field, or at once on the search page (where Pagefind itself then waits
 * for the first focus of the field: see search-ui.ts).
 * The form never submits: the words stay on this page, out of the URL and history.
 */
// Built as its own self-contained file; only its address is part of this script.
import searchUiUrl from './search-ui.ts?worker&url';

type App = { run: () => Promise<void> };
type Mount = (root: HTMLElement) => App;

let ui: Promise<Mount> | undefined;
const loadUi = () =>
  (ui ??= import(/* @vite-ignore */ searchUiUrl).then(() => (globalThis as unknown as { spoSearchMount: Mount }).spoSearchMount));

for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) {
  let app: Promise<App> | undefined;
  const start = () => (app ??= loadUi().then((mount) => mount(root)));
  const form = root.querySelector('form');
  if (!form) continue;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start().then((a) => a.run());
  });
  root.hidden = false;
  if (root.dataset['search'] === 'page') void start();
  else form.addEventListener('focusin', () => void start(), { once: true });
}
