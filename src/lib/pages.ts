import { getCollection, type CollectionEntry } from 'astro:content';
import { guidanceTopics } from '../schemas/guidance';
import { locale, t } from '../i18n';
import { titleOrder } from './collation';

/** A page the site lists in its indexes. */
export interface ListedPage {
  href: string;
  title: string;
  description: string;
}

/** Pages that are not guidance entries but belong in the indexes; their words are in the interface table (pages.*). */
export const fixedPages: ListedPage[] = (
  [
    ['/', 'home'],
    ['/check-your-situation/', 'checkYourSituation'],
    ['/make-a-letter/', 'makeALetter'],
    ['/search/', 'search'],
    ['/guide/', 'guide'],
    ['/a-to-z/', 'aToZ'],
    ['/sources/', 'sources'],
  ] as const
).map(([href, page]) => ({ href, title: t(`pages.${page}.title`), description: t(`pages.${page}.description`) }));

/** Guidance entries sorted by topic (in the topics' order), then by `order`, then title. */
export async function guidanceInOrder(): Promise<CollectionEntry<'guidance'>[]> {
  const entries = await getCollection('guidance');
  return entries.sort(
    (a, b) =>
      guidanceTopics.indexOf(a.data.topic) - guidanceTopics.indexOf(b.data.topic) ||
      a.data.order - b.data.order ||
      titleOrder(locale)(a.data.title, b.data.title),
  );
}

/** Every page of the site, A to Z by title in the locale's alphabet (src/lib/collation.ts). */
export async function allPagesAtoZ(): Promise<ListedPage[]> {
  const guidance = (await getCollection('guidance')).map((e) => ({
    href: `/${e.id}/`,
    title: e.data.title,
    description: e.data.description,
  }));
  const order = titleOrder(locale);
  return [...guidance, ...fixedPages].sort((a, b) => order(a.title, b.title));
}
