/**
 * The build gate's checks (src/integrations/build-gate/checks.ts), each fed bad fixtures and a
 * good one. `npm run build` on a copy of the project with one bad file is
 * test/build/build-gate-runs.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkBuiltPage,
  checkContentSource,
  checkHeadersFile,
  checkShadowedRoutes,
  describeProblem,
  type SiteContext,
} from '../../src/integrations/build-gate/checks';
import { allowedNumbers } from '../../src/integrations/build-gate/phone-numbers';
import { allTelTargets } from '../../src/data/support-services';

const allowed = allowedNumbers();
const content = (body: string) => checkContentSource('src/content/guidance/x.mdx', `---\ntitle: X\n---\n\n${body}\n`, allowed).map(describeProblem);

describe('content files as written', () => {
  it('passes plain content: record short codes, links to read, code shown as code', () => {
    expect(content('If you are in danger, call 999. Read [the Act](https://www.legislation.gov.uk/ukpga/2019/9/section/111).')).toEqual([]);
    expect(content('Call <PhoneLink service="national-stalking-helpline" />.\n\n```\n<script>alert(1)</script>\n```')).toEqual([]);
  });

  it('refuses a phone number typed into content, even the right one, naming file and line', () => {
    expect(content('Ring the helpline on 0808 802 0300.')).toEqual([
      expect.stringMatching(/^src\/content\/guidance\/x\.mdx: line 5: a phone number typed into content \(0808 802 0300\)/),
    ]);
    expect(content('Or call 116 117 any time.').join()).toMatch(/the number 116117 is not in src\/data\/support-services\.ts/);
  });

  it('reads the frontmatter’s values, not its keys, as words: an updates entry’s `text:` is not the verb', () => {
    const page = (front: string) => checkContentSource('src/content/guidance/x.mdx', `---\n${front}\n---\n\nBody.\n`, allowed).map(describeProblem);
    expect(page('updates:\n  - date: "2026-12-07"\n    text: "Added the Sentencing Act 2026."')).toEqual([]);
    expect(page('summary:\n  - Text 2026 to us.').join()).toMatch(/the number 2026 is not in src\/data\/support-services\.ts/);
  });

  it('refuses tel: and sms: links typed into content', () => {
    expect(content('[the helpline](tel:+448088020399)').join()).toMatch(/line 5: a tel: link typed into content/);
    expect(content('<a href="sms:999">text</a>').join()).toMatch(/a sms: link typed into content/);
  });

  it.each([
    ['a markdown image', '![a chart](https://tracker.example/pixel.png)', /an image from another site \(https:\/\/tracker\.example\/pixel\.png\)/],
    ['an <img>', '<img src="//cdn.example/a.png" alt="" />', /src="\/\/cdn\.example\/a\.png" fetches from another site/],
    ['a form', '<form action="https://forms.example/post"></form>', /action="https:\/\/forms\.example\/post" fetches/],
    ['a video poster', '<video poster="http://media.example/p.jpg" />', /poster=.* fetches/],
    ['a style url()', '<div style={{background: "url(https://x.example/a.png)"}} />', /url\(https:\/\/x\.example\/a\.png\) fetches/],
  ])('refuses %s from another origin', (_kind, body, message) => {
    expect(content(body).join('\n')).toMatch(message);
  });

  it.each([
    ['<script>', '<script>fetch("/x")</script>', /raw <script> in content/],
    ['<iframe>', '<iframe src="/about/"></iframe>', /raw <iframe> in content/],
    ['<object>', '<object data="/a.pdf"></object>', /raw <object> in content/],
    ['<embed>', '<embed src="/a.swf" />', /raw <embed> in content/],
    ['an onclick attribute', '<span onclick="go()">x</span>', /an onclick= event attribute in content/],
    ['an onerror attribute in JSX', '<img src="/a.png" alt="" onError={() => 1} />', /an onerror= event attribute/],
  ])('refuses %s', (_kind, body, message) => {
    expect(content(body).join('\n')).toMatch(message);
  });
});

describe('content pages shadowed by a fixed route', () => {
  const pages = ['index.astro', '[slug].astro', 'search.astro', 'make-a-letter.astro', 'make-a-letter/words.json.ts', '404.astro'];
  const reserved = ['_astro', 'pagefind', 'robots.txt'];
  const check = (slug: string) => checkShadowedRoutes([{ slug, file: `src/content/guidance/${slug}.mdx` }], pages, reserved).map(describeProblem);

  it('passes a page with an address of its own', () => {
    expect(check('getting-help')).toEqual([]);
  });

  it.each([
    ['search', 'src/pages/search.astro'],
    ['make-a-letter', 'src/pages/make-a-letter.astro'],
    ['404', 'src/pages/404.astro'],
    ['pagefind', "the built site's pagefind"],
  ])('refuses %s.mdx, naming the route that takes its address', (slug, owner) => {
    expect(check(slug)).toEqual([`src/content/guidance/${slug}.mdx: its address /${slug}/ is taken by ${owner}, so this page would silently not be published: rename the file`]);
  });
});

describe('the _headers file', () => {
  const real = readFileSync(path.join(process.cwd(), 'public/_headers'), 'utf8');
  const check = (text: string) => checkHeadersFile('public/_headers', text).map(describeProblem);

  it('passes public/_headers as it is', () => {
    expect(check(real)).toEqual([]);
  });

  it('refuses a header line without its colon, naming the line', () => {
    const broken = real.replace('X-Frame-Options: DENY', 'X-Frame-Options DENY');
    const line = real.split('\n').findIndex((l) => l.includes('X-Frame-Options')) + 1;
    expect(check(broken)).toEqual([
      `public/_headers: line ${line}: "X-Frame-Options DENY" is not "Name: value" (hosts drop such a line, and the header with it)`,
      'public/_headers: the rule "/*" lacks X-Frame-Options',
    ]);
  });

  it('refuses a file that lacks an expected header, rule or directive', () => {
    expect(check(real.replace(/^\s+Referrer-Policy:.*\n/m, ''))).toEqual(['public/_headers: the rule "/*" lacks Referrer-Policy']);
    expect(check(real.replace(/^\/pagefind\/\*\n.*\n?/m, ''))).toEqual(['public/_headers: no rule for "/pagefind/*" (it must set Content-Security-Policy)']);
    expect(check(real.replace("connect-src 'self'", "connect-src *"))).toEqual([`public/_headers: the rule "/pagefind/*": its Content-Security-Policy lacks connect-src 'self'`]);
    expect(check(real.replace("frame-ancestors 'none'; ", ''))).toEqual([`public/_headers: the rule "/*": its Content-Security-Policy lacks frame-ancestors 'none'`]);
  });

  it('refuses headers before any path, paths hosts read differently, and empty rules', () => {
    expect(check(`  X-Frame-Options: DENY\n${real}`)).toEqual(['public/_headers: line 1: a header before any path']);
    expect(check(`${real}/:lang/*\n  X-A: b\n`).join()).toMatch(/"\/:lang\/\*": only exact paths and a final \*/);
    expect(check(`${real}/empty\n`)).toEqual([`public/_headers: line ${real.split('\n').length}: the rule "/empty" has no headers`]);
  });
});

describe('built pages', () => {
  const pages: Record<string, string> = {
    'index.html': '<html><body><h1 id="top-heading">Home</h1></body></html>',
    'getting-help/index.html': '<html><body><h2 id="helplines">Helplines</h2></body></html>',
  };
  const site: SiteContext = {
    sourceOf: (file) => `dist/${file}`,
    builtFileFor: (urlPath) => {
      const file = `${urlPath.replace(/^\//, '')}${urlPath.endsWith('/') ? 'index.html' : ''}`;
      return file in pages ? file : null;
    },
    anchorsOf: (file) => new Set([...pages[file]!.matchAll(/id="([^"]+)"/g)].map((m) => m[1]!)),
    allowed,
    telTargets: new Set(allTelTargets()),
  };
  const check = (body: string) => checkBuiltPage('about/index.html', `<!doctype html><html><head></head><body>${body}</body></html>`, site).map(describeProblem);

  it('passes a page whose links land, whose numbers are the record’s and which loads only its own files', () => {
    expect(
      check(
        '<a href="/getting-help/#helplines">help</a> <a href="/">home</a> <a href="#here">here</a><p id="here">Call <a href="tel:+448088020300">0808 802 0300</a> or <a href="tel:999">999</a>.</p><img src="/_astro/a.png" alt=""><link rel="stylesheet" href="/_astro/a.css"><a href="https://www.gov.uk/">GOV.UK</a>',
      ),
    ).toEqual([]);
  });

  it('refuses a tel: link that dials another number than it shows, or one not in the record', () => {
    expect(check('<a href="tel:+448088020399">0808 802 0300</a>')).toEqual([
      'dist/about/index.html: <a href="tel:+448088020399">: dials +448088020399, which is not in src/data/support-services.ts',
      'dist/about/index.html: <a href="tel:+448088020399"> shows "0808 802 0300" but dials +448088020399',
    ]);
    expect(check('<a href="tel:999">call 101</a>')).toEqual(['dist/about/index.html: <a href="tel:999"> shows "call 101" but dials 999']);
    expect(check('<p>Call 0800 123 4567.</p>')).toEqual(['dist/about/index.html: the number 08001234567 is not in src/data/support-services.ts']);
    // Other digits beside the number ("24 hours") are not read as part of it, but the number still is.
    expect(check('<a href="tel:+448081689111">24 hours: Victim Support 08 08 16 89 111</a>')).toEqual([]);
    expect(check('<a href="tel:+448081689111">24 hours: 0808 802 0300</a>')).toEqual([
      'dist/about/index.html: <a href="tel:+448081689111"> shows "24 hours: 0808 802 0300" but dials +448081689111',
    ]);
  });

  it.each([
    ['an image', '<img src="https://t.example/p.gif" alt="">', /<img src="https:\/\/t\.example\/p\.gif">: fetches from another site/],
    ['a srcset', '<img src="/a.png" srcset="//t.example/p.gif 2x" alt="">', /<img srcset=.*fetches from another site/],
    ['a script', '<script src="https://cdn.example/a.js"></script>', /<script src=.*fetches/],
    ['a stylesheet', '<link rel="stylesheet" href="https://fonts.example/a.css">', /<link href="https:\/\/fonts\.example\/a\.css">: fetches/],
    ['a form', '<form action="https://forms.example/"></form>', /<form action=.*fetches/],
    ['a frame', '<iframe src="/about/"></iframe>', /<iframe>: no page may embed another/],
    ['an object', '<object data="/a.pdf"></object>', /<object>: no page may embed another/],
    ['an inline handler', '<button onclick="go()">Go</button>', /<button onclick>: an inline event attribute/],
    ['a style url()', '<style>body{background:url(https://t.example/a.png)}</style>', /<style> loads from another site/],
    ['a preconnect', '<link rel="preconnect" href="/">', /<link rel="preconnect">: contacts another site/],
  ])('refuses %s', (_kind, body, message) => {
    expect(check(body).join('\n')).toMatch(message);
  });

  it('allows a page’s hreflang pairs at the site’s own published origin, and nothing else like them', () => {
    const published = { ...site, origin: 'https://spo.example' };
    const at = (body: string) => checkBuiltPage('about/index.html', `<!doctype html><html><head>${body}</head><body></body></html>`, published).map(describeProblem);
    expect(at('<link rel="alternate" hreflang="cy" href="https://spo.example/cy/">')).toEqual([]);
    // Another origin, a stylesheet that is also "alternate", a link without hreflang, or a gate that knows no origin: refused.
    expect(at('<link rel="alternate" hreflang="cy" href="https://other.example/cy/">')).toEqual(['dist/about/index.html: <link href="https://other.example/cy/">: fetches from another site']);
    expect(at('<link rel="alternate stylesheet" hreflang="cy" href="https://spo.example/a.css">')).toHaveLength(1);
    expect(at('<link rel="alternate" href="https://spo.example/cy/">')).toHaveLength(1);
    expect(checkBuiltPage('about/index.html', '<html><head><link rel="alternate" hreflang="cy" href="https://spo.example/cy/"></head></html>', site)).toHaveLength(1);
  });

  it('refuses a broken internal link or anchor, and an empty link', () => {
    expect(check('<a href="/no-such-page/">x</a>')).toEqual(['dist/about/index.html: a link to /no-such-page/: no page is built at /no-such-page/']);
    expect(check('<a href="/getting-help/#nowhere">x</a>')).toEqual(['dist/about/index.html: a link to /getting-help/#nowhere: no element with id "nowhere" on /getting-help/']);
    expect(check('<a href="#missing">x</a>')).toEqual(['dist/about/index.html: a link to #missing: no element with id "missing" on /about/']);
    expect(check('<a href="">x</a>')).toEqual(['dist/about/index.html: <a href="">: an empty link']);
  });
});
