/**
 * "Usually open now" on the visitor's own clock, for each element with `data-open-now` (the help
 * strip on every page, the service list on Getting help). The status was worked out when the site
 * was built, with the one implementation (openStatus in src/lib/open-status.ts: London time, bank
 * holidays), as stretches of time with their words (openNowPayload in src/lib/opening-hours.ts);
 * this script only looks the time up (openNowAt), so no page ships the logic or the words table.
 * The element gets `data-state` ("open" or "closed", for its styles, which show it); inside it,
 * `[data-open-now-status]` gets the words, and `[data-open-now-first]` moves to the front of its
 * row while the service is closed. With nothing to say (before the first stretch, past the build's six months), nothing
 * changes: the hours the page lists stay. Checked again every minute.
 */
import type { OpenNowPayload } from '../lib/opening-hours';
import { openNowAt } from '../lib/open-now-lookup';

for (const box of document.querySelectorAll<HTMLElement>('[data-open-now]')) {
  const data = JSON.parse(box.dataset['openNow']!) as OpenNowPayload;
  const update = () => {
    const answer = openNowAt(data, Date.now());
    if (!answer) return;
    const closed = answer.state === 'closed';
    box.dataset['state'] = answer.state;
    box.querySelector('[data-open-now-status]')!.textContent = answer.words;
    for (const el of box.querySelectorAll<HTMLElement>('[data-open-now-first]')) el.parentElement![closed ? 'prepend' : 'append'](el);
  };
  update();
  setInterval(update, 60_000);
}
