/**
 * An island's props from its page's JSON data block (src/lib/island-props.ts, written by
 * src/components/IslandProps.astro): read as written, and a missing or wrong block named.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { islandPropsFrom } from '../../src/lib/island-props';

/** A stand-in for the page: getElementById over parsed HTML, as the browser would answer. */
const pageOf = (html: string) => {
  const root = parse(html);
  return {
    getElementById: (id: string) => {
      const el = root.querySelector(`#${id}`);
      return el ? ({ getAttribute: (name: string) => el.getAttribute(name) ?? null, textContent: el.textContent } as unknown as HTMLElement) : null;
    },
  };
};

describe('islandPropsFrom', () => {
  it('reads the block’s JSON, "<" written as \\u003c included', () => {
    const page = pageOf('<script type="application/json" id="p" data-island-props>{"words":{"a":"\\u003c/script> Gwirio"},"n":[1,2]}</script>');
    expect(islandPropsFrom('p', page)).toEqual({ words: { a: '</script> Gwirio' }, n: [1, 2] });
  });

  it('names the id when the block is missing or is not a JSON data block', () => {
    expect(() => islandPropsFrom('p', pageOf('<p id="q"></p>'))).toThrow('no JSON data block with id "p"');
    expect(() => islandPropsFrom('p', pageOf('<div id="p">{}</div>'))).toThrow('no JSON data block with id "p"');
  });
});
