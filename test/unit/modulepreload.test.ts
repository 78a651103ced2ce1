/**
 * The modulepreload links for each island's code (src/integrations/modulepreload.mjs): which
 * imports of a built module are static (preloaded) and which are dynamic (left to load later),
 * the closure over the module graph, and where the links go in <head>.
 */
import { describe, expect, it } from 'vitest';
import { islandEntries, preloadClosure, staticImportsOf, withModulePreloads } from '../../src/integrations/modulepreload.mjs';

describe('modulepreload', () => {
  it('finds static imports and re-exports in built code, never a dynamic import()', () => {
    const code = [
      'import{a as b}from"./preact.module.js";',
      'import"./side.js";',
      'import c from "./default.js";',
      "import * as ns from './ns.js';",
      'export{d}from"./re.js";',
      'const m=import("./lazy.js");',
      'const n = await import ("./lazy2.js");',
      'x.import("./not.js");',
      'const s="import z from \\"no\\"";',
    ].join('');
    expect(staticImportsOf(code)).toEqual(['./preact.module.js', './side.js', './default.js', './ns.js', './re.js']);
    expect(staticImportsOf('import{a}from"./x.js"\nimport{b}from"./y.js"')).toEqual(['./x.js', './y.js']);
  });

  it('preloads the entries and everything they import statically, each once, entries first', async () => {
    const files: Record<string, string> = {
      '/_astro/Guide.js': 'import{h}from"./preact.js";import{f}from"./form.js";const r=()=>import("./Result.js");',
      '/_astro/client.js': 'import{h}from"./preact.js";',
      '/_astro/preact.js': 'export const h=1;',
      '/_astro/form.js': 'import{h}from"./preact.js";import"../shared/x.js";',
      '/shared/x.js': 'import{h}from"/_astro/preact.js";',
      '/_astro/Result.js': 'import{z}from"./zod.js";',
    };
    const read = async (p: string) => files[p] ?? null;
    expect(await preloadClosure(['/_astro/Guide.js', '/_astro/client.js'], read)).toEqual([
      '/_astro/Guide.js',
      '/_astro/client.js',
      '/_astro/preact.js',
      '/_astro/form.js',
      '/shared/x.js',
    ]);
    await expect(preloadClosure(['/_astro/gone.js'], read)).rejects.toThrow('modulepreload: /_astro/gone.js is not in the build');
    expect(await preloadClosure(['/_astro/preact.js'], async (p) => (p === '/_astro/preact.js' ? 'import x from "pkg";' : null))).toEqual(['/_astro/preact.js']);
  });

  it('reads each island’s component and renderer scripts, once each', () => {
    const html =
      '<astro-island uid="a" component-url="/_astro/Guide.js" component-export="default" renderer-url="/_astro/client.js" ssr client="only"></astro-island>' +
      '<astro-island uid="b" component-url="/_astro/Other.js" renderer-url="/_astro/client.js"></astro-island><p component-url="/no.js"></p>';
    expect(islandEntries(html)).toEqual(['/_astro/Guide.js', '/_astro/client.js', '/_astro/Other.js']);
    expect(islandEntries('<p>no island</p>')).toEqual([]);
  });

  it('puts the links right after the policy <meta>, and refuses a page without one', () => {
    const html = '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"><title>t</title></head></html>';
    expect(withModulePreloads(html, ['/a.js', '/b.js'])).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"><link rel="modulepreload" href="/a.js"><link rel="modulepreload" href="/b.js"><title>t</title></head></html>',
    );
    expect(withModulePreloads('<head></head>', [])).toBe('<head></head>');
    expect(() => withModulePreloads('<head></head>', ['/a.js'], 'x.html')).toThrow('x.html: no Content-Security-Policy <meta> to put the modulepreload links after');
  });
});
