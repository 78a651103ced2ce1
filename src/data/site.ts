/** Site-wide names and navigation, in one place. */
export const site = {
  name: 'Stalking Protection Orders: a guide',
  shortName: 'SPO guide',
  /** Where the site is published: Astro's `site` (astro.config.mjs); tests tell outbound links by it. */
  origin: 'https://stalking-protection-orders.example',
  scope: 'England and Wales',
} as const;

/** Main navigation, in display order. */
export const mainNav = [
  { href: '/guide/', label: 'Guide' },
  { href: '/check-your-situation/', label: 'Check your situation' },
  { href: '/getting-help/', label: 'Get help' },
  { href: '/search/', label: 'Search' },
] as const;

/** Footer links, in display order. */
export const footerNav = [
  { href: '/about/', label: 'About this site' },
  { href: '/accessibility/', label: 'Accessibility statement' },
  { href: '/privacy/', label: 'Privacy: we store nothing' },
  { href: '/staying-safe-online/', label: 'Staying safe online' },
  { href: '/sources/', label: 'Sources' },
  { href: '/a-to-z/', label: 'All pages A to Z' },
] as const;
