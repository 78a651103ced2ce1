import { describe, expect, it } from 'vitest';
import { cy } from '../../src/i18n/cy';
import { en } from '../../src/i18n/en';
import { stringsFor, useStrings } from '../../src/i18n';
import { parseMessage } from '../../src/i18n/messages';
import type { Token } from '@messageformat/parser';
import { dateLocaleOf, locales } from '../../src/i18n/table';
import { policeForcesIn, protectiveOrdersIn, recordWords, serviceIn, servicesIn } from '../../src/data/record-words';
import { fixedPageAddresses, href, localeOfPath, productionLocales, publishedLocales, translatedGuidance, englishContentLocales } from '../../src/i18n/routing';

/**
 * The Welsh interface table (issue 29, point 3): every key in plain Welsh, plurals with Welsh's six
 * categories, numerals with their gender and mutation, the UK public-service interface words of
 * /work/shared/facts/welsh-terms.md. Welsh is a locale of the site but not published yet.
 */

/**
 * Keys whose Welsh is the same as the English, each with its reason. Any other key whose Welsh equals
 * its English is English left in the Welsh table.
 */
const sameInBothLanguages: Record<string, string> = {
  'page.title': 'only arguments and a dash: "{title} – {site}"',
  'exit.progress': 'only arguments: the two sentences exit.pressed and exit.left',
  'exitExplainer.shiftKey': 'the name printed on the key, Shift, on Welsh keyboards too',
  'page.update': 'only arguments: "{date}: {text}"',
  'page.sourcePinpoint': 'only arguments: "{source}, {pinpoint}"',
  'search.crisisAbout': 'only arguments: "{hours}. {purpose}"',
  'hours.line': 'only arguments: "{days}: {times}"',
  'hours.few': 'only arguments: "{days}, {times}"',
  'pages.sources.listJoin': 'a comma',
  'letters.page.blankRouteTitle': 'only arguments: "{title}: {route}"',
};

describe('the Welsh interface table (cy)', () => {
  const { t, plural } = useStrings('cy');

  it('is a locale of the site whose table passes every check: schema, ICU, six plural forms, English’s arguments', () => {
    expect(locales).toContain('cy');
    expect(() => stringsFor('cy')).not.toThrow();
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    expect(dateLocaleOf('cy')).toBe('cy');
  });

  it('says amounts with the numeral’s gender and mutation', () => {
    // blwyddyn is feminine: dwy, tair, pedair; nasal mutation after pum, saith, wyth, naw.
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => plural('unit.year', n))).toEqual([
      'un flwyddyn',
      'dwy flynedd',
      'tair blynedd',
      'pedair blynedd',
      'pum mlynedd',
      'chwe blynedd',
      'naw mlynedd',
    ]);
    // mis and diwrnod are masculine: dau with soft mutation, tri, pedwar.
    expect([2, 3, 4].map((n) => plural('unit.month', n))).toEqual(['dau fis', 'tri mis', 'pedwar mis']);
    expect([2, 3, 6].map((n) => plural('unit.day', n))).toEqual(['dau ddiwrnod', 'tri diwrnod', 'chwe diwrnod']);
    expect(plural('unit.occasion', 2)).toBe('dau achlysur');
    // Ten and over in figures, the noun singular after the numeral.
    expect([plural('unit.year', 14), plural('unit.month', 12), plural('unit.day', 28)]).toEqual(['14 blynedd', '12 mis', '28 diwrnod']);
    // blynedd mutates after 10, 12, 15, 18, 20, 50 and 100 in figures too (“10 mlynedd”), not after 11, 13, 14.
    expect([10, 11, 12, 15, 20, 100].map((n) => plural('unit.year', n))).toEqual(['10 mlynedd', '11 blynedd', '12 mlynedd', '15 mlynedd', '20 mlynedd', '100 mlynedd']);
  });

  it('gives each Welsh plural category its own words', () => {
    expect([0, 1, 2, 3, 6, 7].map((n) => plural('search.count', n))).toEqual([
      'Does dim tudalen yn cyfateb i’ch chwiliad.',
      'Mae un dudalen yn cyfateb i’ch chwiliad.',
      'Mae dwy dudalen yn cyfateb i’ch chwiliad.',
      'Mae tair tudalen yn cyfateb i’ch chwiliad.',
      'Mae chwe thudalen yn cyfateb i’ch chwiliad.',
      'Mae 7 tudalen yn cyfateb i’ch chwiliad.',
    ]);
    expect([1, 2, 5].map((n) => plural('exit.left', n))).toEqual([
      'Pwyswch hi unwaith eto i adael y dudalen hon.',
      'Pwyswch hi ddwywaith eto i adael y dudalen hon.',
      'Pwyswch hi 5 gwaith eto i adael y dudalen hon.',
    ]);
  });

  it('uses the UK public-service interface words and the terms file’s terms', () => {
    expect(t('exit.button')).toBe('Gadael y dudalen hon');
    expect(t('language.name')).toBe('Cymraeg');
    expect(t('guide.errorSummaryTitle')).toBe('Mae problem wedi codi');
    expect(t('letters.errorSummaryTitle')).toBe('Mae problem wedi codi');
    expect([t('guide.back'), t('guide.change'), t('guide.continue')]).toEqual(['Yn ôl', 'Newid', 'Parhau']);
    expect(t('footer.accessibility')).toBe('Datganiad hygyrchedd');
    expect(t('topic.orders')).toBe('Gorchmynion Diogelu Rhag Stelcio');
    expect(t('orderCard.typeHint')).toContain('Gorchymyn Diogelu Rhag Stelcio interim (dros dro)');
    expect([t('hours.am', { time: '9:30' }), t('hours.pm', { time: '5' })]).toEqual(['9:30yb', '5yh']);
    expect([t('guide.timeAm', { time: '9:30' }), t('guide.timePm', { time: '5' })]).toEqual(['9:30yb', '5yh']);
  });

  it('leaves no English in: no key’s Welsh equals its English, except those listed with a reason', () => {
    const english = en as Record<string, string>;
    const same = Object.entries(cy as Record<string, string>)
      .filter(([key, welsh]) => welsh === english[key])
      .map(([key]) => key);
    expect(same.sort()).toEqual(Object.keys(sameInBothLanguages).sort());
    // The exceptions are real: each is still the same in both tables (an outdated exception is removed).
    for (const key of Object.keys(sameInBothLanguages)) expect(cy[key as keyof typeof cy], key).toBe(english[key]);
  });

  it('has no common English word inside any Welsh message’s text (names kept in English are listed)', () => {
    // Words that are English and never Welsh ("at", "i", "a", "o", "is" and "help" are Welsh too, so are not here).
    const english = /\b(the|and|you|your|page|pages|this|with|for|not|can|what|when|if|search|call|of|to|are|was|have|has|from|by|on|in|it|be|will|or|no|open|closed|back|print|copy|letter|guide|order|read|more|here|start|again|continue|change|answers)\b/i;
    // Names the Welsh keeps as they are: the helpline's English name (welsh-terms.md), and words printed on screens and keys.
    const keptNames = /National Stalking Helpline|JavaScript|Shift|BBC/g;
    const textOf = (tokens: readonly Token[]): string =>
      tokens.map((token) => (token.type === 'content' ? token.value : 'cases' in token ? token.cases.map((c) => textOf(c.tokens)).join(' ') : ' ')).join('');
    const found = Object.entries(cy as Record<string, string>)
      .map(([key, message]) => [key, textOf(parseMessage(key, message)).replace(keptNames, ' ').match(english)?.[0]] as const)
      .filter(([, word]) => word !== undefined);
    expect(found).toEqual([]);
  });

  it('has Welsh addresses for the fixed pages, and is published', () => {
    expect(href('search', 'cy')).toBe('/cy/chwilio/');
    expect(href('home', 'cy')).toBe('/cy/');
    expect(localeOfPath('/cy/gwirio-eich-sefyllfa/')).toBe('cy');
    for (const [key, addresses] of Object.entries(fixedPageAddresses)) {
      if (key !== 'home') expect(addresses.cy, key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
    expect(productionLocales).toContain('cy');
    expect(publishedLocales({})).toContain('cy');
    expect(publishedLocales({ SPO_PSEUDO: '1' })).not.toContain('cy');
    expect(englishContentLocales).not.toContain('cy');
    // Welsh pages' addresses: short, lower-case ASCII words, as the fixed pages'.
    for (const slug of Object.values(translatedGuidance.cy)) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('the records’ words in Welsh (src/content/records/cy/)', () => {
  it('pass the records’ schemas: every id, every field, the same figures as the English', () => {
    expect(() => recordWords('cy')).not.toThrow();
    expect(servicesIn('cy').map((s) => s.id)).toEqual(servicesIn('en-GB').map((s) => s.id));
  });

  it('gives the four Welsh forces their Welsh names and Welsh areas; other forces keep their English official names', () => {
    const names = Object.fromEntries(policeForcesIn('cy').forces.map((f) => [f.id, f.name]));
    expect([names['south-wales'], names['north-wales'], names['dyfed-powys'], names['gwent']]).toEqual([
      'Heddlu De Cymru',
      'Heddlu Gogledd Cymru',
      'Heddlu Dyfed-Powys',
      'Heddlu Gwent',
    ]);
    expect(names['kent']).toBe('Kent Police');
    const areas = Object.fromEntries(policeForcesIn('cy').forces.map((f) => [f.id, f.areas]));
    expect(areas['south-wales']).toEqual(expect.arrayContaining(['Caerdydd', 'Abertawe']));
    expect(areas['gwent']).toContain('Casnewydd');
    expect(areas['north-wales']).toEqual(expect.arrayContaining(['Gwynedd', 'Ynys Môn']));
    expect(areas['dyfed-powys']).toContain('Sir Benfro');
  });

  it('names Live Fear Free Byw Heb Ofn, and keeps the National Stalking Helpline’s English name', () => {
    expect(serviceIn('cy', 'live-fear-free').name).toBe('Byw Heb Ofn');
    expect(serviceIn('cy', 'live-fear-free').phone).toBe(serviceIn('en-GB', 'live-fear-free').phone);
    expect(serviceIn('cy', 'national-stalking-helpline').name).toBe('National Stalking Helpline');
  });

  it('fills the orders’ figures in Welsh words', () => {
    const spo = protectiveOrdersIn('cy').find((o) => o.id === 'stalking-protection-order')!;
    expect(spo.name).toBe('Gorchymyn Diogelu Rhag Stelcio');
    expect(spo.howLong).toBe('O leiaf dwy flynedd, neu nes bydd y llys yn gwneud gorchymyn arall.');
    expect(spo.breaking).toBe('Trosedd. Y gosb fwyaf: pum mlynedd yn y carchar.');
    const dvpo = protectiveOrdersIn('cy').find((o) => o.id === 'dvpn-dvpo')!;
    expect(dvpo.howLong).toBe('14 i 28 diwrnod.');
    expect(dvpo.court).toContain('o fewn 48 awr i’r hysbysiad');
  });
});
