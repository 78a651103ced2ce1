/**
 * Exit this page, enhanced (safety note, promise 4). Without JavaScript the exit links are
 * plain links; with it:
 * - a click on any `a[data-exit-this-page]` (the sticky button or the skip link) exits;
 * - pressing Shift on its own 3 times within 5 seconds exits. Shift used with another key
 *   does not count, any other key starts the count again, and progress is announced politely
 *   in the control's role="status" region and shown by a three-step indicator;
 * - exiting hides the page at once behind a blank overlay in system colours, fires
 *   `spo:exit` so stateful islands (the guide) wipe their answers, then replaces this
 *   history entry with the exit page, so Back on the next site does not return here.
 * - a page that finds itself framed by another origin hides itself the same way and shows
 *   only a link to open it in its own tab. Hosts that send public/_headers stop framing
 *   outright (frame-ancestors, X-Frame-Options); this is the fallback for hosts that cannot
 *   send headers, where only the <meta> policy applies and it cannot forbid framing.
 * No storage, no timers left behind, no inline styles (the CSP forbids them): only classes
 * and the `hidden` attribute change.
 */
import { EXIT_EVENT, EXIT_WINDOW_MS, PRESSES_TO_EXIT } from './exit-url';

// Trusted Types: this script uses no sink, so it makes no policy (src/scripts/trusted-types.ts).

const root = document.documentElement;
const overlay = document.querySelector<HTMLElement>('.exit-this-page__overlay');
const status = document.querySelector<HTMLElement>('.exit-this-page__status');
const indicator = document.querySelector<HTMLElement>('.exit-this-page__indicator');
const steps = indicator ? Array.from(indicator.children) : [];
const button = document.querySelector<HTMLAnchorElement>('a.exit-this-page__button');
// The words come from the interface table, put on the control by ExitThisPage.astro. Missing
// words must never stop the exit itself, so they fall back to saying nothing.
const words = JSON.parse(document.querySelector<HTMLElement>('.exit-this-page')?.dataset['exitStrings'] ?? '{}') as {
  leaving?: string;
  stopped?: string;
  openInOwnTab?: string;
  progress?: string[];
};

let presses = 0;
let shiftDown = false;
let otherKeyUsed = false;
let timer: ReturnType<typeof setTimeout> | undefined;

function showProgress(count: number): void {
  if (indicator) indicator.hidden = count === 0;
  steps.forEach((step, index) => step.classList.toggle('is-on', index < count));
}

function announce(text: string): void {
  if (status) status.textContent = text;
}

function reset(message = ''): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  presses = 0;
  showProgress(0);
  announce(message);
}

function exit(url: string): void {
  root.classList.add('exit-this-page--exiting');
  if (overlay) overlay.hidden = false;
  reset();
  window.dispatchEvent(new Event(EXIT_EVENT));
  location.replace(url);
}

/** Whether this page is shown inside a frame of a page from another origin. */
function framedByAnotherOrigin(): boolean {
  if (window.top === window.self) return false;
  try {
    // Reading another origin's location throws; the same origin's gives its origin.
    return window.top!.location.origin !== location.origin;
  } catch {
    return true;
  }
}

// Framed by someone else (clickjacking, or a page passing itself off as this site): hide
// everything behind the overlay and offer only a link that opens this page on its own.
if (framedByAnotherOrigin() && overlay) {
  root.classList.add('exit-this-page--exiting');
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = words.openInOwnTab ?? location.href;
  overlay.append(link);
  overlay.hidden = false;
}

document.addEventListener('click', (event) => {
  const target = event.target;
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-exit-this-page]') : null;
  if (!link) return;
  event.preventDefault();
  exit(link.href);
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Shift') {
    if (!event.repeat) {
      shiftDown = true;
      otherKeyUsed = event.ctrlKey || event.altKey || event.metaKey;
    }
    return;
  }
  otherKeyUsed = true;
  if (presses > 0) reset();
});

document.addEventListener('keyup', (event) => {
  if (event.key !== 'Shift') return;
  const counts = shiftDown && !otherKeyUsed && !event.ctrlKey && !event.altKey && !event.metaKey;
  shiftDown = false;
  if (!counts || !button) return;
  presses += 1;
  if (presses >= PRESSES_TO_EXIT) {
    announce(words.leaving ?? '');
    exit(button.href);
    return;
  }
  if (presses === 1) timer = setTimeout(() => reset(words.stopped ?? ''), EXIT_WINDOW_MS);
  showProgress(presses);
  announce(words.progress?.[presses - 1] ?? '');
});

// Coming back from the back/forward cache: start the count again from nothing.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) reset();
});
