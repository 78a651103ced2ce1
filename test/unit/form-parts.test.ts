/**
 * The shared form parts (src/components/form/), rendered from their own examples: the markup every
 * use relies on. The same examples go through axe in Chromium (test/browser/form-parts-axe.test.ts).
 */
import { h, type ComponentType } from 'preact';
import { render } from 'preact-render-to-string';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { Checkboxes, ErrorSummary, Fieldset, Radios, TextField } from '../../src/components/form';
import { formPartExamples } from '../support/form-examples';

const html = <P,>(component: ComponentType<P>, props: P): HTMLElement => parse(render(h(component as ComponentType<object>, props as object)));

/** Every id an aria-describedby or aria-labelledby names exists in the same markup. */
function danglingReferences(root: HTMLElement): string[] {
  const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
  return root
    .querySelectorAll('[aria-describedby], [aria-labelledby]')
    .flatMap((el) => `${el.getAttribute('aria-describedby') ?? ''} ${el.getAttribute('aria-labelledby') ?? ''}`.split(/\s+/))
    .filter((id) => id && !ids.has(id));
}

describe('form parts, from their examples', () => {
  it('has examples for every part', () => {
    expect(formPartExamples.map((e) => e.part).sort()).toEqual(['checkboxes', 'error-summary', 'fieldset', 'radios', 'text-field']);
    for (const part of formPartExamples) expect(part.examples.length, part.part).toBeGreaterThan(0);
  });

  for (const part of formPartExamples) {
    for (const example of part.examples) {
      it(`${part.part}, ${example.name}: every aria reference points at an element that is there`, () => {
        const root = parse(part.render(example.props));
        expect(danglingReferences(root)).toEqual([]);
        expect(root.querySelectorAll('[name]').filter((el) => el.tagName === 'INPUT' && el.getAttribute('type') === 'text')).toEqual([]);
      });
    }
  }

  it('error summary: a titled box that takes focus, each line a link to its field’s id only', () => {
    const root = html(ErrorSummary, { id: 't', title: 'There is a problem', items: [{ target: 'f1', text: 'Fix one' }, { target: 'f2', text: 'Fix two', content: true }] });
    const box = root.querySelector('.error-summary')!;
    expect(box.getAttribute('tabindex')).toBe('-1');
    expect(box.getAttribute('aria-labelledby')).toBe('t');
    expect(root.querySelector('[role="alert"] h2#t')!.text).toBe('There is a problem');
    expect(root.querySelectorAll('a').map((a) => [a.getAttribute('href'), a.text, a.hasAttribute('data-content')])).toEqual([
      ['#f1', 'Fix one', false],
      ['#f2', 'Fix two', true],
    ]);
    expect(html(ErrorSummary, { id: 't', title: 'T', headingLevel: 3 as const, items: [] }).querySelector('h3#t')).not.toBeNull();
  });

  it('fieldset: legend as heading, hint and error tied to the fieldset, red bar only in error', () => {
    const plain = html(Fieldset, { id: 'q', legend: 'Question?', hint: 'Hint', errorPrefix: 'Error:', children: null });
    expect(plain.querySelector('.form-group')!.classList.contains('form-group--error')).toBe(false);
    expect(plain.querySelector('fieldset#q')!.getAttribute('aria-describedby')).toBe('q-hint');
    expect(plain.querySelector('legend .fieldset__question')!.text).toBe('Question?');
    const headed = html(Fieldset, { id: 'q', legend: 'Question?', heading: { level: 2 as const, id: 'head' }, caption: 'Question 1 of 3', error: 'Choose one', errorPrefix: 'Error:', children: null });
    expect(headed.querySelector('.form-group--error')).not.toBeNull();
    expect(headed.querySelector('fieldset')!.getAttribute('aria-describedby')).toBe('q-error');
    expect(headed.querySelector('legend h2#head.fieldset__heading')!.getAttribute('tabindex')).toBe('-1');
    expect(headed.querySelector('legend .fieldset__caption')!.text).toBe('Question 1 of 3');
    expect(headed.querySelector('#q-error')!.text).toBe('Error: Choose one');
  });

  it('radios and checkboxes: native controls of the right type, each label for its control, hints tied, choices checked', () => {
    const items = [{ value: 'a', label: 'A' }, { value: 'b', label: 'B', hint: 'About B' }];
    const radios = html(Radios, { idPrefix: 'r', name: 'r', items, selected: ['b'], onChange: () => {} });
    expect(radios.querySelectorAll('input').map((i) => [i.id, i.getAttribute('type'), i.hasAttribute('checked')])).toEqual([
      ['r-a', 'radio', false],
      ['r-b', 'radio', true],
    ]);
    expect(radios.querySelectorAll('label').map((l) => l.getAttribute('for'))).toEqual(['r-a', 'r-b']);
    expect(radios.querySelector('#r-b')!.getAttribute('aria-describedby')).toBe('r-b-hint');
    const boxes = html(Checkboxes, { idPrefix: 'c', name: 'c', items, selected: ['a', 'b'], onChange: () => {}, content: true });
    expect(boxes.querySelectorAll('input[type="checkbox"][checked]').length).toBe(2);
    expect(boxes.querySelectorAll('label[data-content]').length).toBe(2);
  });

  it('text field: no name, spellcheck off, autocomplete off, hint and error described, a text box when asked', () => {
    const line = html(TextField, { id: 't', label: 'Label', hint: 'Hint', error: 'Wrong', errorPrefix: 'Error:', value: 'x', onInput: () => {} });
    const input = line.querySelector('input#t')!;
    expect(input.hasAttribute('name')).toBe(false);
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('aria-describedby')).toBe('t-hint t-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(line.querySelector('label[for="t"]')!.text).toBe('Label');
    const box = html(TextField, { id: 'b', label: 'Label', errorPrefix: 'Error:', rows: 4, value: '', onInput: () => {} });
    const area = box.querySelector('textarea#b')!;
    expect(area.getAttribute('rows')).toBe('4');
    expect(area.hasAttribute('name')).toBe(false);
    expect(area.getAttribute('spellcheck')).toBe('false');
    expect(area.hasAttribute('aria-describedby')).toBe(false);
  });
});
