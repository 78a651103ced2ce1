/**
 * The letter builder on its own page (src/pages/make-a-letter.astro): its props come from the page's JSON data
 * block (IslandProps.astro), not from the island's attribute, so the letters' words are in the HTML once and
 * plainly (about 10 KB less per letter page; issue 29, Welsh words are longer).
 */
// LetterBuilder first: its first import makes the Trusted Types policy before Astro's loader empties the island.
import LetterBuilder, { type LetterBuilderProps } from './LetterBuilder';
import { useState } from 'preact/hooks';
import { islandPropsFrom } from '../../lib/island-props';

export default function PageLetterBuilder({ from }: { from: string }) {
  const [props] = useState(() => islandPropsFrom<LetterBuilderProps>(from));
  return <LetterBuilder {...props} />;
}
