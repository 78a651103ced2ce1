/**
 * The Print button (PrintButton.astro): shows its paragraph, which starts `hidden` so that nobody
 * without JavaScript meets a button that does nothing, and makes the button open the browser's
 * print dialog. Part of the page's one script (PageScripts); does nothing on a page without one.
 */
for (const paragraph of document.querySelectorAll<HTMLElement>('[data-print-page]')) {
  paragraph.hidden = false;
  paragraph.querySelector('button')?.addEventListener('click', () => window.print());
}
