import { it } from 'vitest';
import { describeBrowser, openPage, useBrowser } from '../support/browser';
import { search, siteSearchData } from '../../src/lib/search/pipeline';
import vocab from '../../src/data/search-vocabulary.json';
import { readFileSync } from 'node:fs';

const queries = readFileSync('/tmp/s25-queries.txt', 'utf8').split('\n').filter(Boolean);
describeBrowser('scratch', () => {
  useBrowser();
  it('prints', async () => {
    const { page } = await openPage('/search/');
    await page.evaluate(`(async () => { window.pf = await import(location.origin + '/pagefind/pagefind.js'); await window.pf.init(); window.dd = {}; })()`);
    const out: string[] = [];
    for (const q of queries) {
      const log: string[] = [];
      const pf = {
        search: async (term: string | null) => {
          const rs: { id: string; score: number; url: string }[] = await page.evaluate(`(async (t) => { const f = await window.pf.search(t); return Promise.all(f.results.slice(0, 30).map(async (x) => { const d = await x.data(); window.dd[x.id] = d; return { id: x.id, score: x.score, url: d.url }; })); })(${JSON.stringify(term)})`);
          log.push(`  ${term} => ${rs.slice(0, 4).map((r) => `${r.url.replace(/\/$/, '').slice(1)} ${r.score.toFixed(1)}`).join(', ') || '-'}`);
          return { results: rs.map((r) => ({ id: r.id, score: r.score, data: async () => page.evaluate(`window.dd[${JSON.stringify(r.id)}]`) as never })) };
        },
      };
      const res = await search(pf, q, undefined, { ...siteSearchData, vocabulary: vocab.words });
      out.push(`## ${q}${res.correctedTo ? ` (corrected: ${res.correctedTo})` : ''} danger=${res.danger} crisis=${res.crisis}\n  TOP: ${res.results.slice(0, 4).map((r) => r.url).join(' ')}`);
      out.push(...log);
    }
    console.log(out.join('\n'));
  }, 600_000);
});
