/**
 * The only search code a page loads up front. The search code itself (search-ui.ts) loads only
 * when someone starts to use search: at once on the search page (where Pagefind itself then waits
 * for the first focus of the field), or when the visitor activates the header's "Search".
 *
 * The header holds no form field until then (HeaderSearch.astro): its "Search" is a link to
 * /search/, which this script turns into a button. Activating it builds the form and field in
 * place, focused, adds the search styles, and hands the root to the search code's `mount(root)`.
 * The form never submits: the words stay on this page, out of the URL and history.
 */
// Built as their own files; only their addresses are part of this script.
import searchUiUrl from './search-ui.ts?worker&url';
import searchCssUrl from '../styles/search.css?url';

type App = { run: () => Promise<void> };
type Mount = (root: HTMLElement) => App;

let ui: Promise<Mount> | undefined;
const loadUi = () =>
  (ui ??= import(/* @vite-ignore */ searchUiUrl).then(() => (globalThis as unknown as { spoSearchMount: Mount }).spoSearchMount));

/** Connects a root that holds a search form; the search code loads on `start`. */
function connect(root: HTMLElement, form: HTMLFormElement): () => Promise<App> {
  let app: Promise<App> | undefined;
  const start = () => (app ??= loadUi().then((mount) => mount(root)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start().then((a) => a.run());
  });
  return start;
}

/** Adds the search styles once; resolves when they have loaded (or failed: the form still works). */
let styles: Promise<unknown> | undefined;
const loadStyles = () =>
  (styles ??= new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = searchCssUrl;
    link.onload = link.onerror = done;
    document.head.append(link);
  }));

for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;

for (const root of document.querySelectorAll<HTMLElement>('[data-search]')) {
  const form = root.querySelector('form');
  if (!form) continue;
  const start = connect(root, form);
  root.hidden = false;
  if (root.dataset['search'] === 'page') void start();
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-search-toggle]')) {
  const root = document.getElementById(link.dataset['searchToggle']!);
  if (!root) continue;
  // Same words, same box: the button takes the link's place without moving anything.
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.textContent = link.textContent;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', root.id);
  link.replaceWith(button);

  let input: HTMLInputElement | undefined;
  button.addEventListener('click', async () => {
    if (input && !root.hidden) {
      root.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    if (!input) {
      const { searchLabel, searchButton } = root.dataset;
      const id = `${root.id}-input`;
      root.insertAdjacentHTML(
        'afterbegin',
        `<form class="search__form" role="search" aria-label="${searchLabel}" novalidate><label class="search__label" for="${id}">${searchLabel}</label><div class="search__row"><input class="search__input" id="${id}" type="search" autocomplete="off" enterkeyhint="search" maxlength="120" data-search-input><button class="search__button" type="submit">${searchButton}</button></div></form>`,
      );
      input = root.querySelector('input')!;
      const start = connect(root, root.querySelector('form')!);
      await loadStyles();
      void start();
    }
    root.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    input.focus();
  });
}
