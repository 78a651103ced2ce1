import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { htmlPages, loadPage, readDist } from '../support/dist';
import { visibleText } from '../support/hedges';

/**
 * The corrections from the legal review of 2026-12-01 (issue 12), read from the built pages:
 * each numbered wrong statement is absent everywhere, and the corrected one is where it belongs.
 * Facts: ../shared/facts/spo-facts.md, the bullets marked (2026-12-01).
 */

const text = (file: string) => visibleText(loadPage(file)).replace(/\s+/g, ' ');
const everyPage = htmlPages().map((file) => ({ file, text: text(file), html: readDist(file) }));

/** Visible text of the element with this id and what follows it up to the next heading of the same level. */
function section(file: string, id: string): string {
  const page = loadPage(file);
  const start = page.querySelector(`[id="${id}"]`);
  if (!start) throw new Error(`${file} has no element with id "${id}"`);
  const parts: string[] = [start.text];
  let node: HTMLElement | null = start.nextElementSibling;
  while (node && node.tagName !== start.tagName) {
    parts.push(visibleText(node));
    node = node.nextElementSibling;
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Pages (by file) whose visible text matches. */
const pagesSaying = (pattern: RegExp) => everyPage.filter((p) => pattern.test(p.text)).map((p) => p.file);

describe('legal review corrections (issue 12) on the built site', () => {
  it('1. shows Victim Support Scotland’s current number, never the 2018 one', () => {
    expect(everyPage.filter((p) => /0345 603 9213|\+443456039213|03456039213/.test(p.html)).map((p) => p.file)).toEqual([]);
    for (const file of ['getting-help/index.html', 'scotland-and-northern-ireland/index.html']) {
      expect(section(file, 'victim-support-scotland')).toContain('0800 160 1985');
    }
    // The guide's Scotland result draws its services from the record passed to the island.
    expect(readDist('check-your-situation/index.html')).toContain('+448001601985');
  });

  it('2. says who may apply for a DAPO (others need permission; 16 or over) and that breaking one is a crime', () => {
    expect(pagesSaying(/can apply for you\b|someone (?:can also )?(?:apply )?for you,? such as a friend/i)).toEqual([]);
    const dapo = section('other-protective-orders/index.html', 'domestic-abuse-protection-order');
    expect(dapo).toMatch(/if you are 16 or over/);
    expect(dapo).toMatch(/must first ask the family court for permission/);
    expect(dapo).toMatch(/Breaking it without a reasonable excuse is a crime, with up to five years in prison/);
    expect(text('helping-someone-being-stalked/index.html')).toMatch(/you first need the family court[’']s permission/);
    expect(text('other-protective-orders/index.html')).toMatch(/Anyone else, such as a friend, relative or support worker, needs the family court’s permission first/);
  });

  it('3. says a DVPO breach is not itself a crime but a civil breach, with no figure', () => {
    expect(pagesSaying(/not been able to confirm what happens/i)).toEqual([]);
    const dvpo = section('other-protective-orders/index.html', 'dvpn-dvpo');
    expect(dvpo).toMatch(/Breaking a DVPO is not a crime in itself/);
    expect(dvpo).toMatch(/civil breach/);
    expect(dvpo).not.toMatch(/Breaking a DVPO[^.]*\b(?:months?|years?|weeks?|days?)\b/);
  });

  it('4. gives the penalty and the right to be heard for a restraining order after a not guilty verdict', () => {
    expect(pagesSaying(/confirm the penalty/i)).toEqual([]);
    const acquittal = section('other-protective-orders/index.html', 'restraining-order-on-acquittal');
    expect(acquittal).toMatch(/is a crime, with up to five years in prison/);
    expect(acquittal).toMatch(/ask the court to change or end it, and you have the right to be heard/);
  });

  it('5. /about/ says truly where the facts come from', () => {
    expect(pagesSaying(/Every legal fact comes from the law itself or official guidance/i)).toEqual([]);
    expect(text('about/index.html')).toMatch(/sometimes from lawyers' and other expert writing/);
  });

  it('6. the glossary’s "interim" says it lasts for the time the court sets, or until the full case is decided', () => {
    const interim = section('glossary/index.html', 'interim');
    expect(interim).not.toMatch(/lasts until the court makes its final decision/);
    expect(interim).toMatch(/lasts for the time the court sets, or until the court decides the full case, if that comes first/);
  });

  it('7. never states firmly that 10 to 17 year olds go to a youth court', () => {
    const sentences = everyPage.flatMap((p) =>
      (p.text.match(/[^.]*\b10 to 17\b[^.]*\./g) ?? []).map((sentence) => ({ file: p.file, sentence: sentence.trim() })),
    );
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.filter((s) => !s.sentence.startsWith('We understand')), JSON.stringify(sentences)).toEqual([]);
    for (const file of ['what-is-a-stalking-protection-order/index.html', 'glossary/index.html', 'other-protective-orders/index.html']) {
      expect(text(file), file).toMatch(/We understand that if the police apply for a Stalking Protection Order against someone aged 10 to 17, the case goes to a youth court\./);
    }
  });

  it('8. says the Jemmett case was about a DVPO, whose law requires the victim’s opinion to be considered', () => {
    const agreement = section('how-to-get-a-stalking-protection-order/index.html', 'do-i-have-to-agree-to-the-order');
    expect(agreement).not.toMatch(/In a case about a similar order/);
    expect(agreement).toMatch(/Jemmett, was about a different order, a Domestic Violence Protection Order/);
    expect(agreement).toMatch(/The law on Stalking Protection Orders has no such rule/);
  });

  it('9. says there is no upper limit on how long an order lasts', () => {
    expect(pagesSaying(/not found any upper limit/i)).toEqual([]);
    expect(text('how-long-an-order-lasts/index.html')).toMatch(/There is no upper limit\./);
  });

  it('10. names the Civil Evidence Act 1995 as the basis for hearsay', () => {
    const court = section('how-to-get-a-stalking-protection-order/index.html', 'will-i-have-to-go-to-court');
    expect(court).toMatch(/the Civil Evidence Act 1995 \(section 1\) lets courts accept hearsay/);
  });

  it('11. names Scotland’s stalking offence: section 39, in force 13 December 2010, up to five years', () => {
    const scotland = section('scotland-and-northern-ireland/index.html', 'scotland');
    expect(scotland).toMatch(/section 39 of the Criminal Justice and Licensing \(Scotland\) Act 2010/);
    expect(scotland).toMatch(/since 13 December 2010/);
    expect(scotland).toMatch(/five years in prison/);
  });

  it('12. dates the Crime and Policing Act 2026 correctly and keeps the hedge on the stalking parts', () => {
    expect(pagesSaying(/first parts started on/i)).toEqual([]);
    const act = section('changes-to-the-law/index.html', 'crime-and-policing-act-2026');
    expect(act).toMatch(/became law on 29 April 2026\. Its parts come into force at different times\. Some started on that day\. More started on 29 June 2026\./);
    expect(act).toMatch(/The Act does include measures on stalking\./);
    expect(act).toMatch(/whether they are in force, is not yet confirmed/);
  });

  it('14. the Scotland page makes no unsourced claim about the helpline’s reach', () => {
    expect(pagesSaying(/gives advice to people across the UK/i)).toEqual([]);
  });

  it('14. the Scotland page is tagged as about Scotland and Northern Ireland, every other page as England and Wales', () => {
    const tags = everyPage
      .map((p) => ({ file: p.file, tag: loadPage(p.file).querySelector('.scope-tag')?.text.trim() }))
      .filter((p) => p.tag !== undefined);
    expect(tags.find((p) => p.file === 'scotland-and-northern-ireland/index.html')?.tag).toBe('About Scotland and Northern Ireland');
    expect(tags.filter((p) => p.tag !== 'Applies to England and Wales').map((p) => p.file)).toEqual([
      'scotland-and-northern-ireland/index.html',
    ]);
    expect(tags.length).toBeGreaterThan(15);
  });

  it('16. names 5 Essex Chambers by its own name everywhere', () => {
    expect(pagesSaying(/5 Essex Court/)).toEqual([]);
    expect(text('sources/index.html')).toContain('5 Essex Chambers');
  });
});

/** The pages corrected in the review, each with its change history. */
const correctedPages = [
  'about',
  'changes-to-the-law',
  'getting-help',
  'glossary',
  'helping-someone-being-stalked',
  'how-long-an-order-lasts',
  'how-to-get-a-stalking-protection-order',
  'if-the-police-say-no',
  'interim-stalking-protection-orders',
  'living-with-an-order',
  'notification-requirements',
  'other-protective-orders',
  'scotland-and-northern-ireland',
  'what-is-a-stalking-protection-order',
];

/** Pages changed for other reasons the same day, with their own change history (issue 17). */
const otherUpdatedPages = ['stalking-log'];

describe('"Updates to this page"', () => {
  it.each(correctedPages)('/%s/ lists the correction, dated, next to its review dates, and was reviewed that day', (slug) => {
    const page = loadPage(`${slug}/index.html`);
    const updates = page.querySelector('footer.page-footer section.page-updates');
    expect(updates, 'an "Updates to this page" section in the page footer').not.toBeNull();
    expect(updates!.querySelector('h2')?.text).toBe('Updates to this page');
    const entries = updates!.querySelectorAll('li');
    expect(entries.length).toBeGreaterThan(0);
    const first = entries[0]!;
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-01');
    expect(first.text).toMatch(/^1 December 2026: [A-Z].{20,}\.$/);
    const reviewed = page.querySelector('footer.page-footer .meta time');
    expect(reviewed?.getAttribute('datetime')).toBe('2026-12-01');
  });

  it('is shown only on pages that have updates', () => {
    const withUpdates = htmlPages()
      .filter((file) => loadPage(file).querySelector('section.page-updates'))
      .map((file) => file.replace(/\/index\.html$/, ''));
    expect(withUpdates.sort()).toEqual([...correctedPages, ...otherUpdatedPages].sort());
  });

  it('keeps the site’s own changes apart from the changes to the law', () => {
    const page = loadPage('changes-to-the-law/index.html');
    expect(page.querySelector('article section.page-updates')).toBeNull();
    expect(page.querySelector('article')!.text).not.toContain('Updates to this page');
  });
});
