/**
 * Site-wide navigation, in one place: the pages' keys (src/i18n/routing.ts makes each locale's address) and the interface-table key of each link's words
 * (the site's name and the links' words are in src/i18n/en.ts: site.*, nav.*, footer.*).
 */
import type { TextKey } from '../i18n/schema';

/** A navigation link: the key of the page it goes to and the table key of its words. */
export interface NavItem {
  page: string;
  label: TextKey;
}

/** Where the site is published: Astro's `site` (astro.config.mjs); tests tell outbound links by it. */
export const site = {
  origin: 'https://stalking-protection-orders.example',
} as const;

/**
 * Main navigation, in display order. The contents page (guide) is in the footer: the header's one row on a
 * 360 px phone holds the other language's link, the step-by-step guide, getting help and search.
 */
export const mainNav = [
  { page: 'checkYourSituation', label: 'nav.checkYourSituation' },
  { page: 'getting-help', label: 'nav.getHelp' },
  { page: 'search', label: 'nav.search' },
] as const satisfies readonly NavItem[];

/** Footer links, in display order. */
export const footerNav = [
  { page: 'guide', label: 'nav.guide' },
  { page: 'about', label: 'footer.about' },
  { page: 'accessibility', label: 'footer.accessibility' },
  { page: 'privacy', label: 'footer.privacy' },
  { page: 'staying-safe-online', label: 'footer.stayingSafe' },
  { page: 'sources', label: 'footer.sources' },
  { page: 'aToZ', label: 'footer.aToZ' },
] as const satisfies readonly NavItem[];
