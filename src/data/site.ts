/**
 * Site-wide navigation, in one place: addresses and the interface-table key of each link's words
 * (the site's name and the links' words are in src/i18n/en.ts: site.*, nav.*, footer.*).
 */
import type { TextKey } from '../i18n/schema';

/** A navigation link: where it goes and the table key of its words. */
export interface NavItem {
  href: string;
  label: TextKey;
}

/** Where the site is published: Astro's `site` (astro.config.mjs); tests tell outbound links by it. */
export const site = {
  origin: 'https://stalking-protection-orders.example',
} as const;

/** Main navigation, in display order. */
export const mainNav = [
  { href: '/guide/', label: 'nav.guide' },
  { href: '/check-your-situation/', label: 'nav.checkYourSituation' },
  { href: '/getting-help/', label: 'nav.getHelp' },
  { href: '/search/', label: 'nav.search' },
] as const satisfies readonly NavItem[];

/** Footer links, in display order. */
export const footerNav = [
  { href: '/about/', label: 'footer.about' },
  { href: '/accessibility/', label: 'footer.accessibility' },
  { href: '/privacy/', label: 'footer.privacy' },
  { href: '/staying-safe-online/', label: 'footer.stayingSafe' },
  { href: '/sources/', label: 'footer.sources' },
  { href: '/a-to-z/', label: 'footer.aToZ' },
] as const satisfies readonly NavItem[];
