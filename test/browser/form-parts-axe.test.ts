import axe from 'axe-core';
import { parse, NodeType, type Node as ParsedNode, type HTMLElement } from 'node-html-parser';
import { expect, it } from 'vitest';
import { describeBrowser, newContext, openPage, useBrowser } from '../support/browser';
import { formPartExamples } from '../support/form-examples';

/**
 * axe-core (WCAG 2.2 A and AA) on every example of every shared form part (src/components/form/),
 * drawn into the letter builder's page (which carries the form parts' styles) at 320 and 1024 px.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const cases = formPartExamples.flatMap((part) => part.examples.flatMap((example) => [320, 1024].map((width) => [`${part.part}: ${example.name}`, width, part.render(example.props)] as const)));

/** Markup as a plain tree, so the page can build it node by node: the site enforces Trusted Types, which refuses innerHTML with markup. */
type Tree = string | { tag: string; attrs: Record<string, string>; children: Tree[] };
const treeOf = (node: ParsedNode): Tree[] => {
  if (node.nodeType === NodeType.TEXT_NODE) return [node.text];
  if (node.nodeType !== NodeType.ELEMENT_NODE) return [];
  const el = node as HTMLElement;
  return [{ tag: el.rawTagName.toLowerCase(), attrs: el.attributes, children: el.childNodes.flatMap(treeOf) }];
};

describeBrowser('axe-core on the form parts’ examples', () => {
  useBrowser();

  it('has examples to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2 * 9);
  });

  it.each(cases)('%s at %i px has no axe violations', async (_name, width, markup) => {
    const context = await newContext({ viewport: { width, height: 800 } });
    const { page } = await openPage('/make-a-letter/', context);
    // The example, inside a form of its own (as every use has it), in place of the page's main content.
    await page.evaluate((trees) => {
      const build = (tree: Tree): Node => {
        if (typeof tree === 'string') return document.createTextNode(tree);
        const el = document.createElement(tree.tag);
        for (const [name, value] of Object.entries(tree.attrs)) el.setAttribute(name, value);
        el.append(...tree.children.map(build));
        return el;
      };
      const main = document.querySelector('main')!;
      const heading = document.createElement('h1');
      heading.textContent = 'Example';
      const form = document.createElement('form');
      form.setAttribute('method', 'dialog');
      form.append(...trees.map(build));
      main.replaceChildren(heading, form);
    }, parse(markup).childNodes.flatMap(treeOf));
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async (tags) => {
      const w = window as unknown as { axe: typeof axe };
      const result = await w.axe.run(document.querySelector('main')!, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, TAGS);
    expect(violations).toEqual([]);
  });
});
