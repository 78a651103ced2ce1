import { expect } from 'vitest';
import type { HTMLElement } from 'node-html-parser';

/** Astro's serialised island props: each value as [type, value], 0 for plain values, 1 for arrays. */
export const plainProps = (v: unknown): unknown =>
  Array.isArray(v) && typeof v[0] === 'number' && v.length === 2
    ? plainProps(v[1])
    : Array.isArray(v)
      ? v.map(plainProps)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainProps(x)]))
        : v;

/**
 * The props of the island whose code is `component` on a built page: from its `props` attribute, or, for an
 * island given only `from` (src/components/IslandProps.astro), from the page's JSON data block of that id.
 */
export function islandPropsOn(page: HTMLElement, component: string): Record<string, unknown> {
  const island = page.querySelectorAll('astro-island').find((i) => (i.getAttribute('component-url') ?? '').includes(`/${component}.`));
  expect(island, `the page has the ${component} island`).toBeDefined();
  const props = plainProps(JSON.parse(island!.getAttribute('props')!)) as Record<string, unknown>;
  if (typeof props['from'] !== 'string') return props;
  const block = page.querySelector(`script[type="application/json"][id="${props['from']}"]`);
  expect(block, `the page has the data block "${props['from']}"`).not.toBeNull();
  return JSON.parse(block!.textContent) as Record<string, unknown>;
}
