import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishPathOf, localeOfFile, wordsOfFile } from '../support/page-locale';
import { english } from '../support/english';
import type { HTMLElement } from 'node-html-parser';
import { distFiles, htmlPages, loadPage, readDist, urlPathOf } from '../support/dist';
import { hedgesInBuild, visibleText } from '../support/hedges';
import { distDir, root } from '../support/paths';

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

  it('7. (replaced by issue 23, point 7) says nothing about 10 to 17 year olds', () => {
    expect(pagesSaying(/\b10 to 17\b/)).toEqual([]);
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

  it('14. the Scotland page is tagged as about Scotland and Northern Ireland, every other page as England and Wales, in each page’s language', () => {
    const tags = everyPage
      .map((p) => ({ file: p.file, tag: loadPage(p.file).querySelector('.scope-tag')?.text.trim() }))
      .filter((p) => p.tag !== undefined);
    expect(tags.find((p) => p.file === 'scotland-and-northern-ireland/index.html')?.tag).toBe('About Scotland and Northern Ireland');
    expect(tags.filter((p) => localeOfFile(p.file) === 'en-GB' && p.tag !== 'Applies to England and Wales').map((p) => p.file)).toEqual([
      'scotland-and-northern-ireland/index.html',
    ]);
    for (const { file, tag } of tags) {
      const scope = englishPathOf(urlPathOf(file)) === '/scotland-and-northern-ireland/' ? 'scotland-and-northern-ireland' : 'england-and-wales';
      expect(tag, file).toBe(wordsOfFile(file).t(`scope.${scope}`));
    }
    expect(tags.length).toBeGreaterThan(15);
  });

  it('16. names 5 Essex Chambers by its own name everywhere', () => {
    expect(pagesSaying(/5 Essex Court/)).toEqual([]);
    expect(text('sources/index.html')).toContain('5 Essex Chambers');
  });
});

/** The pages corrected in the review of 2026-12-01 (issue 12), each with its change history. */
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

/** The pages corrected in the review of 2026-12-07 (issue 23). */
const decemberSevenPages = [
  'changes-to-the-law',
  'getting-help',
  'glossary',
  'helping-someone-being-stalked',
  'how-long-an-order-lasts',
  'how-to-get-a-stalking-protection-order',
  'if-the-order-is-broken',
  'if-the-police-say-no',
  'interim-stalking-protection-orders',
  'living-with-an-order',
  'other-protective-orders',
  'scotland-and-northern-ireland',
  'what-is-a-stalking-protection-order',
  'what-is-stalking',
  'your-local-police-force',
];

/** Pages changed for other reasons, with their own change history (issue 17; privacy: the guide's Back steps, issue 24). */
const otherUpdatedPages = ['stalking-log', 'privacy'];

/** The dated entries of a page's "Updates to this page". */
function updatesOf(slug: string) {
  const page = loadPage(`${slug}/index.html`);
  const updates = page.querySelector('footer.page-footer section.page-updates');
  expect(updates, `/${slug}/: an "Updates to this page" section in the page footer`).not.toBeNull();
  expect(updates!.querySelector('h2')?.text).toBe('Updates to this page');
  return {
    entries: updates!.querySelectorAll('li').map((li) => ({ date: li.querySelector('time')?.getAttribute('datetime'), text: li.text })),
    reviewed: page.querySelector('footer.page-footer .meta time')?.getAttribute('datetime'),
  };
}

describe('"Updates to this page"', () => {
  it.each(correctedPages)('/%s/ lists the correction of 1 December 2026, dated, next to its review dates', (slug) => {
    const { entries, reviewed } = updatesOf(slug);
    const first = entries.find((e) => e.date === '2026-12-01');
    expect(first, 'an entry dated 2026-12-01').toBeDefined();
    expect(first!.text).toMatch(/^1 December 2026: [A-Z].{20,}\.$/);
    expect(reviewed! >= '2026-12-01').toBe(true);
  });

  it.each(decemberSevenPages)('/%s/ lists the correction of 7 December 2026 first, and was reviewed that day (issue 23, point 12)', (slug) => {
    const { entries, reviewed } = updatesOf(slug);
    expect(entries[0]!.date).toBe('2026-12-07');
    expect(entries[0]!.text).toMatch(/^7 December 2026: [A-Z].{20,}\.$/);
    expect(reviewed).toBe('2026-12-07');
  });

  it('is shown only on pages that have updates', () => {
    const withUpdates = htmlPages()
      .filter((file) => localeOfFile(file) === 'en-GB' && loadPage(file).querySelector('section.page-updates'))
      .map((file) => file.replace(/\/index\.html$/, ''));
    expect(withUpdates.sort()).toEqual([...new Set([...correctedPages, ...decemberSevenPages, ...otherUpdatedPages])].sort());
    // A translation shows its updates where its English page does.
    for (const file of htmlPages().filter((f) => localeOfFile(f) !== 'en-GB' && f !== '404.html')) {
      const english = englishPathOf(urlPathOf(file)).replace(/^\/|\/$/g, '');
      expect(loadPage(file).querySelector('section.page-updates') !== null, file).toBe(withUpdates.includes(english));
    }
  });

  it('keeps the site’s own changes apart from the changes to the law', () => {
    const page = loadPage('changes-to-the-law/index.html');
    expect(page.querySelector('article section.page-updates')).toBeNull();
    expect(page.querySelector('article')!.text).not.toContain('Updates to this page');
  });
});

/**
 * The corrections from the legal review of 2026-12-07 (issue 23), checked in the built pages and in
 * the words of the guide and the letter builder, both as written (src/content) and as built (dist).
 * Facts: ../shared/facts/spo-facts.md sections 13c and 13d.
 */
const wordSources = ['src/content/guide/guide.json', 'src/content/guide/guide-result.json', 'src/content/letters/letters.json'].map((file) => ({
  file,
  text: readFileSync(path.join(root, file), 'utf8'),
}));
const builtWords = [
  ...distFiles('.json').filter((f) => /^_astro\/guide\.[^/]*\.json$/.test(f)),
  'check-your-situation/result.json',
  'make-a-letter/words.json',
].map((file) => ({ file: `dist/${file}`, text: readFileSync(path.join(distDir, file), 'utf8') }));
const everyWordFile = [...wordSources, ...builtWords];
const guideResult = JSON.parse(wordSources[1]!.text) as {
  sections: { outside: Record<string, string>; 'could-help': Record<string, Record<string, string>> };
  items: { 'other-routes': Record<string, unknown> };
};

/** Word files (as written and as built) whose text matches. */
const wordFilesSaying = (pattern: RegExp) => everyWordFile.filter((w) => pattern.test(w.text)).map((w) => w.file);
/** Pages and word files whose words match: the wrong wording must be in neither. */
const anywhereSaying = (pattern: RegExp) => [...pagesSaying(pattern), ...wordFilesSaying(pattern)];

/** A service card's visible text on a page. */
const card = (file: string, id: string) => {
  const found = loadPage(file).querySelectorAll('.service-card').find((c) => c.querySelector(`[id="${id}"]`));
  if (!found) throw new Error(`${file} has no service card for ${id}`);
  return visibleText(found).replace(/\s+/g, ' ').trim();
};

describe('legal review corrections (issue 23) on the built site and in the guide’s and letters’ words', () => {
  it('finds the word files it checks, as written and as built', () => {
    expect(builtWords.map((w) => w.file)).toContain('dist/make-a-letter/words.json');
    expect(builtWords.map((w) => w.file)).toContain('dist/check-your-situation/result.json');
  });

  it('1. the Scotland and Northern Ireland results and page say the person stalking decides, with the reverse case', () => {
    for (const nation of ['scotland', 'northern-ireland'] as const) {
      const words = guideResult.sections.outside[nation]!;
      expect(words, nation).toMatch(/If they live in England or Wales, or are there or coming there, a police force there, or the British Transport Police, can apply for a Stalking Protection Order/);
      expect(words, nation).toMatch(/even though the person being stalked lives in (?:Scotland|Northern Ireland)/);
      expect(words, nation).toMatch(/If they live in (?:Scotland|Northern Ireland) and do not come to England or Wales, (?:Scotland|Northern Ireland)’s own (?:laws apply|law applies)/);
    }
    const reach = section('scotland-and-northern-ireland/index.html', 'can-the-police-in-england-or-wales-apply-for-an-order');
    expect(reach).toMatch(/It depends on where the person stalking you is, not on where you live\./);
    expect(reach).toMatch(/the police force for that area can apply for a Stalking Protection Order, even if you live in Scotland or Northern Ireland\. The British Transport Police can apply too\./);
    expect(reach).toMatch(/If the person lives in Scotland or Northern Ireland and does not come to England or Wales, no local force in England or Wales can apply\./);
    // The built guide page carries the result's words for the island.
    expect(builtWords.filter((w) => /result\.json/.test(w.file)).every((w) => w.text.includes('even though the person being stalked lives in Scotland'))).toBe(true);
  });

  it('2. says one thing about phone bills, from one table entry, wherever a helpline call’s traces are mentioned', () => {
    const sentence = "Calls are free. They should not appear on your phone bill, but they will show in your phone's call history.";
    // The old wordings: a call "shows … on the bill" (search panel), and "do not show up on phone bills" (getting help).
    expect(anywhereSaying(/call shows in your phone's call history and on the bill|(?:do|does|will) not show (?:up )?on (?:phone|your) bills?/i)).toEqual([]);
    const withSearch = everyPage.filter((p) => loadPage(p.file).querySelector('.search-none'));
    expect(withSearch.length).toBeGreaterThan(20);
    expect(english.t('phone.helplineTraces')).toBe(sentence);
    // On every page in its own language: the same table entry.
    for (const p of withSearch) expect(visibleText(loadPage(p.file).querySelector('.search-none')!).replace(/\s+/g, ' '), p.file).toContain(wordsOfFile(p.file).t('phone.helplineTraces'));
    expect(section('getting-help/index.html', 'before-you-call-your-phone-keeps-a-record')).toContain(sentence);
    // One table entry, typed nowhere else.
    const en = readFileSync(path.join(root, 'src/i18n/en.ts'), 'utf8');
    expect(en.split('should not appear on your phone bill').length - 1).toBe(1);
    expect(wordFilesSaying(/should not appear on your phone bill/)).toEqual([]);
  });

  it('3. never says DAPOs are being tried or available somewhere now; DVPOs everywhere; Cleveland from 11 March 2025; the s.5A test', () => {
    expect(anywhereSaying(/being tried|only available in|are (?:only )?available in some|as at 25 November 2025|if you live in a pilot area|dapoAreasAsAt/i)).toEqual([]);
    const dapo = section('other-protective-orders/index.html', 'domestic-abuse-protection-order');
    expect(dapo).toMatch(/It was due to end on 31 March 2026 in every pilot area\. What happened after that date is not yet confirmed\. Ask the police or a domestic abuse service whether a DAPO can be made where you live\./);
    expect(dapo).toMatch(/Cleveland \(from 11 March 2025\)/);
    expect(anywhereSaying(/5 March 2025/)).toEqual([]);
    for (const [file, id] of [
      ['glossary/index.html', 'domestic-abuse-protection-order'],
      ['if-the-police-say-no/index.html', 'are-there-orders-i-can-ask-for-myself'],
      ['helping-someone-being-stalked/index.html', undefined],
    ] as const) {
      const words = id ? section(file, id) : text(file);
      expect(words, file).toMatch(/pilot[^.]*, which was due to end on 31 March 2026/);
    }
    expect(guideResult.items['other-routes'].dapo).toBe(
      'Domestic Abuse Protection Orders began as a pilot in some areas, which was due to end on {date:dapoPilotDueToEnd}. The police or a domestic abuse service can say whether one can be made where the person being stalked lives.',
    );
    expect(anywhereSaying(/where (?:the newer )?DAPOs? (?:is|are) not (?:yet )?available/i)).toEqual([]);
    expect(section('other-protective-orders/index.html', 'dvpn-dvpo')).toMatch(/They stayed available everywhere, including in the DAPO pilot areas\./);
    const table = visibleText(loadPage('other-protective-orders/index.html').querySelector('table')!).replace(/\s+/g, ' ');
    expect(table).toMatch(/Available everywhere in England and Wales, including the DAPO pilot areas\./);
    expect(table).toMatch(/Tried in some areas in a pilot that was due to end on 31 March 2026\./);
    expect(anywhereSaying(/only has to think it is more likely than not that it is needed/i)).toEqual([]);
    const acquittal = section('other-protective-orders/index.html', 'restraining-order-on-acquittal');
    expect(acquittal).toMatch(/the court still considers an order necessary to protect someone from harassment by them/);
    expect(acquittal).toMatch(/The facts the court relies on only have to be more likely than not to be true\. Whether the order is necessary is for the court to judge\./);
  });

  it('4. explains the Sentencing Act 2026 rule and why it does not apply to breaking an order', () => {
    const broken = section('if-the-order-is-broken/index.html', 'will-the-person-go-straight-to-prison');
    expect(broken).toMatch(/Since 22 March 2026, a rule in the Sentencing Act 2026 says that a prison sentence of 12 months or less must usually be suspended\./);
    expect(broken).toMatch(/One is an offence that breaks an order of a court\. A Stalking Protection Order is a court order\. This means that, in practice, the rule does not apply to breaking one\. The court can still send the person straight to prison/);
    const changes = text('changes-to-the-law/index.html');
    expect(changes).toMatch(/Sentencing Act 2026 \(22 January 2026\)/);
    expect(changes).toMatch(/This means that, in practice, the rule does not apply to breaking one: the court can still send the person straight to prison\./);
  });

  it('5. the Victims’ Code duty since 29 January 2025, the new Code not in force, the Victims and Courts Act 2026, the jury change as a proposal', () => {
    expect(anywhereSaying(/puts? the Victims[’'] Code[^.]*into law/i)).toEqual([]);
    const changes = text('changes-to-the-law/index.html');
    expect(changes).toMatch(/Since 29 January 2025, this Act has made the police, prosecutors, courts and others give their services in line with the Code, unless they have a good reason not to\./);
    expect(changes).toMatch(/the new Code is not in force yet, so the current Code still applies/);
    expect(changes).toMatch(/Victims and Courts Act 2026 This Act gives the Victims’ Commissioner, who stands up for victims, stronger powers\./);
    const proposed = section('changes-to-the-law/index.html', 'changes-that-are-only-proposed');
    expect(proposed).toMatch(/would stop a person from choosing a Crown Court trial, with a jury, for an either-way offence/);
    expect(proposed).toMatch(/This Bill is not law\./);
    expect(section('if-the-police-say-no/index.html', 'what-are-my-rights-as-a-victim')).toMatch(/Since 29 January 2025, the law has required them to follow it unless they have a good reason not to\./);
  });

  it('6. never answers "Does it have to happen more than once?" with a plain yes; an SPO needs no number of incidents', () => {
    const answer = section('what-is-stalking/index.html', 'does-it-have-to-happen-more-than-once');
    expect(answer).toMatch(/^Does it have to happen more than once\? For the crimes of stalking, yes\./);
    expect(answer).toMatch(/For a Stalking Protection Order, the law sets no number of incidents\. So report even one\./);
    expect(anywhereSaying(/more than once\?\s*Yes\b/)).toEqual([]);
    expect(section('glossary/index.html', 'course-of-conduct')).toMatch(/A Stalking Protection Order does not: the law sets no number of incidents for it, so report even one\./);
    const once = guideResult.sections['could-help']['repeated-no']!;
    for (const [person, words] of Object.entries(once)) {
      expect(words, person).toMatch(/one incident is still worth reporting/);
      expect(words, person).toMatch(/for a Stalking Protection Order, the law sets no number of incidents/);
    }
  });

  it('7. states the youth court for under-18s, the two-year rule, no time limit and no conditional discharge, without hedges', () => {
    expect(anywhereSaying(/\b10 to 17\b|we understand/i)).toEqual([]);
    expect(text('what-is-a-stalking-protection-order/index.html')).toMatch(/If the person is under 18, the case goes to the youth court instead\./);
    expect(section('glossary/index.html', 'youth-court')).toMatch(/If the police apply for a Stalking Protection Order against someone under 18, the case goes to the youth court\./);
    expect(text('other-protective-orders/index.html')).toMatch(/Magistrates’ court, or the youth court if the person is under 18\./);
    expect(section('how-long-an-order-lasts/index.html', 'what-if-the-person-asks-for-the-order-to-be-ended')).toMatch(
      /In the first two years after the order was made, the court cannot end it unless both the person and the police agree\./,
    );
    expect(section('glossary/index.html', 'discharge')).toMatch(/It cannot do so within two years of the order being made unless both the person and the police agree\./);
    expect(section('how-to-get-a-stalking-protection-order/index.html', 'is-it-too-late-to-ask')).toMatch(/There is no time limit on the police applying\. The usual limit of six months/);
    expect(section('if-the-order-is-broken/index.html', 'what-is-the-penalty-for-breaking-the-order')).toMatch(/The court cannot give a conditional discharge/);
  });

  it('7. has no more hedges than before issue 23 (20), and none about these points', () => {
    const total = [...hedgesInBuild(distDir).values()].reduce((n, hedges) => n + hedges.length, 0);
    expect(total).toBeLessThanOrEqual(20);
    const phrases = [...hedgesInBuild(distDir).values()].flat().map((h) => h.context).join('\n');
    expect(phrases).not.toMatch(/youth court|conditional discharge|two years|time limit/i);
  });

  it('8. the helplines: 2023 hours, women’s helpline beside the men’s and LGBT+ lines, the Scottish and Northern Irish 24-hour lines first on their page, Paladin', () => {
    expect(anywhereSaying(/2015/)).toEqual([]);
    const helpline = card('getting-help/index.html', 'national-stalking-helpline');
    expect(helpline).toMatch(/Monday, Tuesday, Thursday and Friday: 9:30am to 4pm Wednesday: 1pm to 4pm Saturday and Sunday: closed Closed on bank holidays Hours confirmed April 2023\./);
    expect(card('getting-help/index.html', 'national-domestic-abuse-helpline')).toMatch(/Free support for women experiencing domestic abuse/);
    const abuse = section('getting-help/index.html', 'if-the-person-is-a-partner-ex-partner-or-family-member');
    expect(abuse).toMatch(/The National Domestic Abuse Helpline is for women\. Men can call the Men’s Advice Line\. LGBT\+ people can call Galop\./);
    const cards = loadPage('getting-help/index.html').querySelectorAll('.service-card').map((c) => c.getAttribute('aria-labelledby'));
    const at = (id: string) => cards.findIndex((c) => c?.includes(id));
    expect([at('national-domestic-abuse-helpline') + 1, at('national-domestic-abuse-helpline') + 2]).toEqual([at('mens-advice-line'), at('galop')]);
    // Men's Advice Line: no hours where the sheet dates none; Galop: hours with their date.
    expect(card('getting-help/index.html', 'mens-advice-line')).toMatch(/Opening hours Check their website for opening times\.$/);
    expect(card('getting-help/index.html', 'galop')).toMatch(/Monday to Thursday: 10am to 8:30pm Friday: 10am to 4:30pm .*Hours confirmed February 2023\./);
    // Scotland and Northern Ireland: that nation's services first on the page, 24 hours.
    const scot = loadPage('scotland-and-northern-ireland/index.html');
    expect(scot.querySelectorAll('main h2').map((h) => h.getAttribute('id')).filter((id) => id && id !== 'on-this-page').slice(0, 2)).toEqual([
      'getting-help-in-scotland',
      'getting-help-in-northern-ireland',
    ]);
    expect(scot.querySelectorAll('.service-card').map((c) => c.getAttribute('aria-labelledby'))).toEqual([
      'scotland-domestic-abuse-helpline',
      'victim-support-scotland',
      'northern-ireland-domestic-sexual-abuse-helpline',
    ]);
    expect(card('scotland-and-northern-ireland/index.html', 'scotland-domestic-abuse-helpline')).toMatch(/0800 027 1234.*Open 24 hours a day, every day/);
    expect(card('scotland-and-northern-ireland/index.html', 'northern-ireland-domestic-sexual-abuse-helpline')).toMatch(/0808 802 1414.*Open 24 hours a day, every day/);
    expect(readDist('check-your-situation/index.html')).toContain('+448000271234');
    expect(readDist('check-your-situation/index.html')).toContain('+448088021414');
    // Paladin trains advocates and refers on; the site does not say it can find one near you.
    expect(anywhereSaying(/can tell you if there is (?:one|a stalking advocate|an advocate) near you/i)).toEqual([]);
    expect(section('getting-help/index.html', 'help-with-stalking')).toMatch(/Paladin trains stalking advocates, called Independent Stalking Advocacy Caseworkers, and can refer you on\./);
  });

  it('9. lists the Ministry of Defence Police beside the British Transport Police', () => {
    const page = loadPage('your-local-police-force/index.html');
    expect(page.querySelectorAll('.police-forces__force')).toHaveLength(45);
    const national = page.querySelector('section[aria-labelledby="forces-national"]')!;
    expect(national.querySelectorAll('.police-forces__name').map((n) => n.text)).toEqual(['British Transport Police', 'Ministry of Defence Police']);
    expect(section('your-local-police-force/index.html', 'which-force-can-apply-for-an-order')).toMatch(/The British Transport Police and the Ministry of Defence Police can also apply\./);
  });

  it('10. counts the three days to notify the police from when the order is served', () => {
    expect(anywhereSaying(/of (?:the )?making of the order|within \S+ days? of being given the order/i)).toEqual([]);
    for (const file of ['interim-stalking-protection-orders/index.html', 'living-with-an-order/index.html']) {
      expect(text(file), file).toMatch(/within three days of being served with the order, which means formally given it/);
    }
    expect(text('notification-requirements/index.html')).toMatch(/The time starts on the day they are served with the order\./);
  });
});
