import { getCollection, type CollectionEntry } from 'astro:content';
import { guidanceTopics } from '../schemas/guidance';

/** A page the site lists in its indexes. */
export interface ListedPage {
  href: string;
  title: string;
  description: string;
}

/** Pages that are not guidance entries but belong in the indexes. */
export const fixedPages: ListedPage[] = [
  { href: '/', title: 'Home', description: 'What this site is, and where to start.' },
  {
    href: '/check-your-situation/',
    title: 'Check your situation',
    description: 'Answer a few questions to see what a Stalking Protection Order could do for you. Nothing is stored.',
  },
  {
    href: '/make-a-letter/',
    title: 'Make a letter or email to the police',
    description: 'Make a letter or email asking the police for an order, reporting a broken order, or asking for a review. Nothing is stored.',
  },
  { href: '/search/', title: 'Search this site', description: 'Find a page by typing a few words.' },
  { href: '/guide/', title: 'Guide contents', description: 'Every guidance page, grouped by subject.' },
  { href: '/a-to-z/', title: 'All pages A to Z', description: 'Every page on this site in alphabetical order.' },
  { href: '/sources/', title: 'Sources', description: 'The laws, guidance and organisations this guide relies on.' },
];

/** Guidance entries sorted by topic (in the topics' order), then by `order`, then title. */
export async function guidanceInOrder(): Promise<CollectionEntry<'guidance'>[]> {
  const entries = await getCollection('guidance');
  return entries.sort(
    (a, b) =>
      guidanceTopics.indexOf(a.data.topic) - guidanceTopics.indexOf(b.data.topic) ||
      a.data.order - b.data.order ||
      a.data.title.localeCompare(b.data.title, 'en-GB'),
  );
}

/** Every page of the site, A to Z by title. */
export async function allPagesAtoZ(): Promise<ListedPage[]> {
  const guidance = (await getCollection('guidance')).map((e) => ({
    href: `/${e.id}/`,
    title: e.data.title,
    description: e.data.description,
  }));
  return [...guidance, ...fixedPages].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
}
