/**
 * The 43 territorial police forces of England and Wales, and the two forces whose chiefs can apply
 * for a Stalking Protection Order without being tied to an area, the British Transport Police and
 * the Ministry of Defence Police (SPA s.1; Explanatory Notes para 3; fact sheet 13c):
 * each force's id, group and official website. One typed record, checked by `policeForcesSchema`
 * when the module loads (a wrong entry stops the build) and by test/unit/police-forces.test.ts.
 * The "Your local police force" page renders it.
 *
 * Each force's name (its official name in each language) and the areas it covers (the counties,
 * unitary areas, metropolitan boroughs or London boroughs, written so a reader can find theirs with
 * find-in-page or the site search) are words: src/content/records/<locale>/police-forces.json,
 * checked against this record's ids by src/data/record-words.ts (`policeForcesIn(locale)`).
 * Websites are https addresses on police.uk (every force's official site is www.<name>.police.uk).
 */
import { z } from 'astro/zod';

/** Where the list of forces and their websites was checked (its link's label is in the words file: `source.label`). */
export const policeForcesSource = {
  url: 'https://www.police.uk/',
  /** Date the record was last checked (ISO date). */
  checkedOn: '2026-12-07',
} as const;

/** Which group a force belongs to, for the page's headings. */
export const forceGroups = ['england', 'wales', 'national'] as const;

/** An https address on police.uk (the forces' official domain) or a subdomain of it. */
export function isOfficialPoliceAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return url.protocol === 'https:' && !url.username && !url.password && !url.port && (host === 'police.uk' || host.endsWith('.police.uk'));
}

/** One police force. */
export const policeForceSchema = z
  .object({
    /** Stable kebab-case id, e.g. "avon-and-somerset". */
    id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'must be kebab-case letters'),
    /** England, Wales, or `national`: a force not tied to an area (the British Transport Police, the Ministry of Defence Police). */
    group: z.enum(forceGroups),
    /** Its official website: https on police.uk. */
    website: z.string().refine(isOfficialPoliceAddress, 'must be an https address on police.uk'),
  })
  .strict();

/** The whole record: exactly 45 forces (43 territorial, the BTP and the MoD Police), unique ids and websites. */
export const policeForcesSchema = z
  .array(policeForceSchema)
  .length(45, 'there are 43 territorial forces in England and Wales plus the British Transport Police and the Ministry of Defence Police')
  .superRefine((forces, ctx) => {
    for (const key of ['id', 'website'] as const) {
      const seen = new Set<string>();
      for (const f of forces) {
        if (seen.has(f[key])) ctx.addIssue({ code: 'custom', message: `duplicate ${key}: ${f[key]}` });
        seen.add(f[key]);
      }
    }
    const counts = { england: 39, wales: 4, national: 2 };
    for (const group of forceGroups) {
      const n = forces.filter((f) => f.group === group).length;
      if (n !== counts[group]) ctx.addIssue({ code: 'custom', message: `${group}: expected ${counts[group]} forces, found ${n}` });
    }
  });

/** One police force, as the record holds it. */
export type PoliceForce = z.infer<typeof policeForceSchema>;

const rawForces: PoliceForce[] = [
  { id: 'avon-and-somerset', group: 'england', website: 'https://www.avonandsomerset.police.uk/' },
  { id: 'bedfordshire', group: 'england', website: 'https://www.bedfordshire.police.uk/' },
  { id: 'cambridgeshire', group: 'england', website: 'https://www.cambs.police.uk/' },
  { id: 'cheshire', group: 'england', website: 'https://www.cheshire.police.uk/' },
  { id: 'city-of-london', group: 'england', website: 'https://www.cityoflondon.police.uk/' },
  { id: 'cleveland', group: 'england', website: 'https://www.cleveland.police.uk/' },
  { id: 'cumbria', group: 'england', website: 'https://www.cumbria.police.uk/' },
  { id: 'derbyshire', group: 'england', website: 'https://www.derbyshire.police.uk/' },
  { id: 'devon-and-cornwall', group: 'england', website: 'https://www.devon-cornwall.police.uk/' },
  { id: 'dorset', group: 'england', website: 'https://www.dorset.police.uk/' },
  { id: 'durham', group: 'england', website: 'https://www.durham.police.uk/' },
  { id: 'essex', group: 'england', website: 'https://www.essex.police.uk/' },
  { id: 'gloucestershire', group: 'england', website: 'https://www.gloucestershire.police.uk/' },
  { id: 'greater-manchester', group: 'england', website: 'https://www.gmp.police.uk/' },
  { id: 'hampshire-and-isle-of-wight', group: 'england', website: 'https://www.hampshire.police.uk/' },
  { id: 'hertfordshire', group: 'england', website: 'https://www.herts.police.uk/' },
  { id: 'humberside', group: 'england', website: 'https://www.humberside.police.uk/' },
  { id: 'kent', group: 'england', website: 'https://www.kent.police.uk/' },
  { id: 'lancashire', group: 'england', website: 'https://www.lancashire.police.uk/' },
  { id: 'leicestershire', group: 'england', website: 'https://www.leics.police.uk/' },
  { id: 'lincolnshire', group: 'england', website: 'https://www.lincs.police.uk/' },
  { id: 'merseyside', group: 'england', website: 'https://www.merseyside.police.uk/' },
  { id: 'metropolitan', group: 'england', website: 'https://www.met.police.uk/' },
  { id: 'norfolk', group: 'england', website: 'https://www.norfolk.police.uk/' },
  { id: 'north-yorkshire', group: 'england', website: 'https://www.northyorkshire.police.uk/' },
  { id: 'northamptonshire', group: 'england', website: 'https://www.northants.police.uk/' },
  { id: 'northumbria', group: 'england', website: 'https://www.northumbria.police.uk/' },
  { id: 'nottinghamshire', group: 'england', website: 'https://www.nottinghamshire.police.uk/' },
  { id: 'south-yorkshire', group: 'england', website: 'https://www.southyorkshire.police.uk/' },
  { id: 'staffordshire', group: 'england', website: 'https://www.staffordshire.police.uk/' },
  { id: 'suffolk', group: 'england', website: 'https://www.suffolk.police.uk/' },
  { id: 'surrey', group: 'england', website: 'https://www.surrey.police.uk/' },
  { id: 'sussex', group: 'england', website: 'https://www.sussex.police.uk/' },
  { id: 'thames-valley', group: 'england', website: 'https://www.thamesvalley.police.uk/' },
  { id: 'warwickshire', group: 'england', website: 'https://www.warwickshire.police.uk/' },
  { id: 'west-mercia', group: 'england', website: 'https://www.westmercia.police.uk/' },
  { id: 'west-midlands', group: 'england', website: 'https://www.west-midlands.police.uk/' },
  { id: 'west-yorkshire', group: 'england', website: 'https://www.westyorkshire.police.uk/' },
  { id: 'wiltshire', group: 'england', website: 'https://www.wiltshire.police.uk/' },
  { id: 'dyfed-powys', group: 'wales', website: 'https://www.dyfed-powys.police.uk/' },
  { id: 'gwent', group: 'wales', website: 'https://www.gwent.police.uk/' },
  { id: 'north-wales', group: 'wales', website: 'https://www.northwales.police.uk/' },
  { id: 'south-wales', group: 'wales', website: 'https://www.south-wales.police.uk/' },
  { id: 'british-transport', group: 'national', website: 'https://www.btp.police.uk/' },
  { id: 'ministry-of-defence', group: 'national', website: 'https://www.mod.police.uk/' },
];

/** Every force, validated: importing this module throws if any entry is wrong. */
export const policeForces: readonly PoliceForce[] = Object.freeze(policeForcesSchema.parse(rawForces));
