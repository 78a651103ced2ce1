/**
 * The search on the page, loaded only when someone starts to use search (see search-loader.ts).
 * It asks the search pipeline (src/lib/search/pipeline.ts) and draws what comes back: the 999 panel
 * when the words read as danger, the best results, "Show more results" for the rest. Never touches
 * the URL, history or any storage.
 */
// First: the Trusted Types policy, before Pagefind starts its worker.
import './trusted-types';
import type { SearchData, SearchHit, SearchOutcome, SearchRuntime } from '../lib/search/pipeline';
import { clampQuery, normaliseQuery } from '../lib/search/normalise';
import { formatWith, loadMessages, type Format } from '../i18n/client-format';
import type { SearchWordKey } from '../lib/search/strings';
import type { PagefindFilters, PagefindModule } from '../lib/search/pagefind-api';
import type { SearchPipeline } from './search-pipeline';
// Built as its own self-contained file, loaded with Pagefind; only its address is part of this script.
import pipelineUrl from './search-pipeline.ts?worker&url';

/** Best matches shown before "Show more results": five, so the first screen holds the best answers (issue 25). */
const firstShownFor = { header: 5, page: 5 } as const;

let pagefind: Promise<PagefindModule> | undefined;
let pipeline: Promise<SearchPipeline> | undefined;
const searchData = new Map<string, Promise<SearchRuntime>>();

/** Loads the page's language's search data once (src/lib/search/data-file.ts); a failed load may be tried again. */
function loadSearchData(href: string): Promise<SearchRuntime> {
  let data = searchData.get(href);
  if (!data) {
    data = fetch(href).then((response) => {
      if (!response.ok) throw new Error(`search data: ${response.status}`);
      return response.json() as Promise<SearchRuntime>;
    });
    searchData.set(href, data);
    data.catch(() => searchData.delete(href));
  }
  return data;
}

/** Loads the search pipeline once (see search-pipeline.ts). */
function loadPipeline(): Promise<SearchPipeline> {
  pipeline ??= import(/* @vite-ignore */ pipelineUrl).then(
    () => (globalThis as unknown as { spoSearchPipeline: SearchPipeline }).spoSearchPipeline,
  );
  pipeline.catch(() => {
    pipeline = undefined;
  });
  return pipeline;
}

/** Loads Pagefind once. The URL is built at run time so the bundler leaves it alone. */
function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const url = new URL(['', 'pagefind', 'pagefind.js'].join('/'), document.baseURI).href;
    const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // No highlightParam: the search words must never be added to any link.
    await module.options({ excerptLength: 26 });
    await module.init();
    return module;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = element('a', { text });
  a.href = href;
  return a;
}

function renderResult(hit: SearchHit, headingLevel: 'h3' | 'h4', sectionsLabel: (title: string) => string): HTMLLIElement {
  const item = element('li', { className: 'search-result' }, element(headingLevel, { className: 'search-result__title' }, link(hit.title, hit.url)));
  if (hit.excerpt) item.append(element('p', { className: 'search-result__excerpt', text: hit.excerpt }));
  if (hit.sections.length) {
    const list = element('ul', { className: 'search-result__sections' });
    list.setAttribute('aria-label', sectionsLabel(hit.title));
    for (const section of hit.sections) list.append(element('li', {}, link(section.title, section.url)));
    item.append(list);
  }
  return item;
}

/** Thrown when the markup mount() is given lacks a part it needs. */
export class SearchMarkupError extends Error {
  constructor(selector: string) {
    super(`Search: no ${selector} inside the search root`);
    this.name = 'SearchMarkupError';
  }
}

/** A mounted search box: the header one or the one on the search page. */
export interface SearchApp {
  /** Searches for what is in the field now. */
  run: () => Promise<void>;
}

/**
 * Connects the search UI inside `root`, which holds the form (`[data-search-input]`, optional
 * `input[data-search-filter]` boxes) and the results containers (`[data-search-status]`,
 * `[data-search-results]` with `[data-search-list]`, optional `[data-search-none]`,
 * `[data-search-failed]`, `[data-search-close]`, and the `template[data-search-danger]` of the
 * 999 panel). `data-search="page"` on the root marks the search page. Starts loading Pagefind.
 */
export function mount(root: HTMLElement): SearchApp {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  // The words come from the interface table, on the root (SearchBox.astro, HeaderSearch.astro); the
  // messages with a number or a title in them, compiled (src/i18n/client-messages.ts), load with the
  // search code on the first search.
  const table = JSON.parse(root.dataset['searchStrings'] ?? 'null') as Partial<Record<SearchWordKey, string>> | null;
  const messagesHref = root.dataset['searchMessages'];
  // The reviewed data and spelling vocabulary of the page's language (src/lib/search/data-file.ts).
  const dataHref = root.dataset['searchData'];
  const vocabularyHref = root.dataset['searchVocabulary'];
  if (!table || !messagesHref || !dataHref || !vocabularyHref) {
    throw new Error('The search root lacks its words or files (data-search-strings, data-search-messages, data-search-data, data-search-vocabulary)');
  }
  let data: SearchData | undefined;
  const words = {
    t(key: SearchWordKey): string {
      const word = table[key];
      if (word === undefined) throw new Error(`The search root was not given the interface text "${key}"`);
      return word;
    },
  };
  let format: Format = () => {
    throw new Error('The search composed a message before its messages loaded');
  };
  const sectionsLabel = (title: string) => format('search.sections', { title });
  const need = <T extends Element>(selector: string) => {
    const found = q<T>(selector);
    if (!found) throw new SearchMarkupError(selector);
    return found;
  };
  const input = need<HTMLInputElement>('[data-search-input]');
  const status = need<HTMLElement>('[data-search-status]');
  const results = need<HTMLElement>('[data-search-results]');
  const list = need<HTMLOListElement>('[data-search-list]');
  const dangerTemplate = need<HTMLTemplateElement>('template[data-search-danger]');
  const crisisTemplate = need<HTMLTemplateElement>('template[data-search-crisis]');
  const none = q<HTMLElement>('[data-search-none]');
  const failed = q<HTMLElement>('[data-search-failed]');
  const close = q<HTMLButtonElement>('[data-search-close]');
  const filterBoxes = [...root.querySelectorAll<HTMLInputElement>('input[data-search-filter]')];
  const variant = root.dataset['search'] === 'page' ? 'page' : 'header';
  const headingLevel = variant === 'page' ? 'h3' : 'h4';
  const firstShown = firstShownFor[variant];

  // The 999 panel sits above the status and the results, so on a phone it is the first thing under the
  // field; the crisis panel (Samaritans, with 999 in it) comes next, for words about suicide or self-harm.
  const panel = (template: HTMLTemplateElement) => {
    const node = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    node.hidden = true;
    status.before(node);
    return node;
  };
  const danger = panel(dangerTemplate);
  const crisis = panel(crisisTemplate);
  // Announced before the count: "In danger now? Call 999." (the words and number come from the template).
  const dangerWords = ['[data-search-danger-title]', '[data-search-danger-call]']
    .map((selector) => danger.querySelector(selector)?.textContent?.trim() ?? '')
    .join(' ');
  const dangerTitle = dangerWords.trim() ? `${dangerWords.trim().replace(/[.?!]$/, '')}.` : '';
  const crisisWords = ['[data-search-crisis-title]', '[data-search-crisis-call]']
    .map((selector) => crisis.querySelector(selector)?.textContent?.trim() ?? '')
    .join(' ')
    .trim();
  const crisisTitle = crisisWords ? `${crisisWords.replace(/[.?!]$/, '')}.` : '';
  const more = element('button', { className: 'search__more' });
  more.type = 'button';
  more.hidden = true;
  list.after(more);

  let latest = 0;
  let completed = 0;
  let shownOutcome: SearchOutcome | undefined;
  let filtered = false;
  /** Counts finished searches on the element, so tests (and nothing else) can wait for one. */
  const done = () => {
    completed += 1;
    root.dataset['searchCompleted'] = String(completed);
  };

  // Pagefind itself (its script, wasm and index, about 90 KB) starts loading when someone is
  // about to search: at once for the header field, whose focus is what loaded this code; on the
  // search page, at the first focus of its field. A visit that never searches fetches none of it,
  // and the page is not kept busy while it opens.
  const preload = () => {
    void loadPipeline().catch(() => undefined);
    void loadSearchData(dataHref).catch(() => undefined);
    void loadPagefind().catch(() => undefined);
  };
  if (variant === 'header' || root.contains(document.activeElement)) preload();
  else root.addEventListener('focusin', preload, { once: true });

  const selectedFilters = (): PagefindFilters | undefined => {
    const filters: PagefindFilters = {};
    for (const box of filterBoxes) {
      if (!box.checked) continue;
      const key = box.dataset['searchFilter']!;
      (filters[key] ??= { any: [] }).any.push(box.value);
    }
    return Object.keys(filters).length ? filters : undefined;
  };

  const show = (state: 'idle' | 'results' | 'none' | 'failed') => {
    results.hidden = state !== 'results';
    if (none) none.hidden = state !== 'none';
    if (failed) failed.hidden = state !== 'failed';
    if (close) close.hidden = state === 'idle';
  };

  const clear = (message = '') => {
    latest += 1;
    shownOutcome = undefined;
    list.replaceChildren();
    more.hidden = true;
    danger.hidden = true;
    crisis.hidden = true;
    status.textContent = message;
    show('idle');
  };

  /** Sets the status line; with a panel showing, its words go first, for screen readers only (the panel shows them). */
  const announce = (panels: { danger: boolean; crisis: boolean }, text: string) => {
    const said = [panels.danger && dangerTitle, panels.crisis && crisisTitle].filter((w): w is string => !!w);
    const prefix = said.length ? [element('span', { className: 'visually-hidden', text: `${said.join(' ')} ` })] : [];
    status.replaceChildren(...prefix, text);
  };

  /**
   * The status line says what it shows (the panels' words first when they show): "5 best matches."
   * while more are held back, "All 12 results are shown." after "Show more results", else how many
   * pages match (the words and ticked boxes, when boxes are ticked).
   */
  const describe = (outcome: SearchOutcome, shown: number) => {
    const { total } = outcome;
    const line = !total
      ? words.t('search.none')
      : outcome.results.length > shown
        ? [filtered ? format('search.filtered', { count: total }) : '', format('search.best', { count: shown })].filter(Boolean).join(' ')
        : shown > firstShown
          ? format('search.allShown', { count: shown })
          : format(filtered ? 'search.filtered' : 'search.count', { count: total });
    announce(outcome, outcome.correctedTo ? `${format('search.showingFor', { words: outcome.correctedTo })} ${line}` : line);
  };

  const draw = (outcome: SearchOutcome) => {
    shownOutcome = outcome;
    const first = outcome.results.slice(0, firstShown);
    list.replaceChildren(...first.map((hit) => renderResult(hit, headingLevel, sectionsLabel)));
    const rest = outcome.results.length - first.length;
    more.hidden = rest <= 0;
    more.textContent = rest > 0 ? format('search.more', { count: rest }) : '';
    danger.hidden = !outcome.danger;
    crisis.hidden = !outcome.crisis;
    show(outcome.results.length ? 'results' : 'none');
    describe(outcome, first.length);
  };

  more.addEventListener('click', () => {
    if (!shownOutcome) return;
    const start = list.childElementCount;
    const added = shownOutcome.results.slice(start).map((hit) => renderResult(hit, headingLevel, sectionsLabel));
    list.append(...added);
    more.hidden = true;
    describe(shownOutcome, list.childElementCount);
    // Focus goes to the first result that was not shown before, so reading carries on from there.
    added[0]?.querySelector('a')?.focus();
  });

  const run = async () => {
    const run = ++latest;
    const typed = clampQuery(input.value);
    const filters = selectedFilters();
    if (!normaliseQuery(typed) && !filters) {
      clear(words.t('search.noQuery'));
      done();
      return;
    }
    const panels = { danger: false, crisis: false };
    const slow = window.setTimeout(() => {
      if (run === latest) status.textContent = words.t('search.searching');
    }, 400);
    try {
      const [{ search, readsAsDanger, readsAsCrisis, dataFrom }, messages, runtime] = await Promise.all([
        loadPipeline(),
        loadMessages(messagesHref),
        loadSearchData(dataHref),
      ]);
      format = formatWith(messages);
      data ??= dataFrom(runtime, vocabularyHref);
      // The 999 and crisis panels need no index: they show at once, and stay if Pagefind then fails.
      panels.danger = readsAsDanger(typed, data);
      panels.crisis = readsAsCrisis(typed, data);
      danger.hidden = !panels.danger;
      crisis.hidden = !panels.crisis;
      const outcome = await search(await loadPagefind(), typed, filters, data);
      if (run !== latest) return;
      filtered = !!filters;
      draw(outcome);
    } catch {
      if (run !== latest) return;
      list.replaceChildren();
      more.hidden = true;
      show('failed');
      announce(panels, words.t('search.failed'));
    } finally {
      window.clearTimeout(slow);
      if (run === latest) done();
    }
  };

  for (const box of filterBoxes) {
    box.addEventListener('change', () => {
      if (normaliseQuery(input.value) || selectedFilters() || list.childElementCount) void run();
    });
  }

  const reset = () => {
    input.value = '';
    for (const box of filterBoxes) box.checked = false;
    clear();
  };

  if (close) {
    close.addEventListener('click', () => {
      clear(words.t('search.closed'));
      input.focus();
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !close.hidden) {
        clear(words.t('search.closed'));
        input.focus();
      }
    });
  }

  // A search is private: leave nothing in the field or on screen for the back/forward cache.
  window.addEventListener('pagehide', reset);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) reset();
  });

  return { run };
}

// This file is built on its own (see search-loader.ts), so it hands its entry point over here.
(globalThis as unknown as { spoSearchMount: typeof mount }).spoSearchMount = mount;
