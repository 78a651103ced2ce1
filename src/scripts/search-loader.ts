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
/** Served by src/pages/search.css.ts from src/styles/search.css. */
const searchCssUrl = '/search.css';

type App = { run: () => Promise<void> };
type Mount = (root: HTMLElement) => App;

let ui: Promise<Mount> | undefined;
const loadUi = () =>
  (ui ??= import(/* @vite-ignore */ searchUiUrl).then(() => (globalThis as unknown as { spoSearchMount: Mount }).spoSearchMount));

/** Connects a root that holds a search form: a submit searches; the search code loads on `start`. */
function connect(root: HTMLElement): () => Promise<App> {
  let app: Promise<App> | undefined;
  const start = () => (app ??= loadUi().then((mount) => mount(root)));
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void start().then((a) => a.run());
  });
  return start;
}

/** An element with attributes and children, built with the DOM (no HTML strings). */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

for (const note of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;

// The search page: its form is in the page, shown and connected at once.
for (const root of document.querySelectorAll<HTMLElement>('[data-search="page"]')) {
  root.hidden = false;
  void connect(root)();
}

// The header: "Search" becomes a button with the same words in the same box, so nothing moves.
const link = document.querySelector<HTMLAnchorElement>('a[data-search-toggle]');
const root = link && document.getElementById(link.dataset['searchToggle']!);
if (link && root) {
  const button = make('button', { class: link.className, 'aria-expanded': 'false', 'aria-controls': root.id }, link.textContent!);
  link.replaceWith(button);
  let input: HTMLInputElement | undefined;
  button.onclick = () => {
    const open = !input || root.hidden;
    if (!input) {
      const { searchLabel, searchButton } = root.dataset;
      const id = `${root.id}-input`;
      input = make('input', { class: 'search__input', id, type: 'search', autocomplete: 'off', enterkeyhint: 'search', maxlength: '120', 'data-search-input': '' });
      root.prepend(
        make(
          'form',
          { class: 'search__form', role: 'search', 'aria-label': searchLabel! },
          make('label', { class: 'search__label', for: id }, searchLabel!),
          make('div', { class: 'search__row' }, input, make('button', { class: 'search__button' }, searchButton!)),
        ),
      );
      // The search styles come with the field. The field is focused at once, in the same tap,
      // so that phones open the keyboard.
      document.head.append(make('link', { rel: 'stylesheet', href: searchCssUrl }));
      void connect(root)();
    }
    root.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) input!.focus();
  };
}
