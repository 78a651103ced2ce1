import axe from 'axe-core';
import { expect, it } from 'vitest';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { formPartExamples } from '../support/form-examples';

/**
 * axe-core (WCAG 2.2 A and AA) on every example of every shared form part (src/components/form/),
 * drawn into the letter builder's page (which carries the form parts' styles) at 320 and 1024 px.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const cases = formPartExamples.flatMap((part) => part.examples.flatMap((example) => [320, 1024].map((width) => [`${part.part}: ${example.name}`, part.render(example.props), width] as const)));

describeBrowser('axe-core on the form parts’ examples', () => {
  useBrowser();

  it('has examples to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2 * 9);
  });

  it.each(cases)('%s at %i px has no axe violations', async (_name, markup, width) => {
    const context = await newContext({ viewport: { width, height: 800 } });
    const { page } = await openPage('/make-a-letter/', context);
    // The example, inside a form of its own (as every use has it), in place of the page's main content.
    await page.evaluate((html) => {
      const main = document.querySelector('main')!;
      main.innerHTML = `<h1>Example</h1><form method="dialog">${html}</form>`;
    }, markup);
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async (tags) => {
      const w = window as unknown as { axe: typeof axe };
      const result = await w.axe.run(document.querySelector('main')!, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, TAGS);
    expect(violations).toEqual([]);
  });
});
