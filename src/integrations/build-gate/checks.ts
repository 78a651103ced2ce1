/**
 * The build gate's checks (issue 27, point 1): what `npm run build` refuses because it would hurt
 * a visitor wherever the site is deployed. Pure functions over text; the integration in ./index.ts
 * reads the files and stops the build with every problem found, each naming its file.
 * Tests: test/unit/build-gate.test.ts (each check fed bad fixtures) and
 * test/build/build-gate-runs.test.ts (`npm run build` on a copy of the project with one bad file).
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { longNumbersIn, normalise, phoneNumbersIn } from './phone-numbers';

/** One thing the gate refuses: the file to fix (relative to the project) and what is wrong. */
export interface Problem {
  file: string;
  message: string;
}

export const describeProblem = (p: Problem): string => `${p.file}: ${p.message}`;

/** True when a URL would be fetched from another origin (absolute or protocol-relative). */
export const isForeign = (url: string): boolean => /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^\s*(?:tel|sms|mailto):/i.test(url);

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Blanks out fenced code, inline code and comments, keeping offsets (so line numbers stay right). */
function withoutCode(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, blank);
}

/** Elements content may never hold: they run code, embed other documents or change the page's rules. */
const forbiddenElements = ['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'link', 'meta', 'style'];

/** Attributes that make the browser fetch what they name (an <a href> is a link to follow, not a fetch). */
const fetchingAttributes = ['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background', 'manifest', 'ping'];

/**
 * An MDX content file (guidance pages, the home page), as written: the frontmatter and the body.
 * `allowed` is the set of numbers the support services record allows (allowedNumbers()).
 */
export function checkContentSource(file: string, source: string, allowed: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const text = withoutCode(source);
  const at = (index: number, message: string) => problems.push({ file, message: `line ${lineOf(text, index)}: ${message}` });

  for (const m of text.matchAll(new RegExp(`<\\s*(${forbiddenElements.join('|')})\\b`, 'gi'))) {
    at(m.index, `raw <${m[1]!.toLowerCase()}> in content: content may not run code, embed another page or change the page's rules`);
  }
  for (const m of text.matchAll(/<[A-Za-z][^<>]*?\s(on[a-z]+)\s*=/gi)) {
    at(m.index, `an ${m[1]!.toLowerCase()}= event attribute in content: content may not run code`);
  }
  for (const m of text.matchAll(/!\[[^\]]*\]\(\s*<?\s*((?:[a-z][a-z0-9+.-]*:)?\/\/[^\s)>]*)/gi)) {
    at(m.index, `an image from another site (${m[1]}): every file must come from this site, or the visit is seen there`);
  }
  const attributePattern = new RegExp(`\\s(${fetchingAttributes.join('|')}|xlink:href)\\s*=\\s*\\{?\\s*["'\`]?\\s*((?:[a-z][a-z0-9+.-]*:)?\\/\\/[^"'\`\\s>}]*)`, 'gi');
  for (const m of text.matchAll(attributePattern)) {
    if (isForeign(m[2]!)) at(m.index, `${m[1]}="${m[2]}" fetches from another site: every file must come from this site`);
  }
  for (const m of text.matchAll(/url\(\s*['"]?\s*((?:[a-z][a-z0-9+.-]*:)?\/\/[^'")\s]*)/gi)) {
    at(m.index, `url(${m[1]}) fetches from another site`);
  }
  for (const m of text.matchAll(/\b(tel|sms|callto):/gi)) {
    at(m.index, `a ${m[1]!.toLowerCase()}: link typed into content: use <PhoneLink service="…" />, which dials the number in src/data/support-services.ts`);
  }
  // Numbers: web addresses and the sources list are not read as numbers.
  // Nor are the frontmatter's keys: `text:` of an updates entry is not the verb "text".
  const prose = text
    .replace(/(?:https?:)?\/\/[^\s)"'>\]]+/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/^(\s*(?:-\s+)?)([A-Za-z]\w*):/gm, (_m, lead: string, key: string) => `${lead}${' '.repeat(key.length)} `));
  for (const m of longNumbersIn(prose)) {
    at(m.index, `a phone number typed into content (${m.text}): use <PhoneLink service="…" />, so every number comes from src/data/support-services.ts`);
  }
  for (const n of phoneNumbersIn(prose)) {
    if (/^0/.test(n) && n.length > 6) continue; // long numbers: refused above
    if (!allowed.has(n)) problems.push({ file, message: `the number ${n} is not in src/data/support-services.ts` });
  }
  return problems;
}

/**
 * Content pages shadowed by a fixed route: Astro serves src/pages/search.astro at /search/ and
 * silently never publishes a guidance page named search.mdx. `pageFiles` are paths relative to
 * src/pages; `reserved` are top-level names the built site already uses (public/ files, _astro,
 * pagefind).
 */
export function checkShadowedRoutes(
  content: readonly { slug: string; file: string }[],
  pageFiles: readonly string[],
  reserved: readonly string[],
): Problem[] {
  const routes = new Map<string, string>();
  for (const page of pageFiles) {
    const posix = page.split('\\').join('/');
    if (posix.includes('[')) continue; // dynamic routes: the content's own
    const route = posix.replace(/\.(astro|mdx?|ts|js|mjs)$/, '').replace(/(^|\/)index$/, '');
    const top = route.split('/')[0]!;
    // The page at the address itself names it best; a file under a folder of that name, next.
    if (!routes.has(top) || route === top) routes.set(top, `src/pages/${posix}`);
  }
  for (const name of reserved) routes.set(name, `the built site's ${name}`);
  const problems: Problem[] = [];
  for (const { slug, file } of content) {
    const owner = routes.get(slug) ?? (slug === '' || slug === 'index' ? 'the home page' : undefined);
    if (owner) problems.push({ file, message: `its address /${slug}/ is taken by ${owner}, so this page would silently not be published: rename the file` });
  }
  return problems;
}

/** Headers every response must carry, by rule of public/_headers, and what some values must hold. */
export const requiredHeaders: Readonly<Record<string, readonly string[]>> = {
  '/*': [
    'Content-Security-Policy',
    'X-Frame-Options',
    'X-Content-Type-Options',
    'Referrer-Policy',
    'Permissions-Policy',
    'Cross-Origin-Opener-Policy',
    'Cross-Origin-Resource-Policy',
    'Strict-Transport-Security',
  ],
  // Pagefind's worker takes its policy from its own response, not from the page.
  '/pagefind/*': ['Content-Security-Policy'],
};
const requiredDirectives: Readonly<Record<string, readonly string[]>> = {
  '/*': ["frame-ancestors 'none'", "require-trusted-types-for 'script'", 'trusted-types default'],
  '/pagefind/*': ["default-src 'self'", 'script-src ', "connect-src 'self'"],
};

/** A rule of a _headers file: the path pattern and its headers in order (names as written). */
export interface HeaderRule {
  path: string;
  line: number;
  headers: [string, string][];
}

/**
 * Reads a `_headers` file strictly: a line the hosts' parsers would drop (a header without its
 * colon, a header before any path) is a problem here, not a silently missing header.
 */
export function parseHeadersFile(file: string, text: string): { rules: HeaderRule[]; problems: Problem[] } {
  const rules: HeaderRule[] = [];
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (/^\s*(#|$)/.test(raw)) return;
    if (!/^\s/.test(raw)) {
      const pattern = raw.trim();
      if (!pattern.startsWith('/')) problems.push({ file, message: `line ${line}: "${pattern}" is not a path (a rule starts with /)` });
      else if (/:|\*(?!$)|\s/.test(pattern)) problems.push({ file, message: `line ${line}: "${pattern}": only exact paths and a final * are served alike by every host and by npm start` });
      rules.push({ path: pattern, line, headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+)\s*:\s*(\S.*?)\s*$/.exec(raw);
    if (!header) {
      problems.push({ file, message: `line ${line}: "${raw.trim()}" is not "Name: value" (hosts drop such a line, and the header with it)` });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) problems.push({ file, message: `line ${line}: a header before any path` });
    else rule.headers.push([header[1]!, header[2]!]);
  });
  for (const rule of rules) if (!rule.headers.length) problems.push({ file, message: `line ${rule.line}: the rule "${rule.path}" has no headers` });
  return { rules, problems };
}

/** A `_headers` file: well formed, and every required header in every required rule. */
export function checkHeadersFile(file: string, text: string): Problem[] {
  const { rules, problems } = parseHeadersFile(file, text);
  for (const [pattern, names] of Object.entries(requiredHeaders)) {
    const rule = rules.find((r) => r.path === pattern);
    if (!rule) {
      problems.push({ file, message: `no rule for "${pattern}" (it must set ${names.join(', ')})` });
      continue;
    }
    const has = new Map(rule.headers.map(([name, value]) => [name.toLowerCase(), value]));
    for (const name of names) if (!has.has(name.toLowerCase())) problems.push({ file, message: `the rule "${pattern}" lacks ${name}` });
    const csp = has.get('content-security-policy') ?? '';
    for (const directive of requiredDirectives[pattern] ?? []) {
      if (has.has('content-security-policy') && !csp.split(';').some((d) => `${d.trim()} `.startsWith(directive))) {
        problems.push({ file, message: `the rule "${pattern}": its Content-Security-Policy lacks ${directive.trim()}` });
      }
    }
  }
  return problems;
}

/** What a reader can see or hear on a page: its text, and the text in attributes read aloud. */
export function readableText(html: HTMLElement): string {
  const copy = parse(html.outerHTML, { comment: false });
  for (const el of copy.querySelectorAll('script, style, template, noscript')) el.remove();
  const attributes = copy
    .querySelectorAll('[aria-label], [title], [alt], [placeholder], meta[name="description"]')
    .map((el) => ['aria-label', 'title', 'alt', 'placeholder', 'content'].map((a) => el.getAttribute(a) ?? '').join(' '));
  // Block boundaries become line breaks so numbers in neighbouring cells never run together.
  const body = parse(copy.innerHTML.replace(/<\/?(?:p|li|td|th|dt|dd|div|h\d|br|tr|section)\b[^>]*>/gi, '\n')).text;
  return `${body}\n${attributes.join('\n')}`;
}

/** What the built-page check needs to know about the rest of the site. */
export interface SiteContext {
  /** The file to name for a built page (its MDX source when it has one). */
  sourceOf(builtFile: string): string;
  /** The built file (relative to dist) served at a site path, or null. */
  builtFileFor(urlPath: string): string | null;
  /** The ids and names on a built page. */
  anchorsOf(builtFile: string): ReadonlySet<string>;
  /** Numbers the support services record allows, normalised. */
  allowed: ReadonlySet<string>;
  /** Every tel:/sms: target in the record. */
  telTargets: ReadonlySet<string>;
  /**
   * The origin the site is published at (Astro's `site`): a page's <link rel="alternate" hreflang> names its
   * pairs there, fully qualified as search engines require. Nothing is fetched from such a link.
   */
  origin?: string;
}

/** A <link rel="alternate" hreflang> to a page of the site at its published origin: a name, not a fetch. */
function isOwnAlternate(el: HTMLElement, value: string, origin: string | undefined): boolean {
  if (!origin || el.tagName.toLowerCase() !== 'link' || !el.getAttribute('hreflang')) return false;
  if ((el.getAttribute('rel') ?? '').trim().toLowerCase() !== 'alternate') return false;
  try {
    return new URL(value).origin === origin;
  } catch {
    return false;
  }
}

const origin = 'https://site.invalid';

/** The URL path a built file is served at ("guide/index.html" → "/guide/"). */
export function urlPathOf(file: string): string {
  const posix = file.split('\\').join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** Ids and names of a parsed page. */
export const anchorsIn = (html: HTMLElement): Set<string> =>
  new Set(html.querySelectorAll('[id], a[name]').flatMap((el) => [el.id, el.getAttribute('name') ?? ''].filter(Boolean)));

/** One built HTML page (`builtFile` relative to dist/). */
export function checkBuiltPage(builtFile: string, source: string, site: SiteContext): Problem[] {
  const html = parse(source, { comment: false });
  const file = site.sourceOf(builtFile);
  const problems: Problem[] = [];
  const add = (message: string) => problems.push({ file, message });

  for (const el of html.querySelectorAll('iframe, frame, object, embed, applet')) add(`<${el.tagName.toLowerCase()}>: no page may embed another`);
  for (const el of html.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const [name, value] of Object.entries(el.attributes)) {
      const attr = name.toLowerCase();
      if (/^on[a-z]/.test(attr)) add(`<${tag} ${attr}>: an inline event attribute`);
      else if (fetchingAttributes.includes(attr) && (attr === 'srcset' ? /(^|,|\s)(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value) : isForeign(value))) {
        add(`<${tag} ${attr}="${value}">: fetches from another site`);
      } else if ((attr === 'href' || attr === 'xlink:href') && tag !== 'a' && tag !== 'area' && isForeign(value) && !isOwnAlternate(el, value, site.origin)) {
        add(`<${tag} href="${value}">: fetches from another site`);
      } else if (attr === 'style' && /url\(\s*['"]?\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value)) add(`<${tag} style>: url() to another site`);
    }
  }
  for (const el of html.querySelectorAll('style')) if (foreignInCss(el.text)) add('<style> loads from another site');
  for (const el of html.querySelectorAll('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="manifest"]')) add(`<link rel="${el.getAttribute('rel')}">: contacts another site`);

  // Phone numbers: only the record's, and a link dials the number it shows.
  for (const n of new Set(phoneNumbersIn(readableText(html)))) if (!site.allowed.has(n)) add(`the number ${n} is not in src/data/support-services.ts`);
  for (const a of html.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href')!.trim();
    const dial = /^(tel|sms):(.*)$/i.exec(href);
    if (dial) {
      const target = decodeURIComponent(dial[2]!).split(/[?;,]/)[0]!;
      if (!site.telTargets.has(target)) add(`<a href="${href}">: dials ${target}, which is not in src/data/support-services.ts`);
      // The number the link shows: a long number written in it (so "24 hours: Victim Support 08 08 16 89 111"
      // is read as its number, not as "24…"), else every digit of its text ("Call 999").
      const longs = longNumbersIn(a.text).map((m) => normalise(m.text).replace(/\D/g, ''));
      const shown = longs.length > 0 ? longs : [a.text.replace(/\D/g, '')].filter(Boolean);
      const dialled = normalise(target).replace(/\D/g, '');
      if (shown.some((n) => n !== dialled)) add(`<a href="${href}"> shows "${a.text.trim()}" but dials ${target}`);
      continue;
    }
    // Internal links land on a built page, and a #fragment on an element of it.
    if (href === '') {
      add('<a href="">: an empty link');
      continue;
    }
    const from = urlPathOf(builtFile);
    let url: URL;
    try {
      url = new URL(href, origin + from);
    } catch {
      add(`<a href="${href}">: not a valid address`);
      continue;
    }
    if (url.origin !== origin) continue;
    const target = href.startsWith('#') ? builtFile : site.builtFileFor(url.pathname);
    if (!target) {
      add(`a link to ${href}: no page is built at ${url.pathname}`);
      continue;
    }
    const fragment = url.hash.slice(1);
    if (fragment && fragment !== 'top') {
      const anchors = target === builtFile ? anchorsIn(html) : site.anchorsOf(target);
      if (!anchors.has(decodeURIComponent(fragment))) add(`a link to ${href}: no element with id "${decodeURIComponent(fragment)}" on ${urlPathOf(target)}`);
    }
  }
  return problems;
}

/** True when CSS loads something from another origin (url() or @import). */
export const foreignInCss = (css: string): boolean =>
  /url\(\s*['"]?\s*(?:[a-z][a-z0-9+.-]*:)?\/\/|@import\s+(?:url\()?\s*['"]?\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(css);
