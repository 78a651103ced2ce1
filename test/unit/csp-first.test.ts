/**
 * The head-order integration (src/integrations/csp-first.mjs) on made-up pages: <meta charset>
 * first, the Content-Security-Policy <meta> second, and a clear error for a page with no policy
 * or two. test/build/security.test.ts checks every built page comes out that way.
 */
import { describe, expect, it } from 'vitest';
import { charsetThenCsp } from '../../src/integrations/csp-first.mjs';

describe('the head-order integration', () => {
  it('puts <meta charset> first and the policy second in <head>', () => {
    const before = '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>t</title><meta http-equiv="content-security-policy" content="default-src \'self\'"><link rel="stylesheet" href="/a.css"></head><body></body></html>';
    const after = charsetThenCsp(before);
    expect(after).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><meta name="viewport"[^>]*><title>t<\/title><link/);
    expect(after.match(/content-security-policy/g)).toHaveLength(1);
    expect(after.match(/charset/g)).toHaveLength(1);
  });

  it('refuses a page that has no policy or two, or no charset or two', () => {
    expect(() => charsetThenCsp('<html><head><meta charset="utf-8"><title>t</title></head></html>', 'x.html')).toThrow(/x\.html: .*Content-Security-Policy.*found 0/);
    const two = '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="a"><meta http-equiv="Content-Security-Policy" content="b"></head></html>';
    expect(() => charsetThenCsp(two, 'x.html')).toThrow(/found 2/);
    expect(() => charsetThenCsp('<html><head><meta http-equiv="content-security-policy" content="a"></head></html>', 'x.html')).toThrow(/x\.html: .*charset.*found 0/);
  });
});
