/**
 * The 43 territorial police forces of England and Wales, and the two forces whose chiefs can apply
 * for a Stalking Protection Order without being tied to an area, the British Transport Police and
 * the Ministry of Defence Police (SPA s.1; Explanatory Notes para 3; fact sheet 13c):
 * each force's name, the areas it covers and its official website. One typed record, checked
 * by `policeForcesSchema` when the module loads (a wrong entry stops the build) and by
 * test/unit/police-forces.test.ts. The "Your local police force" page renders it.
 *
 * Areas are the counties, unitary areas, metropolitan boroughs or London boroughs each force
 * covers, written so a reader can find theirs with find-in-page or the site search.
 * Websites are https addresses on police.uk (every force's official site is www.<name>.police.uk).
 */
import { z } from 'astro/zod';

/** Where the list of forces and their websites was checked. */
export const policeForcesSource = {
  label: 'police.uk, the national police website: its list of local police forces',
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
    /** The force's name as it uses it. */
    name: z.string().min(8),
    /** England, Wales, or `national`: a force not tied to an area (the British Transport Police, the Ministry of Defence Police). */
    group: z.enum(forceGroups),
    /** The areas it covers, as a reader would name them. */
    areas: z.array(z.string().min(3)).min(1),
    /** Its official website: https on police.uk. */
    website: z.string().refine(isOfficialPoliceAddress, 'must be an https address on police.uk'),
  })
  .strict();

/** The whole record: exactly 45 forces (43 territorial, the BTP and the MoD Police), unique ids and websites. */
export const policeForcesSchema = z
  .array(policeForceSchema)
  .length(45, 'there are 43 territorial forces in England and Wales plus the British Transport Police and the Ministry of Defence Police')
  .superRefine((forces, ctx) => {
    for (const key of ['id', 'name', 'website'] as const) {
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
  {
    id: 'avon-and-somerset',
    name: 'Avon and Somerset Police',
    group: 'england',
    areas: ['Bath and North East Somerset', 'Bristol', 'North Somerset', 'Somerset', 'South Gloucestershire'],
    website: 'https://www.avonandsomerset.police.uk/',
  },
  {
    id: 'bedfordshire',
    name: 'Bedfordshire Police',
    group: 'england',
    areas: ['Bedford', 'Central Bedfordshire', 'Luton'],
    website: 'https://www.bedfordshire.police.uk/',
  },
  {
    id: 'cambridgeshire',
    name: 'Cambridgeshire Constabulary',
    group: 'england',
    areas: ['Cambridgeshire', 'Peterborough'],
    website: 'https://www.cambs.police.uk/',
  },
  {
    id: 'cheshire',
    name: 'Cheshire Constabulary',
    group: 'england',
    areas: ['Cheshire East', 'Cheshire West and Chester', 'Halton (Runcorn and Widnes)', 'Warrington'],
    website: 'https://www.cheshire.police.uk/',
  },
  {
    id: 'city-of-london',
    name: 'City of London Police',
    group: 'england',
    areas: ['The City of London (the "Square Mile"); the rest of London is covered by the Metropolitan Police'],
    website: 'https://www.cityoflondon.police.uk/',
  },
  {
    id: 'cleveland',
    name: 'Cleveland Police',
    group: 'england',
    areas: ['Hartlepool', 'Middlesbrough', 'Redcar and Cleveland', 'Stockton-on-Tees'],
    website: 'https://www.cleveland.police.uk/',
  },
  {
    id: 'cumbria',
    name: 'Cumbria Constabulary',
    group: 'england',
    areas: ['Cumbria: Cumberland, and Westmorland and Furness'],
    website: 'https://www.cumbria.police.uk/',
  },
  {
    id: 'derbyshire',
    name: 'Derbyshire Constabulary',
    group: 'england',
    areas: ['Derby', 'Derbyshire'],
    website: 'https://www.derbyshire.police.uk/',
  },
  {
    id: 'devon-and-cornwall',
    name: 'Devon and Cornwall Police',
    group: 'england',
    areas: ['Cornwall', 'Devon', 'Isles of Scilly', 'Plymouth', 'Torbay'],
    website: 'https://www.devon-cornwall.police.uk/',
  },
  {
    id: 'dorset',
    name: 'Dorset Police',
    group: 'england',
    areas: ['Bournemouth, Christchurch and Poole', 'Dorset'],
    website: 'https://www.dorset.police.uk/',
  },
  {
    id: 'durham',
    name: 'Durham Constabulary',
    group: 'england',
    areas: ['County Durham', 'Darlington'],
    website: 'https://www.durham.police.uk/',
  },
  {
    id: 'essex',
    name: 'Essex Police',
    group: 'england',
    areas: ['Essex', 'Southend-on-Sea', 'Thurrock'],
    website: 'https://www.essex.police.uk/',
  },
  {
    id: 'gloucestershire',
    name: 'Gloucestershire Constabulary',
    group: 'england',
    areas: ['Gloucestershire'],
    website: 'https://www.gloucestershire.police.uk/',
  },
  {
    id: 'greater-manchester',
    name: 'Greater Manchester Police',
    group: 'england',
    areas: ['Bolton', 'Bury', 'Manchester', 'Oldham', 'Rochdale', 'Salford', 'Stockport', 'Tameside', 'Trafford', 'Wigan'],
    website: 'https://www.gmp.police.uk/',
  },
  {
    id: 'hampshire-and-isle-of-wight',
    name: 'Hampshire and Isle of Wight Constabulary',
    group: 'england',
    areas: ['Hampshire', 'Isle of Wight', 'Portsmouth', 'Southampton'],
    website: 'https://www.hampshire.police.uk/',
  },
  {
    id: 'hertfordshire',
    name: 'Hertfordshire Constabulary',
    group: 'england',
    areas: ['Hertfordshire'],
    website: 'https://www.herts.police.uk/',
  },
  {
    id: 'humberside',
    name: 'Humberside Police',
    group: 'england',
    areas: ['East Riding of Yorkshire', 'Hull (Kingston upon Hull)', 'North East Lincolnshire', 'North Lincolnshire'],
    website: 'https://www.humberside.police.uk/',
  },
  {
    id: 'kent',
    name: 'Kent Police',
    group: 'england',
    areas: ['Kent', 'Medway'],
    website: 'https://www.kent.police.uk/',
  },
  {
    id: 'lancashire',
    name: 'Lancashire Constabulary',
    group: 'england',
    areas: ['Blackburn with Darwen', 'Blackpool', 'Lancashire'],
    website: 'https://www.lancashire.police.uk/',
  },
  {
    id: 'leicestershire',
    name: 'Leicestershire Police',
    group: 'england',
    areas: ['Leicester', 'Leicestershire', 'Rutland'],
    website: 'https://www.leics.police.uk/',
  },
  {
    id: 'lincolnshire',
    name: 'Lincolnshire Police',
    group: 'england',
    areas: ['Lincolnshire (North and North East Lincolnshire are covered by Humberside Police)'],
    website: 'https://www.lincs.police.uk/',
  },
  {
    id: 'merseyside',
    name: 'Merseyside Police',
    group: 'england',
    areas: ['Knowsley', 'Liverpool', 'Sefton', 'St Helens', 'Wirral'],
    website: 'https://www.merseyside.police.uk/',
  },
  {
    id: 'metropolitan',
    name: 'Metropolitan Police Service',
    group: 'england',
    areas: [
      'Greater London (all 32 London boroughs; not the City of London)',
      'Barking and Dagenham',
      'Barnet',
      'Bexley',
      'Brent',
      'Bromley',
      'Camden',
      'Croydon',
      'Ealing',
      'Enfield',
      'Greenwich',
      'Hackney',
      'Hammersmith and Fulham',
      'Haringey',
      'Harrow',
      'Havering',
      'Hillingdon',
      'Hounslow',
      'Islington',
      'Kensington and Chelsea',
      'Kingston upon Thames',
      'Lambeth',
      'Lewisham',
      'Merton',
      'Newham',
      'Redbridge',
      'Richmond upon Thames',
      'Southwark',
      'Sutton',
      'Tower Hamlets',
      'Waltham Forest',
      'Wandsworth',
      'Westminster',
    ],
    website: 'https://www.met.police.uk/',
  },
  {
    id: 'norfolk',
    name: 'Norfolk Constabulary',
    group: 'england',
    areas: ['Norfolk'],
    website: 'https://www.norfolk.police.uk/',
  },
  {
    id: 'north-yorkshire',
    name: 'North Yorkshire Police',
    group: 'england',
    areas: ['North Yorkshire', 'York'],
    website: 'https://www.northyorkshire.police.uk/',
  },
  {
    id: 'northamptonshire',
    name: 'Northamptonshire Police',
    group: 'england',
    areas: ['North Northamptonshire', 'West Northamptonshire'],
    website: 'https://www.northants.police.uk/',
  },
  {
    id: 'northumbria',
    name: 'Northumbria Police',
    group: 'england',
    areas: ['Gateshead', 'Newcastle upon Tyne', 'North Tyneside', 'Northumberland', 'South Tyneside', 'Sunderland'],
    website: 'https://www.northumbria.police.uk/',
  },
  {
    id: 'nottinghamshire',
    name: 'Nottinghamshire Police',
    group: 'england',
    areas: ['Nottingham', 'Nottinghamshire'],
    website: 'https://www.nottinghamshire.police.uk/',
  },
  {
    id: 'south-yorkshire',
    name: 'South Yorkshire Police',
    group: 'england',
    areas: ['Barnsley', 'Doncaster', 'Rotherham', 'Sheffield'],
    website: 'https://www.southyorkshire.police.uk/',
  },
  {
    id: 'staffordshire',
    name: 'Staffordshire Police',
    group: 'england',
    areas: ['Staffordshire', 'Stoke-on-Trent'],
    website: 'https://www.staffordshire.police.uk/',
  },
  {
    id: 'suffolk',
    name: 'Suffolk Constabulary',
    group: 'england',
    areas: ['Suffolk'],
    website: 'https://www.suffolk.police.uk/',
  },
  {
    id: 'surrey',
    name: 'Surrey Police',
    group: 'england',
    areas: ['Surrey'],
    website: 'https://www.surrey.police.uk/',
  },
  {
    id: 'sussex',
    name: 'Sussex Police',
    group: 'england',
    areas: ['Brighton and Hove', 'East Sussex', 'West Sussex'],
    website: 'https://www.sussex.police.uk/',
  },
  {
    id: 'thames-valley',
    name: 'Thames Valley Police',
    group: 'england',
    areas: [
      'Berkshire: Bracknell Forest, Reading, Slough, West Berkshire, Windsor and Maidenhead, Wokingham',
      'Buckinghamshire',
      'Milton Keynes',
      'Oxfordshire',
    ],
    website: 'https://www.thamesvalley.police.uk/',
  },
  {
    id: 'warwickshire',
    name: 'Warwickshire Police',
    group: 'england',
    areas: ['Warwickshire'],
    website: 'https://www.warwickshire.police.uk/',
  },
  {
    id: 'west-mercia',
    name: 'West Mercia Police',
    group: 'england',
    areas: ['Herefordshire', 'Shropshire', 'Telford and Wrekin', 'Worcestershire'],
    website: 'https://www.westmercia.police.uk/',
  },
  {
    id: 'west-midlands',
    name: 'West Midlands Police',
    group: 'england',
    areas: ['Birmingham', 'Coventry', 'Dudley', 'Sandwell', 'Solihull', 'Walsall', 'Wolverhampton'],
    website: 'https://www.west-midlands.police.uk/',
  },
  {
    id: 'west-yorkshire',
    name: 'West Yorkshire Police',
    group: 'england',
    areas: ['Bradford', 'Calderdale', 'Kirklees', 'Leeds', 'Wakefield'],
    website: 'https://www.westyorkshire.police.uk/',
  },
  {
    id: 'wiltshire',
    name: 'Wiltshire Police',
    group: 'england',
    areas: ['Swindon', 'Wiltshire'],
    website: 'https://www.wiltshire.police.uk/',
  },
  {
    id: 'dyfed-powys',
    name: 'Dyfed-Powys Police',
    group: 'wales',
    areas: ['Carmarthenshire', 'Ceredigion', 'Pembrokeshire', 'Powys'],
    website: 'https://www.dyfed-powys.police.uk/',
  },
  {
    id: 'gwent',
    name: 'Gwent Police',
    group: 'wales',
    areas: ['Blaenau Gwent', 'Caerphilly', 'Monmouthshire', 'Newport', 'Torfaen'],
    website: 'https://www.gwent.police.uk/',
  },
  {
    id: 'north-wales',
    name: 'North Wales Police',
    group: 'wales',
    areas: ['Anglesey (Isle of Anglesey)', 'Conwy', 'Denbighshire', 'Flintshire', 'Gwynedd', 'Wrexham'],
    website: 'https://www.northwales.police.uk/',
  },
  {
    id: 'south-wales',
    name: 'South Wales Police',
    group: 'wales',
    areas: ['Bridgend', 'Cardiff', 'Merthyr Tydfil', 'Neath Port Talbot', 'Rhondda Cynon Taf', 'Swansea', 'Vale of Glamorgan'],
    website: 'https://www.south-wales.police.uk/',
  },
  {
    id: 'british-transport',
    name: 'British Transport Police',
    group: 'national',
    areas: ['Railways in England, Wales and Scotland, including the London Underground and some tram systems'],
    website: 'https://www.btp.police.uk/',
  },
  {
    id: 'ministry-of-defence',
    name: 'Ministry of Defence Police',
    group: 'national',
    areas: ['The defence estate across the UK, such as military bases and other Ministry of Defence sites'],
    website: 'https://www.mod.police.uk/',
  },
];

/** Every force, validated: importing this module throws if any entry is wrong. */
export const policeForces: readonly PoliceForce[] = Object.freeze(policeForcesSchema.parse(rawForces));
