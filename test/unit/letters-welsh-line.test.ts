/**
 * The letter page's line about writing in Welsh (src/lib/letters/welsh-line.ts, issue 29 point 5): the
 * Welsh page says forces in Wales must reply in Welsh; a page in another language offers the Welsh letter
 * builder only when the build publishes Welsh, so it never links to a page that is not there. The words
 * come from the interface table, and say nothing of English forces.
 */
import { describe, expect, it } from 'vitest';
import { welshLetterLine } from '../../src/lib/letters/welsh-line';
import { useStrings } from '../../src/i18n';

describe('the letter page’s line about Welsh', () => {
  it('on the Welsh page: the reply line, whatever else is published', () => {
    expect(welshLetterLine('cy', ['en-GB', 'cy'])).toEqual({ kind: 'reply' });
    expect(welshLetterLine('cy', [])).toEqual({ kind: 'reply' });
  });

  it('on an English or pseudo-locale page: the offer of the Welsh letter builder, at its Welsh address, when Welsh is published', () => {
    expect(welshLetterLine('en-GB', ['en-GB', 'cy'])).toEqual({ kind: 'offer', href: '/cy/gwneud-llythyr/' });
    expect(welshLetterLine('en-XA', ['en-GB', 'en-XA', 'cy'])).toEqual({ kind: 'offer', href: '/cy/gwneud-llythyr/' });
  });

  it('nothing when Welsh is not published: no link to a page that is not there', () => {
    expect(welshLetterLine('en-GB', ['en-GB'])).toBeUndefined();
    expect(welshLetterLine('en-XA', ['en-GB', 'en-XA'])).toBeUndefined();
  });

  it('says forces in Wales must reply in Welsh, in both tables, and never that English forces must', () => {
    const en = useStrings('en-GB').t;
    const cy = useStrings('cy').t;
    expect(en('letters.page.welshReply')).toBe('Police forces in Wales must reply in Welsh to a letter written in Welsh.');
    expect(cy('letters.page.welshReply')).toMatch(/^Mae’n rhaid i heddluoedd yng Nghymru ateb yn Gymraeg/);
    expect(en('letters.page.writeInWelsh', { link: 'Cymraeg' })).toBe('Write your letter in Welsh: Cymraeg.');
    for (const line of [en('letters.page.welshReply'), cy('letters.page.welshReply')]) expect(line).not.toMatch(/England|Lloegr/);
  });
});
