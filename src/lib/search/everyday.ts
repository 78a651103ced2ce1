/**
 * Everyday words for the site's words (src/data/search-everyday-words.json): "cops" → "police",
 * "mate" → "friend". The search also looks for a query with the site's words in place, so the
 * reviewed synonym and intent phrases, written in the site's words, match the everyday ones too.
 */
import { normaliseQuery } from './normalise';

/**
 * The query with every everyday word or phrase (whole words, longest first) put in the site's
 * words, or undefined when it has none.
 */
export function inSiteWords(typed: string, words: Readonly<Record<string, string>>): string | undefined {
  const query = normaliseQuery(typed);
  const typedWords = query.split(' ');
  const everyday = Object.keys(words)
    .map((phrase) => phrase.split(' '))
    .sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let i = 0; i < typedWords.length; ) {
    const match = everyday.find((phrase) => phrase.every((w, j) => typedWords[i + j] === w));
    if (match) {
      out.push(words[match.join(' ')]!);
      i += match.length;
    } else {
      out.push(typedWords[i]!);
      i += 1;
    }
  }
  const result = out.join(' ');
  return result === query ? undefined : result;
}
