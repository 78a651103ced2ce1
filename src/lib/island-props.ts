/**
 * Reading an island's props from its JSON data block (src/components/IslandProps.astro), in the browser.
 * The block was written from validated content when the page was built, on the same page, so it is read as it
 * is; a missing or unreadable block is a build defect, and throws naming the id.
 */
export function islandPropsFrom<T>(id: string, doc: Pick<Document, 'getElementById'> = document): T {
  const block = doc.getElementById(id);
  if (!block || block.getAttribute('type') !== 'application/json') throw new Error(`islandPropsFrom: no JSON data block with id "${id}" in the page`);
  return JSON.parse(block.textContent ?? '') as T;
}
