import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { loadPage, readDist } from '../support/dist';
import { isWrapped } from '../support/pseudo-check';
import { policeForcesIn, protectiveOrdersIn, servicesIn } from '../../src/data/record-words';
import { pseudoTemplate } from '../../src/i18n/pseudo';
import { islandPropsOn } from '../support/island-props';

/**
 * The records' words come from the page's locale (src/content/records/<locale>/, through
 * src/data/record-words.ts), never from the record itself. On /en-xa/ pages, every name, purpose,
 * label, area and order cell a record gives is the en-XA word: the English word pseudo-localised.
 * The interface check (pseudo-locale.test.ts) leaves record words out (they are content, marked
 * data-content); this file checks them, where each component renders them. The numbers stay the
 * record's own.
 */
const english = servicesIn('en-GB');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The text of every element `selector` finds on an en-XA page, checked to exist. */
function textsOf(page: HTMLElement, selector: string): string[] {
  const found = page.querySelectorAll(selector).map((el) => squash(el.text));
  expect(found.length, selector).toBeGreaterThan(0);
  return found;
}
describe('record words on en-XA pages', () => {
  it('the service cards (getting help): each name, purpose, contact label and detail in en-XA, each number from the record', () => {
    const page = loadPage('en-xa/getting-help/index.html');
    for (const service of english) {
      const card = page.querySelector(`section.service-card[aria-labelledby="${service.id}"]`);
      expect(card, service.id).not.toBeNull();
      expect(squash(card!.querySelector('.service-card__name')!.text)).toBe(pseudoTemplate(service.name));
      const words = card!.querySelectorAll('[data-content]').filter((el) => !el.closest('a[href^="http"]'));
      for (const el of words) expect(isWrapped(squash(el.text)), `${service.id}: "${squash(el.text)}"`).toBe(true);
      expect(squash(card!.text)).toContain(pseudoTemplate(service.purpose));
      for (const contact of service.otherContact ?? []) expect(squash(card!.text), `${service.id} ${contact.kind}`).toContain(pseudoTemplate(contact.label));
      if (service.phone) expect(card!.querySelector(`a[href="tel:${service.phone.e164}"]`), service.id).not.toBeNull();
    }
  });

  it('the help strip and the search panels: the services named in en-XA', () => {
    const page = loadPage('en-xa/getting-help/index.html');
    for (const label of textsOf(page, '.help-strip .phone-link__label')) expect(isWrapped(label), label).toBe(true);
    expect(textsOf(page, '.help-strip .phone-link__label')[0]).toBe(pseudoTemplate('National Stalking Helpline'));
    // The search's panels are templates the page script copies: the crisis line's name and purpose, and
    // 999's silent-call advice (its first sentence), in en-XA.
    const search = readDist('en-xa/search/index.html');
    const samaritans = english.find((s) => s.id === 'samaritans')!;
    const silent = english.find((s) => s.id === 'emergency')!.otherContact!.find((c) => c.kind === 'silent-call')!;
    for (const words of [samaritans.name, samaritans.purpose, silent.detail![0]!]) {
      expect(search, words).toContain(pseudoTemplate(words));
      expect(search, words).not.toContain(words);
    }
  });

  it('the police force list: each force’s name and areas, and the list’s source, in en-XA', () => {
    const page = loadPage('en-xa/your-local-police-force/index.html');
    const { forces, source } = policeForcesIn('en-GB');
    expect(textsOf(page, '.police-forces__name')).toEqual(forces.map((f) => pseudoTemplate(f.name)));
    expect(textsOf(page, '.police-forces__areas [data-content]')).toEqual(forces.map((f) => f.areas.map((area) => pseudoTemplate(area)).join('; ')));
    expect(textsOf(page, '.police-forces__source a')).toEqual([pseudoTemplate(source.label)]);
  });

  it('the orders table: each order’s name and cells in en-XA, its figures in en-XA words', () => {
    const page = loadPage('en-xa/other-protective-orders/index.html');
    const orders = protectiveOrdersIn('en-GB');
    expect(textsOf(page, '.orders-table th[scope="row"]')).toEqual(orders.map((o) => pseudoTemplate(o.name)));
    for (const cell of textsOf(page, '.orders-table td')) expect(isWrapped(cell), cell).toBe(true);
    expect(squash(page.querySelector('.orders-table')!.text)).not.toMatch(/two years|five years/);
  });

  it('the guide’s services and the letter builder’s forces reach their islands in en-XA', () => {
    const guide = islandPropsOn(loadPage('en-xa/check-your-situation/index.html'), 'Guide') as {
      services: { id: string; name: string; phone?: { e164: string } }[];
      servicesHref: string;
    };
    expect(guide.services.length).toBeGreaterThan(5);
    // What the result shows of each service comes from the en-XA services file the island is given.
    expect(guide.servicesHref).toMatch(/^\/en-xa\/check-your-situation\/services\.json\?v=/);
    const details = JSON.parse(readDist(guide.servicesHref.split('?')[0]!.slice(1))) as { id: string; purpose: string }[];
    expect(details.map((d) => d.id)).toEqual(guide.services.map((s) => s.id));
    for (const s of guide.services) {
      const record = english.find((e) => e.id === s.id)!;
      expect(s.name, s.id).toBe(pseudoTemplate(record.name));
      expect(details.find((d) => d.id === s.id)!.purpose, s.id).toBe(pseudoTemplate(record.purpose));
      expect(s.phone?.e164, s.id).toBe(record.phone?.e164);
    }
    const letters = islandPropsOn(loadPage('en-xa/make-a-letter/index.html'), 'PageLetterBuilder') as { forces: string[] };
    expect(letters.forces).toEqual(policeForcesIn('en-GB').forces.map((f) => pseudoTemplate(f.name)));
  });

  it('the home page names the helpline in en-XA', () => {
    const home = squash(loadPage('en-xa/index.html').querySelector('main')!.text);
    expect(home).toContain(pseudoTemplate('National Stalking Helpline'));
  });
});
