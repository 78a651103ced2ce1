/**
 * Which locale a page is in comes from its address: English at `/`, every other locale at
 * `/<segment>/…`. One build publishes every locale in `publishedLocales` (astro.config.mjs gives
 * them to Astro's i18n routing); `npm run build:pseudo` adds the pseudo-locale en-XA at `/en-xa/…`,
 * which production builds never include. Links are made by `href` from a page's key and a locale,
 * so no page's address is typed anywhere else.
 */
import { isLocale, type Locale } from './table';

/** The locale of the site's own addresses (no segment). */
export const defaultLocale = 'en-GB' satisfies Locale;

/** Each locale's first address segment ('' for the default locale). */
export const localeSegments = { 'en-GB': '', 'en-XA': 'en-xa', cy: 'cy' } as const satisfies Record<Locale, string>;

/** The locales production builds publish. */
export const productionLocales: readonly Locale[] = ['en-GB', 'cy'];

/**
 * Languages being translated, for their translators' own builds only: `SPO_PREVIEW_LOCALES=cy npm run build`
 * publishes Welsh beside English with what it has so far (its translated pages; English content where its
 * guide, letters, search or home file does not exist yet). Production builds never set it.
 */
export function previewLocales(env: Record<string, string | undefined> = globalThis.process?.env ?? {}, production: readonly Locale[] = productionLocales): Locale[] {
  const asked = (env['SPO_PREVIEW_LOCALES'] ?? '').split(',').map((code) => code.trim()).filter((code) => code !== '');
  return asked.filter((code): code is Locale => isLocale(code) && code !== defaultLocale && code !== 'en-XA' && !production.includes(code));
}

/** The locales a build publishes: production's (or English and the pseudo-locale when SPO_PSEUDO=1, npm run build:pseudo), and any preview. */
export function publishedLocales(env: Record<string, string | undefined> = globalThis.process?.env ?? {}): Locale[] {
  // The pseudo build tests the interface around the content: English and en-XA only.
  if (env['SPO_PSEUDO'] === '1') return [defaultLocale, 'en-XA', ...previewLocales(env)];
  return [...productionLocales, ...previewLocales(env)];
}

/**
 * The nation whose own services a language's pages offer first, where it has one: Welsh pages put Wales's
 * 24-hour bilingual line (Byw Heb Ofn, Live Fear Free) in the help strip (issue 29, point 6).
 */
export const localeNations: Readonly<Partial<Record<Locale, 'wales'>>> = { cy: 'wales' };

/** The locale of an address: the locale whose segment starts it, else the default. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/').find((part) => part !== '') ?? '';
  const match = Object.entries(localeSegments).find(([, segment]) => segment !== '' && segment === first.toLowerCase());
  return match && isLocale(match[0]) ? match[0] : defaultLocale;
}

/** The pages that are not guidance entries, by key, with their address in each locale's words. */
export const fixedPageAddresses = {
  home: { 'en-GB': '', 'en-XA': '', cy: '' },
  checkYourSituation: { 'en-GB': 'check-your-situation', 'en-XA': 'check-your-situation', cy: 'gwirio-eich-sefyllfa' },
  makeALetter: { 'en-GB': 'make-a-letter', 'en-XA': 'make-a-letter', cy: 'gwneud-llythyr' },
  search: { 'en-GB': 'search', 'en-XA': 'search', cy: 'chwilio' },
  guide: { 'en-GB': 'guide', 'en-XA': 'guide', cy: 'canllaw' },
  aToZ: { 'en-GB': 'a-to-z', 'en-XA': 'a-to-z', cy: 'a-i-y' },
  sources: { 'en-GB': 'sources', 'en-XA': 'sources', cy: 'ffynonellau' },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * The guidance pages translated into each locale but English, as one map of page pairs: the English
 * page's key (its slug) → the translation's own slug, in that locale's words. Each pair is a file,
 * src/content/translations/<locale>/guidance/<slug>.mdx, whose `translationKey` names the English page; the build
 * checks the map against the files (src/lib/translations.ts), both ways. A guidance page with no
 * translation in a locale is not published in it: links to it from that locale's pages go to the
 * English page, and the English page has no language link to it.
 * en-XA's one pair is a fixture: it proves the machinery (a page at its own address, the outdated notice).
 */
export const translatedGuidance: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'en-GB': {},
  'en-XA': { 'stalking-log': 'staalkiing-loog' },
  // Welsh (issue 29).
  cy: {
    about: 'amdanom-ni',
    accessibility: 'hygyrchedd',
    'changes-to-the-law': 'newidiadau-ir-gyfraith',
    'getting-help': 'cael-help',
    glossary: 'geirfa',
    'helping-someone-being-stalked': 'helpu-rhywun-syn-cael-ei-stelcio',
    'hiding-your-visit': 'cuddio-eich-ymweliad',
    'how-long-an-order-lasts': 'pa-mor-hir-mae-gorchymyn-yn-para',
    'how-to-get-a-stalking-protection-order': 'sut-i-gael-gorchymyn-diogelu-rhag-stelcio',
    'if-the-order-is-broken': 'os-caiff-y-gorchymyn-ei-dorri',
    'if-the-police-say-no': 'os-bydd-yr-heddlu-yn-gwrthod',
    'if-you-dont-know-who-is-stalking-you': 'os-nad-ydych-yn-gwybod-pwy-syn-eich-stelcio',
    'interim-stalking-protection-orders': 'gorchmynion-interim',
    'keeping-a-record': 'cadw-cofnod',
    'living-with-an-order': 'byw-gyda-gorchymyn',
    'notification-requirements': 'gofynion-hysbysu',
    'other-protective-orders': 'gorchmynion-diogelu-eraill',
    privacy: 'preifatrwydd',
    'scotland-and-northern-ireland': 'yr-alban-a-gogledd-iwerddon',
    'stalking-log': 'log-stelcio',
    'staying-safe-online': 'cadw-yn-ddiogel-ar-lein',
    'what-an-order-can-include': 'beth-all-gorchymyn-ei-gynnwys',
    'what-is-a-stalking-protection-order': 'beth-yw-gorchymyn-diogelu-rhag-stelcio',
    'what-is-stalking': 'beth-yw-stelcio',
    'your-local-police-force': 'eich-heddlu-lleol',
  },

};

/**
 * Locales that show the English guidance page, at its English slug, where they have no translation of
 * it: the pseudo-locale only, which tests the interface around the content, not the content. A real
 * language never does (no fallback pages: the page is simply not published in it).
 */
export const englishContentLocales: readonly Locale[] = ['en-XA'];

/** Which guidance pages each locale has: the map of page pairs and the locales that show English content (tests pass their own). */
export interface GuidanceLocales {
  pairs: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
  englishContent: readonly Locale[];
}

const siteGuidance: GuidanceLocales = { pairs: translatedGuidance, englishContent: englishContentLocales };

/** Where a guidance page is in a locale: its own translation, the English page under the locale (pseudo-locale), or nowhere. */
export function guidanceSlugIn(key: string, locale: Locale, { pairs, englishContent }: GuidanceLocales = siteGuidance): string | undefined {
  if (locale === defaultLocale) return key;
  return pairs[locale][key] ?? (englishContent.includes(locale) ? key : undefined);
}

/** The English key of the guidance page at `slug` in a locale (a translation's own slug, or the English slug itself). */
export function guidanceKeyOf(slug: string, locale: Locale, { pairs }: GuidanceLocales = siteGuidance): string {
  return Object.entries(pairs[locale]).find(([, own]) => own === slug)?.[0] ?? slug;
}

/** The key of a page that is not a guidance entry. */
export type FixedPageKey = keyof typeof fixedPageAddresses;

/** The keys of the pages that are not guidance entries, in the order the indexes list them. */
export const fixedPageKeys = Object.keys(fixedPageAddresses) as FixedPageKey[];

/** The address of a page from its slug in a locale's words: `/`, `/search/`, `/en-xa/search/`. */
export function pathIn(locale: Locale, slug: string): string {
  return `/${[localeSegments[locale], slug].filter((part) => part !== '').map((part) => `${part}/`).join('')}`;
}

/**
 * The address of a page in a locale, from its key: a key of `fixedPageAddresses`, or a guidance page's
 * (its entry's id, the English slug: its translation's own slug in a locale that has one, the English
 * page where the locale has none); `fragment` adds "#…". A key that names no page gives an
 * address no page has, which the build's link check refuses, naming the page that links to it.
 */
export function href(key: FixedPageKey | (string & {}), locale: Locale, fragment?: string, guidance: GuidanceLocales = siteGuidance): string {
  const tail = fragment ? `#${fragment}` : '';
  if (Object.hasOwn(fixedPageAddresses, key)) return `${pathIn(locale, fixedPageAddresses[key as FixedPageKey][locale])}${tail}`;
  const slug = guidanceSlugIn(key, locale, guidance);
  return slug === undefined ? `${pathIn(defaultLocale, key)}${tail}` : `${pathIn(locale, slug)}${tail}`;
}

/** The slug of an address within its locale: "/en-xa/search/" → "search", "/" → "". */
function slugOf(pathname: string, locale: Locale): string {
  const parts = pathname.split('/').filter((part) => part !== '');
  if (localeSegments[locale] !== '') parts.shift();
  return parts.join('/');
}

/**
 * The same page in each published locale, for the language links and `hreflang`: from a page's address,
 * its key (a fixed page whose address in its locale is this one, else a guidance page's slug), then that
 * key's address in every locale. Only published locales: a page has no link to a language the build leaves out.
 */
export function alternatesOf(
  pathname: string,
  published: readonly Locale[] = publishedLocales(),
  guidance: GuidanceLocales = siteGuidance,
): { locale: Locale; href: string }[] {
  const locale = localeOfPath(pathname);
  const slug = slugOf(pathname, locale);
  const fixed = fixedPageKeys.find((k) => fixedPageAddresses[k][locale] === slug);
  if (fixed) return published.map((other) => ({ locale: other, href: href(fixed, other) }));
  // A guidance page: only the locales it is published in (a language without its translation has no link).
  const key = guidanceKeyOf(slug, locale, guidance);
  return published.filter((other) => guidanceSlugIn(key, other, guidance) !== undefined).map((other) => ({ locale: other, href: href(key, other, undefined, guidance) }));
}

/**
 * getStaticPaths for a page that is not a guidance entry, in every published locale but English (whose
 * page is the file of the same name in src/pages): `src/pages/[locale]/[<key>].astro` renders it at
 * /<segment>/<its address in that locale's words>/, each page its own route so it keeps its own styles; the home
 * page (`src/pages/[locale]/index.astro`) has no address of its own beyond the segment.
 */
export function localisedPaths(key: FixedPageKey) {
  return publishedLocales()
    .filter((locale) => locale !== defaultLocale)
    .map((locale) => ({ params: { locale: localeSegments[locale], ...(key === 'home' ? {} : { [key]: fixedPageAddresses[key][locale] }) } }));
}
