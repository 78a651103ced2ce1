/**
 * A translation of the guide's words keeps what the English has (src/lib/guide/parity.ts): every
 * placeholder in every text (a dropped {phone:emergency} would take 999 out of a Welsh danger line and
 * still pass the schema), every link's target, every list's length. The build stops, naming the file
 * and the field (src/lib/guide/content.ts).
 */
import { describe, expect, it } from 'vitest';
import rawSteps from '../../src/content/guide/guide.json';
import rawResult from '../../src/content/guide/guide-result.json';
import welshResult from '../../src/content/translations/cy/guide-result.json';
import { loadGuideContent } from '../../src/lib/guide/content';
import { parityProblems, placeholdersIn } from '../../src/lib/guide/parity';

const copy = <T>(value: T): T => structuredClone(value);

describe('a translation of the guide’s words', () => {
  it('reads the placeholders of a text, in any order', () => {
    expect(placeholdersIn('Call {phone:emergency}, then {phone:police-non-emergency}; {behaviour} {label}')).toEqual([
      '{behaviour}',
      '{label}',
      '{phone:emergency}',
      '{phone:police-non-emergency}',
    ]);
    expect(placeholdersIn('no { placeholder } here, nor {two words} nor {}')).toEqual([]);
  });

  it('may move a placeholder but not drop, add or change one', () => {
    expect(parityProblems({ a: 'Call {phone:emergency} now {x}' }, { a: '{x} Ffoniwch {phone:emergency} nawr' })).toEqual([]);
    expect(parityProblems({ a: { me: 'Call {phone:emergency}.' } }, { a: { me: 'Ffoniwch nawr.' } })).toEqual([
      'a.me: placeholders none, the English has {phone:emergency}',
    ]);
    expect(parityProblems({ s: { 'penalty-spo': 'up to {years:breachMaxYearsCrownCourt}' } }, { s: { 'penalty-spo': '{years:breachMaxYearsCrownCourt} {months:x}' } })).toEqual([
      's["penalty-spo"]: placeholders {months:x} {years:breachMaxYearsCrownCourt}, the English has {years:breachMaxYearsCrownCourt}',
    ]);
  });

  it('keeps every link’s target and every list’s length', () => {
    const english = { links: { forbid: [{ href: 'what-an-order-can-include', text: 'What' }] }, href: 'search' };
    expect(parityProblems(english, { links: { forbid: [{ href: 'what-an-order-can-include', text: 'Beth' }] }, href: 'search' })).toEqual([]);
    expect(parityProblems(english, { links: { forbid: [{ href: 'beth-all-fod', text: 'Beth' }] }, href: 'chwilio' })).toEqual([
      'links.forbid[0].href: the link goes to "beth-all-fod", the English to "what-an-order-can-include" (links are not translated)',
      'href: the link goes to "chwilio", the English to "search" (links are not translated)',
    ]);
    expect(parityProblems(english, { links: { forbid: [] }, href: 'search' })).toEqual(['links.forbid: 0 items, the English has 1']);
  });

  it('leaves missing keys and changed shapes to the schema', () => {
    expect(parityProblems({ a: 'x {y}', b: ['{z}'], c: { d: '{e}' } }, { b: 'not a list', c: 'not an object' })).toEqual([]);
    expect(parityProblems({ a: { me: '{y}' } }, { a: 3 })).toEqual([]);
    expect(parityProblems({ a: 3 }, { a: 4 })).toEqual([]);
    expect(parityProblems({ a: null }, { a: '{x}' })).toEqual([]);
    // A text where the English has an object, or an object where it has a text, null or a list: nothing is read from the wrong shape.
    expect(parityProblems({ a: '{x}' }, { a: {} })).toEqual([]);
    expect(parityProblems({ a: '{x}' }, { a: ['{y}'] })).toEqual([]);
    expect(parityProblems({ a: null, b: null }, { a: {}, b: { c: '{x}' } })).toEqual([]);
    expect(parityProblems({ a: { 0: '{x}' } }, { a: null })).toEqual([]);
    expect(parityProblems({ a: { 0: '{x}' } }, { a: 'y' })).toEqual([]);
    expect(parityProblems({ a: { 0: '{x}' } }, { a: ['y'] })).toEqual([]);
    expect(parityProblems({ a: { 0: '{x}' } }, { a: { 0: 'y' } })).toEqual(['a["0"]: placeholders none, the English has {x}']);
  });

  it('holds for the Welsh result as written', () => {
    expect(parityProblems(rawResult, welshResult)).toEqual([]);
    expect(() => loadGuideContent(rawSteps, welshResult, 'cy')).not.toThrow();
  });

  it('stops the build for a translated page, naming the file and each field; English and the pseudo-locale are not compared', () => {
    const result = copy(welshResult);
    result.sections.risk.danger = 'Os oes unrhyw un mewn perygl, ffoniwch ar unwaith.';
    result.links.forbid[0]!.href = 'beth-all-fod-mewn-gorchymyn';
    expect(() => loadGuideContent(rawSteps, result, 'cy')).toThrow(
      new Error(
        'src/content/translations/cy/guide-result.json does not keep what the English words have:\n' +
          '✖ sections.risk.danger: placeholders none, the English has {phone:emergency}\n' +
          '✖ links.forbid[0].href: the link goes to "beth-all-fod-mewn-gorchymyn", the English to "what-an-order-can-include" (links are not translated)',
      ),
    );
    const steps = copy(rawSteps);
    steps.questions.danger.title = `${steps.questions.danger.title} {phone:emergency}`;
    expect(() => loadGuideContent(steps, welshResult, 'cy')).toThrow(
      new Error('src/content/translations/cy/guide.json does not keep what the English words have:\n✖ questions.danger.title: placeholders {phone:emergency}, the English has none'),
    );
    expect(() => loadGuideContent(rawSteps, result, 'en-XA')).not.toThrow();
    expect(() => loadGuideContent(rawSteps, result)).not.toThrow();
  });
});
