import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  checkWords,
  forceWordsSchema,
  orderWordsSchema,
  policeForcesIn,
  protectiveOrdersIn,
  pseudoWords,
  recordWords,
  serviceIn,
  serviceWordsSchema,
  servicesIn,
  unconfirmedPointsIn,
} from '../../src/data/record-words';
import { unconfirmedPoints } from '../../src/data/unconfirmed-points';
import { getService, serviceRecords, supportServiceSchema, supportServices } from '../../src/data/support-services';
import { policeForces } from '../../src/data/police-forces';
import { protectiveOrders } from '../../src/data/protective-orders';
import { pseudoTemplate } from '../../src/i18n/pseudo';
import { root } from '../support/paths';

/**
 * The records hold facts; their words are in src/content/records/<locale>/*.json, checked against
 * schemas built from the records' own ids (src/data/record-words.ts). A wrong words file stops the
 * build with a message naming the file, the id and the field.
 */
const FILE = 'src/content/records/en-GB/support-services.json';
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
/** A deep copy of a words file, to break. */
const copyOf = (file: string) => readJson(file) as Record<string, Record<string, unknown>>;
/** The message checkWords throws for `value`, or '' if it passes. */
function messageFor(schema: Parameters<typeof checkWords>[0], value: unknown, file = FILE): string {
  try {
    checkWords(schema, value, file);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the English words files', () => {
  it('match their records: every id has its words and no other id is there', () => {
    const words = recordWords('en-GB');
    expect(Object.keys(words['support-services'])).toEqual(supportServices.map((s) => s.id));
    expect(Object.keys(words['police-forces'].forces)).toEqual(policeForces.map((f) => f.id));
    expect(Object.keys(words['protective-orders'])).toEqual(protectiveOrders.map((o) => o.id));
  });

  it('give a service its words beside its facts, and its facts only from the record', () => {
    const helpline = serviceIn('en-GB', 'national-stalking-helpline');
    expect(helpline.name).toBe('National Stalking Helpline');
    expect(helpline.runBy).toBe('Suzy Lamplugh Trust');
    expect(helpline.phone).toEqual(getService('national-stalking-helpline').phone);
    expect(helpline.hours).toBe(getService('national-stalking-helpline').hours);
    const emergency = serviceIn('en-GB', 'emergency');
    // Each contact keeps its kind and number from the record and gets its label and detail by its kind.
    expect(emergency.otherContact?.map((c) => [c.kind, c.phone?.display, c.label])).toEqual([
      ['silent-call', undefined, 'If you cannot speak on a mobile'],
      ['sms', '999', 'Text 999 (emergencySMS)'],
      ['textphone', '18000', 'Relay UK (textphone)'],
    ]);
    expect(servicesIn('en-GB').map((s) => s.id)).toEqual(serviceRecords.map((s) => s.id));
    expect(() => serviceIn('en-GB', 'no-such-service' as never)).toThrow(/Unknown support service "no-such-service"/);
  });

  it('fill an order’s figures in the page’s words, from the figures records', () => {
    const spo = protectiveOrdersIn('en-GB').find((o) => o.id === 'stalking-protection-order')!;
    expect(spo.howLong).toBe('At least two years, or until the court makes another order.');
    expect(spo.glossary).toBe('stalking-protection-order');
    for (const order of protectiveOrdersIn('en-GB')) {
      for (const field of ['name', 'whoApplies', 'court', 'whenItFits', 'howLong', 'breaking'] as const) expect(order[field], `${order.id}.${field}`).not.toMatch(/[{}]|undefined|NaN/);
    }
  });

  it('give the forces their names and areas, and the list’s source its label', () => {
    const { forces, source } = policeForcesIn('en-GB');
    expect(forces.find((f) => f.id === 'gwent')).toMatchObject({ name: 'Gwent Police', group: 'wales', website: 'https://www.gwent.police.uk/' });
    expect(source.label).toMatch(/^police\.uk/);
    expect(source.url).toBe('https://www.police.uk/');
  });
});

describe('a broken words file stops the build, naming the file, the id and the field', () => {
  it('a missing field', () => {
    const words = copyOf(FILE);
    delete words['paladin']!['purpose'];
    expect(messageFor(serviceWordsSchema(), words)).toMatch(/^Record words in src\/content\/records\/en-GB\/support-services\.json do not match the record: paladin\.purpose: /);
  });

  it('an empty field', () => {
    const words = copyOf(FILE);
    words['galop']!['name'] = '  ';
    expect(messageFor(serviceWordsSchema(), words)).toMatch(/galop\.name: /);
  });

  it('a missing id, and an id the record does not have', () => {
    const words = copyOf(FILE);
    delete words['samaritans'];
    words['samaritans-typo'] = { name: 'Samaritans', purpose: 'Support.' };
    const message = messageFor(serviceWordsSchema(), words);
    expect(message).toMatch(/samaritans: Invalid input: expected object/);
    expect(message).toMatch(/\(file\): Unrecognized key: "samaritans-typo"/);
  });

  it('a field the words do not have, and words for a contact the service does not have', () => {
    const words = copyOf(FILE);
    words['paladin']!['phone'] = '020 3866 4107';
    (words['galop']!['contacts'] as Record<string, unknown>)['sms'] = { label: 'Text' };
    const message = messageFor(serviceWordsSchema(), words);
    expect(message).toMatch(/paladin: Unrecognized key: "phone"/);
    expect(message).toMatch(/galop\.contacts: Unrecognized key: "sms"/);
  });

  it('a contact of the record without its words', () => {
    const words = copyOf(FILE);
    delete (words['emergency']!['contacts'] as Record<string, unknown>)['textphone'];
    expect(messageFor(serviceWordsSchema(), words)).toMatch(/emergency\.contacts\.textphone: /);
  });

  it('an order’s placeholder that names no figure, and a missing column', () => {
    const file = 'src/content/records/en-GB/protective-orders.json';
    const words = copyOf(file);
    words['dvpn-dvpo']!['howLong'] = '{dvpoWeeks}.';
    delete words['non-molestation-order']!['court'];
    const message = messageFor(orderWordsSchema(), words, file);
    expect(message).toMatch(/protective-orders\.json .*dvpn-dvpo\.howLong: \{dvpoWeeks\} is not a figure of the orders/);
    expect(message).toMatch(/non-molestation-order\.court: /);
  });

  it('a force without areas, and two forces with one name', () => {
    const file = 'src/content/records/en-GB/police-forces.json';
    const words = copyOf(file) as { forces: Record<string, { name: string; areas: string[] }> };
    words.forces['kent']!.areas = [];
    words.forces['surrey']!.name = 'Sussex Police';
    const message = messageFor(forceWordsSchema(), words, file);
    expect(message).toMatch(/police-forces\.json .*forces\.kent\.areas: /);
    expect(message).toMatch(/forces\.sussex\.name: "Sussex Police" is also the name of "surrey"/);
  });

  it('in another language: who runs a service and a contact’s detail wherever the English words have them, and only there', () => {
    const english = recordWords('en-GB')['support-services'];
    const translation = copyOf(FILE);
    delete translation['national-stalking-helpline']!['runBy'];
    translation['paladin']!['runBy'] = 'Paladin';
    (translation['galop']!['contacts'] as Record<string, Record<string, unknown>>)['email']!['detail'] = undefined;
    const message = messageFor(serviceWordsSchema(serviceRecords, english), translation, 'src/content/records/cy/support-services.json');
    expect(message).toMatch(/cy\/support-services\.json .*national-stalking-helpline\.runBy: /);
    expect(message).toMatch(/paladin\.runBy: the English words have no runBy here/);
    expect(message).toMatch(/galop\.contacts\.email\.detail: /);
    // English itself may leave them out wherever it does; the same words as English pass as a translation.
    expect(messageFor(serviceWordsSchema(serviceRecords, english), readJson(FILE))).toBe('');
  });

  it('in another language: each force’s areas as many as in English, and each order’s text naming the same figures', () => {
    const forcesFile = 'src/content/records/en-GB/police-forces.json';
    const forces = copyOf(forcesFile) as { forces: Record<string, { areas: string[] }> };
    forces.forces['kent']!.areas = ['Caint'];
    expect(messageFor(forceWordsSchema(policeForces, recordWords('en-GB')['police-forces']), forces, forcesFile)).toMatch(/forces\.kent\.areas: the English words name 2 areas here/);
    expect(messageFor(forceWordsSchema(policeForces, recordWords('en-GB')['police-forces']), readJson(forcesFile), forcesFile)).toBe('');
    const ordersFile = 'src/content/records/en-GB/protective-orders.json';
    const orders = copyOf(ordersFile);
    orders['stalking-protection-order']!['howLong'] = 'O leiaf dwy flynedd.';
    orders['dvpn-dvpo']!['court'] = 'Llys ynadon, o fewn {dvpoDays} i’r hysbysiad.';
    const message = messageFor(orderWordsSchema(protectiveOrders, recordWords('en-GB')['protective-orders']), orders, ordersFile);
    expect(message).toMatch(/stalking-protection-order\.howLong: the English words name the figures \{minimumOrderYears\}: name the same ones/);
    expect(message).toMatch(/dvpn-dvpo\.court: the English words name the figures \{dvpoHearingHours\}/);
    expect(messageFor(orderWordsSchema(protectiveOrders, recordWords('en-GB')['protective-orders']), readJson(ordersFile), ordersFile)).toBe('');
    // Another language may name the same figures in another order.
    const english = recordWords('en-GB')['protective-orders'];
    const twoFigures = { ...english, 'dvpn-dvpo': { ...english['dvpn-dvpo']!, howLong: '{dvpoDays}, heard within {dvpoHearingHours}.' } };
    const swapped = copyOf(ordersFile);
    swapped['dvpn-dvpo']!['howLong'] = 'Within {dvpoHearingHours}: {dvpoDays}.';
    expect(messageFor(orderWordsSchema(protectiveOrders, twoFigures), swapped, ordersFile)).toBe('');
  });

  it('passes the files as they are', () => {
    expect(messageFor(serviceWordsSchema(), readJson(FILE))).toBe('');
    expect(messageFor(forceWordsSchema(), readJson('src/content/records/en-GB/police-forces.json'))).toBe('');
    expect(messageFor(orderWordsSchema(), readJson('src/content/records/en-GB/protective-orders.json'))).toBe('');
  });
});

describe('a broken words file, loaded as the build loads it', () => {
  it.each([
    ['support-services', (w: Record<string, Record<string, unknown>>) => delete w['paladin']!['purpose'], 'paladin.purpose'],
    ['police-forces', (w: Record<string, Record<string, unknown>>) => delete (w['forces']!['kent'] as Record<string, unknown>)['areas'], 'forces.kent.areas'],
    ['protective-orders', (w: Record<string, Record<string, unknown>>) => delete w['dvpn-dvpo']!['court'], 'dvpn-dvpo.court'],
  ] as const)('%s.json: the first use of the words stops with its path, the id and the field', async (file, breakIt, where) => {
    const broken = copyOf(`src/content/records/en-GB/${file}.json`);
    breakIt(broken);
    vi.resetModules();
    vi.doMock(`../../src/content/records/en-GB/${file}.json`, () => ({ default: broken }));
    try {
      const fresh = await import('../../src/data/record-words');
      expect(() => fresh.recordWords('en-GB')).toThrow(`Record words in src/content/records/en-GB/${file}.json do not match the record: ${where}: `);
      // The pseudo-locale's words are made from English, so they stop too.
      expect(() => fresh.servicesIn('en-XA')).toThrow(`src/content/records/en-GB/${file}.json`);
    } finally {
      vi.doUnmock(`../../src/content/records/en-GB/${file}.json`);
      vi.resetModules();
    }
  });

  it('checks each locale’s words once, and gives the same records each time', () => {
    expect(recordWords('en-GB')).toBe(recordWords('en-GB'));
    expect(servicesIn('en-XA')).toBe(servicesIn('en-XA'));
  });
});

describe('the records hold no words', () => {
  it('refuses a service with its words in the record, or two contacts of one kind (their words could not be told apart)', () => {
    const paladin = getService('paladin');
    expect(supportServiceSchema.safeParse(paladin).success).toBe(true);
    expect(supportServiceSchema.safeParse({ ...paladin, name: 'Paladin' }).success).toBe(false);
    expect(supportServiceSchema.safeParse({ ...paladin, purpose: 'Advocacy.' }).success).toBe(false);
    const twoEmails = { ...paladin, otherContact: [{ kind: 'email' }, { kind: 'email' }] };
    expect(JSON.stringify(supportServiceSchema.safeParse(twoEmails).error?.issues)).toMatch(/two contacts of the same kind/);
  });
});

describe('the pseudo-locale’s record words', () => {
  it('are the English words pseudo-localised, every one, with the facts unchanged', () => {
    const english = servicesIn('en-GB');
    const pseudo = servicesIn('en-XA');
    expect(pseudo.map((s) => s.name)).toEqual(english.map((s) => pseudoTemplate(s.name)));
    expect(pseudo.map((s) => s.purpose)).toEqual(english.map((s) => pseudoTemplate(s.purpose)));
    expect(pseudo.map((s) => s.phone)).toEqual(english.map((s) => s.phone));
    expect(pseudo.flatMap((s) => s.otherContact ?? []).map((c) => c.label)).toEqual(english.flatMap((s) => s.otherContact ?? []).map((c) => pseudoTemplate(c.label)));
    expect(policeForcesIn('en-XA').forces.map((f) => f.areas)).toEqual(policeForcesIn('en-GB').forces.map((f) => f.areas.map((area) => pseudoTemplate(area))));
    expect(policeForcesIn('en-XA').forces.map((f) => f.website)).toEqual(policeForces.map((f) => f.website));
  });

  it('are made by pseudo-localising every string, in lists and objects at any depth, and nothing else', () => {
    const words = { name: 'Galop', areas: ['Kent', 'Medway'], contacts: { email: { label: 'Email', detail: ['One.', 'Two {dvpoDays}.'] } }, rank: 3, none: null };
    expect(pseudoWords(words)).toEqual({
      name: pseudoTemplate('Galop'),
      areas: [pseudoTemplate('Kent'), pseudoTemplate('Medway')],
      contacts: { email: { label: pseudoTemplate('Email'), detail: [pseudoTemplate('One.'), pseudoTemplate('Two {dvpoDays}.')] } },
      rank: 3,
      none: null,
    });
    expect(pseudoWords('Two {dvpoDays}.')).toContain('{dvpoDays}');
  });

  it('fill an order’s figures with the pseudo-locale’s own figure words', () => {
    const spo = protectiveOrdersIn('en-XA').find((o) => o.id === 'stalking-protection-order')!;
    expect(spo.name).toBe(pseudoTemplate('Stalking Protection Order (SPO)'));
    // The sentence is wrapped, and so is the amount inside it, from the en-XA table.
    expect(spo.howLong).toMatch(/^⟦ÁÁt lééáást ⟦.*⟧, óór úúntííl/);
    expect(spo.howLong).not.toMatch(/two years/);
  });
});

describe('the legal points not yet confirmed, in each language', () => {
  it('are English’s own sentences in English, pseudo-localised in en-XA, and the Welsh file’s in Welsh, for exactly the same points', () => {
    expect(unconfirmedPointsIn('en-GB')).toBe(unconfirmedPoints);
    expect(unconfirmedPointsIn('en-XA')['dapo-after-pilot']).toBe(pseudoTemplate(unconfirmedPoints['dapo-after-pilot']));
    const welsh = unconfirmedPointsIn('cy');
    expect(Object.keys(welsh).sort()).toEqual(Object.keys(unconfirmedPoints).sort());
    for (const [id, sentence] of Object.entries(welsh)) expect(sentence, id).not.toBe(unconfirmedPoints[id as keyof typeof unconfirmedPoints]);
    expect(welsh['dapo-after-pilot']).toMatch(/^Nid yw wedi’i gadarnhau eto/);
  });

  it('stops the build, naming the file and the point, when the Welsh file misses a point or adds one', async () => {
    const broken = copyOf('src/content/records/cy/unconfirmed-points.json') as Record<string, unknown>;
    delete broken['dapo-after-pilot'];
    broken['made-up-point'] = 'Rhywbeth.';
    vi.resetModules();
    vi.doMock('../../src/content/records/cy/unconfirmed-points.json', () => ({ default: broken }));
    try {
      const fresh = await import('../../src/data/record-words');
      expect(() => fresh.unconfirmedPointsIn('cy')).toThrow(/^Record words in src\/content\/records\/cy\/unconfirmed-points\.json do not match the record: .*dapo-after-pilot/);
      expect(() => fresh.unconfirmedPointsIn('cy')).toThrow(/made-up-point/);
    } finally {
      vi.doUnmock('../../src/content/records/cy/unconfirmed-points.json');
      vi.resetModules();
    }
  });
});
