/**
 * The clipboard after Exit (issue 27, point 7). When the site copies something to the
 * clipboard (the letter builder's Copy), it calls markClipboardWritten(); the exit control's
 * `spo:exit` event, fired inside the click or key press that exits (the user's action is what
 * lets a page write to the clipboard), then empties it. The exit script itself stays apart (it
 * is inlined in every page and shares no module with islands). Nothing is stored: the mark is
 * the listener itself, gone with the page.
 */
const EXIT_EVENT = 'spo:exit'; // src/scripts/exit-url.ts, EXIT_EVENT (kept apart, see above)

/**
 * Empties the clipboard: synchronously first (a copy event that puts empty text), so leaving
 * the page straight after cannot cut it off; then with the asynchronous API as well, for
 * browsers that refuse the first.
 */
function clearClipboard(): void {
  const blank = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  document.addEventListener('copy', blank);
  try {
    document.execCommand('copy');
  } catch {
    // Not allowed here: the asynchronous API below is the fallback.
  }
  document.removeEventListener('copy', blank);
  navigator.clipboard?.writeText('').catch(() => undefined);
}

/** Call after this page wrote to the clipboard: Exit will empty it. */
export function markClipboardWritten(): void {
  window.removeEventListener(EXIT_EVENT, clearClipboard);
  window.addEventListener(EXIT_EVENT, clearClipboard, { once: true });
}
