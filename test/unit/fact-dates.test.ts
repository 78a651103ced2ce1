import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import factDates, { checkFactDates, factsOnPages, handlesOfPage } from '../../src/integrations/fact-dates.mjs';
import { checkedFacts, knownHandles, siteWideHandles, timeBoundFacts } from '../../src/data/time-bound-facts';
import { serviceRecords } from '../../src/data/support-services';
import { legalFigures } from '../../src/data/legal-figures';
import { root } from '../support/paths';

/**
 * Facts that know when they expire (issue 23, point 11): the build stops when a page reviewed after a
 * fact's `until` shows that fact. The fixture (test/fixtures/stale-fact) holds the Domestic Abuse
 * Protection Order data as it was before issue 23, with pages reviewed on 2026-12-01.
 */

const fixture = path.join(root, 'test/fixtures/stale-fact');

/** Runs the integration's hooks as `astro build` does, on a project folder. */
async function buildStart(projectRoot: string): Promise<string[]> {
  const integration = factDates();
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:done']!({ config: { root: new URL(`file://${projectRoot}/`) }, logger });
  await hooks['astro:build:start']!({ logger });
  return logged;
}

// Each check bundles the data with esbuild (about a second, several on a busy machine).
describe('the build stops on a fact shown after it ended', { timeout: 60_000 }, () => {
  it('fails with the old DAPO data and pages reviewed on 2026-12-01, naming the fact, the page and both dates', async () => {
    const failure = buildStart(fixture);
    await expect(failure).rejects.toThrow(/fact "dapo-pilot-areas" \(as at 2025-11-25, until 2026-03-31\) is shown on \/other-protective-orders\//);
    await expect(failure).rejects.toThrow(/reviewed on 2026-12-01, after the fact's until date 2026-03-31/);
    await expect(failure).rejects.toThrow(/src\/content\/guidance\/other-protective-orders\.mdx/);
    // The page reviewed the same day that does not show the fact is not named.
    await expect(failure).rejects.not.toThrow(/what-is-stalking/);
  });

  it('passes on this project, and says how many facts and pages it checked', async () => {
    const logged = await buildStart(root);
    expect(logged.join('\n')).toMatch(/^\d+ time-bound facts checked against \d+ pages: none shown after it ended\.$/);
    const { facts, pages } = await checkFactDates(root);
    expect(facts.length).toBe(timeBoundFacts.length);
    expect(pages.length).toBeGreaterThan(20);
  });
});

describe('npm run content-status', { timeout: 60_000 }, () => {
  const run = (...args: string[]) => execFileSync(process.execPath, [path.join(root, 'scripts/content-status.mjs'), ...args], { encoding: 'utf8' });

  it('marks a fact past its until date and a page past its review due date, oldest first, with the facts each page shows', () => {
    const lines = run(fixture).split('\n');
    expect(lines[0]).toMatch(/^Content status on \d{4}-\d{2}-\d{2}\. A maintainer runs this once a month/);
    expect(lines).toContain(' ! 2025-11-25  2026-03-31  dapo-pilot-areas                            /other-protective-orders/');
    const start = lines.findIndex((l) => l.startsWith('Guidance pages, oldest review first.'));
    const pages = lines.slice(start + 2, lines.indexOf('', start));
    expect(pages.map((l) => l.slice(0, 3) + l.slice(27).trim().split(/\s+/)[0])).toEqual([' ! /what-is-stalking/', '   /other-protective-orders/']);
    expect(lines.at(-2)).toBe('1 facts (1 past until), 2 pages (1 past review due).');
  });

  it('lists every fact of this project, oldest confirmation first, and every guidance page', () => {
    const out = run();
    const factLines = out.split('\n').filter((l) => /^ (?:!| ) (?:\d{4}(?:-\d{2}){0,2})\s+(?:-|\d{4}-\d{2}-\d{2})\s+[a-z0-9-]+\s/.test(l));
    const asAt = factLines.slice(0, timeBoundFacts.length).map((l) => l.slice(3, 13).trim());
    expect(asAt).toEqual([...asAt].sort());
    for (const fact of timeBoundFacts) expect(out).toContain(` ${fact.id} `);
    expect(out).toMatch(/\/getting-help\/ +hours-national-stalking-helpline/);
    expect(out).toMatch(new RegExp(`${timeBoundFacts.length} facts \\(0 past until\\), \\d+ pages`));
  });
});

describe('which facts a page shows', () => {
  const fact = { id: 'pilot', asAt: '2025-11-25', until: '2026-03-31', shownBy: ['figure:pilotAreas', 'order:dapo'] };
  const page = (lastReviewed: string, handles: string[]) => ({ file: 'x.mdx', page: '/x/', lastReviewed, reviewDue: undefined, handles });

  it('is stale only when the page was reviewed after the until date, and the page shows the fact', () => {
    expect(factsOnPages([fact], [page('2026-04-01', ['figure:pilotAreas'])]).stale).toHaveLength(1);
    expect(factsOnPages([fact], [page('2026-03-31', ['figure:pilotAreas'])]).stale).toEqual([]);
    expect(factsOnPages([fact], [page('2026-12-01', ['figure:other'])]).stale).toEqual([]);
    const { until: _ended, ...noEnd } = fact;
    expect(factsOnPages([noEnd], [page('2026-12-01', ['figure:pilotAreas'])]).stale).toEqual([]);
  });

  it('counts a list of every record of a kind ("order:*") as showing each of them', () => {
    expect(factsOnPages([fact], [page('2026-12-01', ['order:*'])]).stale).toHaveLength(1);
    expect(factsOnPages([fact], [page('2026-12-01', ['service:*'])]).stale).toEqual([]);
  });

  it('reads figures (through any name they are imported as), components and their attributes', () => {
    const mdx = [
      '---',
      'title: x',
      '---',
      "import { PhoneLink, PhoneNote, Confirmed, amount, longDate, otherOrderFigures } from '../../components/mdx';",
      "import { victimsRightsFigures as rights } from '../../data/victims-rights';",
      "import ServiceList from '../../components/ServiceList.astro';",
      "import OrdersTable from '../../components/OrdersTable.astro';",
      '',
      'Due to end on {longDate(otherOrderFigures.dapoPilotDueToEnd)}, within {amount(rights.reviewRequestMonths, "month")}.',
      '<PhoneLink service="galop" /> <PhoneNote kind="helpline" /> <Confirmed point="dapo-after-pilot" />',
      "<ServiceList services={['mens-advice-line', 'victim-support']} openNowFor=\"victim-support\" />",
      '<OrdersTable />',
    ].join('\n');
    expect(handlesOfPage(mdx, 'x.mdx')).toEqual(
      [
        'figure:dapoPilotDueToEnd',
        'figure:reviewRequestMonths',
        'service:galop',
        'service:national-stalking-helpline',
        'point:dapo-after-pilot',
        'service:mens-advice-line',
        'service:victim-support',
        'order:*',
      ].sort(),
    );
    expect(handlesOfPage("import ServiceList from '../../components/ServiceList.astro';\n\n<ServiceList />", 'x.mdx')).toEqual(['service:*']);
    // A service's name is no time-bound fact.
    expect(handlesOfPage("import ServiceName from '../../components/ServiceName.astro';\n\nCall the <ServiceName service=\"galop\" />.", 'x.mdx')).toEqual([]);
  });

  it('reads past an import of a page’s own styles, which shows no fact, to the imports after it', () => {
    const page = "import '../../styles/glossary.css';\nimport ServiceList from '../../components/ServiceList.astro';\n\n<ServiceList />";
    expect(handlesOfPage(page, 'x.mdx')).toEqual(['service:*']);
  });

  it('refuses an import or a component it cannot read, naming the page, so nothing is missed silently', () => {
    expect(() => handlesOfPage("import { serviceRecords } from '../../data/support-services';\n", 'src/content/guidance/new.mdx')).toThrow(
      /src\/content\/guidance\/new\.mdx imports "serviceRecords" from "..\/..\/data\/support-services"/,
    );
    expect(() => handlesOfPage("import NewTable from '../../components/NewTable.astro';\n", 'new.mdx')).toThrow(/new\.mdx imports "NewTable"/);
    expect(() => handlesOfPage('Text <Unknown thing="x" />', 'new.mdx')).toThrow(/new\.mdx uses <Unknown>/);
  });
});

describe('the time-bound facts record', () => {
  const good = { id: 'a-fact', label: 'A fact', asAt: '2025-11-25', until: '2026-03-31', source: 'A source', shownBy: ['figure:x'] };

  it('refuses a wrong entry, naming the fact and the field', () => {
    expect(() => checkedFacts([{ ...good, until: '2025-01-01' }])).toThrow(/"a-fact" in src\/data\/time-bound-facts\.ts: until: until cannot be before asAt/);
    expect(() => checkedFacts([{ ...good, asAt: '25 November 2025' }])).toThrow(/"a-fact".*asAt/);
    expect(() => checkedFacts([{ ...good, until: '2026-03' }])).toThrow(/"a-fact".*until/);
    expect(() => checkedFacts([{ ...good, shownBy: [] }])).toThrow(/"a-fact".*shownBy/);
    expect(() => checkedFacts([{ ...good, shownBy: ['dapoPilotDueToEnd'] }])).toThrow(/"a-fact".*shownBy\.0/);
    expect(() => checkedFacts([{ ...good, extra: 1 } as typeof good])).toThrow(/"a-fact"/);
    expect(() => checkedFacts([good, good])).toThrow(/"a-fact".*used twice/);
    expect(checkedFacts([good, { ...good, id: 'b', until: undefined, asAt: '2020' }])).toHaveLength(2);
  });

  it('names only handles the data offers', () => {
    for (const fact of timeBoundFacts) for (const h of fact.shownBy) expect(knownHandles.has(h), `${fact.id}: ${h}`).toBe(true);
    expect(knownHandles.has('figure:dapoPilotDueToEnd')).toBe(true);
    expect(knownHandles.has('figure:dapoAreasAsAt')).toBe(false);
    expect(siteWideHandles).toContain('service:national-stalking-helpline');
  });

  it('dates every service’s hours that a dated source confirmed, from the record itself', () => {
    const dated = serviceRecords.filter((s) => s.hoursLastConfirmed && s.hours.kind !== 'unknown');
    expect(dated.map((s) => s.id).sort()).toEqual(['galop', 'national-stalking-helpline', 'victim-support']);
    for (const s of dated) expect(timeBoundFacts.find((f) => f.id === `hours-${s.id}`)?.asAt).toBe(s.hoursLastConfirmed!.when);
    expect(timeBoundFacts.find((f) => f.id === 'hours-national-stalking-helpline')?.asAt).toBe('2023-04-21');
  });

  it('holds the DAPO pilot as a past fact, shown through the date it was due to end, with no until to pass', () => {
    const dapo = timeBoundFacts.find((f) => f.id === 'dapo-pilot')!;
    expect(dapo.until).toBeUndefined();
    expect(dapo.shownBy).toContain('figure:dapoPilotDueToEnd');
    expect(dapo.shownBy).toContain('order:domestic-abuse-protection-order');
    expect(legalFigures.dapoPilotDueToEnd).toBe('2026-03-31');
  });
});
