/**
 * The search itself, loaded only when someone starts to use search (see search-loader.ts).
 * Asks Pagefind for the typed words and their plain-word synonyms, merges the answers and
 * shows them in an accessible list. Never touches the URL, history or any storage.
 */
import synonymsFile from '../data/search-synonyms.json';
import { needsPartialQueries, partialQueries, planQueries, type PlannedQuery } from '../lib/search/expand';
import { mergeResults } from '../lib/search/merge';
import { rerank } from '../lib/search/rerank';
import { clampQuery, normaliseQuery } from '../lib/search/normalise';
import { searchStrings as t } from '../lib/search/strings';
import type {
  PagefindFilters,
  PagefindModule,
  PagefindResult,
  PagefindResultData,
  PagefindSubResult,
} from '../lib/search/pagefind-api';

/** Most pages shown for one search: fewer in the header, where the list sits above the page. */
const maxShownFor = { header: 5, page: 10 } as const;
/** How many merged results are looked at closely (title and headings) before the final order. */
const maxCandidates = 14;
/** Most matching sections listed under one page. */
const maxSections = 3;

let pagefind: Promise<PagefindModule> | undefined;

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

/** Pagefind excerpts are HTML with <mark>; readers get plain text. Parsing does not run anything. */
function plainText(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
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

function renderResult(data: PagefindResultData, headingLevel: 'h3' | 'h4'): HTMLLIElement {
  const title = data.meta['title'] || data.url;
  const link = element('a', { text: title });
  link.href = data.url;
  const item = element('li', { className: 'search-result' }, element(headingLevel, { className: 'search-result__title' }, link));
  const excerpt = plainText(data.excerpt);
  if (excerpt) item.append(element('p', { className: 'search-result__excerpt', text: excerpt }));
  // The sections that match the words best, listed in the order they come in the page.
  const weight = (s: PagefindSubResult) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  const sections = data.sub_results
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.anchor && s.url !== data.url && s.title !== title)
    .sort((a, b) => weight(b.s) - weight(a.s) || a.i - b.i)
    .slice(0, maxSections)
    .sort((a, b) => a.i - b.i)
    .map(({ s }) => s);
  if (sections.length) {
    const list = element('ul', { className: 'search-result__sections' });
    list.setAttribute('aria-label', `${t.sections}: ${title}`);
    for (const section of sections) {
      const a = element('a', { text: section.title });
      a.href = section.url;
      list.append(element('li', {}, a));
    }
    item.append(list);
  }
  return item;
}

/** A mounted search box: the header one or the one on the search page. */
export interface SearchApp {
  /** Searches for what is in the field now. */
  run: () => Promise<void>;
}

/** Connects the search UI inside `root` (marked up by SearchBox.astro) and starts loading Pagefind. */
export function mount(root: HTMLElement): SearchApp {
  const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const input = q<HTMLInputElement>('[data-search-input]')!;
  const status = q<HTMLElement>('[data-search-status]')!;
  const results = q<HTMLElement>('[data-search-results]')!;
  const list = q<HTMLOListElement>('[data-search-list]')!;
  const none = q<HTMLElement>('[data-search-none]');
  const failed = q<HTMLElement>('[data-search-failed]');
  const close = q<HTMLButtonElement>('[data-search-close]');
  const filterBoxes = [...root.querySelectorAll<HTMLInputElement>('input[data-search-filter]')];
  const variant = root.dataset['search'] === 'page' ? 'page' : 'header';
  const headingLevel = variant === 'page' ? 'h3' : 'h4';
  const maxShown = maxShownFor[variant];
  let latest = 0;
  let completed = 0;
  /** Counts finished searches on the element, so tests (and nothing else) can wait for one. */
  const done = () => {
    completed += 1;
    root.dataset['searchCompleted'] = String(completed);
  };

  // Pagefind itself (its script, wasm and index, about 90 KB) starts loading when someone is
  // about to search: at once for the header field, whose focus is what loaded this code; on the
  // search page, at the first focus of its field. A visit that never searches fetches none of it,
  // and the page is not kept busy while it opens.
  const preload = () => void loadPagefind().catch(() => undefined);
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
    list.replaceChildren();
    status.textContent = message;
    show('idle');
  };

  const run = async () => {
    const run = ++latest;
    const typed = clampQuery(input.value);
    const filters = selectedFilters();
    const hasWords = normaliseQuery(typed) !== '';
    if (!hasWords && !filters) {
      clear(t.noQuery);
      done();
      return;
    }
    const slow = window.setTimeout(() => {
      if (run === latest) status.textContent = t.searching;
    }, 400);
    try {
      const pf = await loadPagefind();
      let shown: PagefindResultData[];
      let total: number;
      if (hasWords) {
        const plan: PlannedQuery[] = planQueries(typed, synonymsFile.entries);
        const ask = (queries: PlannedQuery[]) => Promise.all(queries.map((query) => pf.search(query.text, filters ? { filters } : {})));
        const answers = await ask(plan);
        if (needsPartialQueries(plan, answers.map((answer) => answer?.results.length ?? 0))) {
          const partial = partialQueries(typed, plan);
          answers.push(...(await ask(partial)));
          plan.push(...partial);
        }
        const merged = mergeResults(
          plan.map((query, i) => ({ kind: query.kind, results: answers[i]?.results ?? [] })),
          (r: PagefindResult) => r.id,
          (r: PagefindResult) => r.score,
        );
        total = merged.length;
        merged.splice(maxCandidates);
        const data = await Promise.all(merged.map((m) => m.item.data()));
        shown = rerank(
          merged.map((m, i) => ({
            item: data[i]!,
            score: m.score,
            title: data[i]!.meta['title'] ?? '',
            headings: data[i]!.sub_results.map((s) => s.title),
            pinned: m.pinned,
          })),
          typed,
        ).slice(0, maxShown);
      } else {
        const found = (await pf.search(null, { filters: filters! }))?.results ?? [];
        total = found.length;
        shown = await Promise.all(found.slice(0, maxShown).map((r) => r.data()));
      }
      if (run !== latest) return;
      list.replaceChildren(...shown.map((data) => renderResult(data, headingLevel)));
      show(shown.length ? 'results' : 'none');
      status.textContent = [
        !total ? t.none : filters ? t.filtered(total) : total === 1 ? t.one : t.many(total),
        total > shown.length ? t.best(shown.length) : '',
      ]
        .filter(Boolean)
        .join(' ');
    } catch {
      if (run !== latest) return;
      list.replaceChildren();
      show('failed');
      status.textContent = t.failed;
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
      clear(t.closed);
      input.focus();
    });
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !close.hidden) {
        clear(t.closed);
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
