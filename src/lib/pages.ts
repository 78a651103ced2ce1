import { getCollection, type CollectionEntry } from 'astro:content';
import { guidanceTopics } from '../schemas/guidance';
import type { Locale, Strings } from '../i18n';
import { fixedPageKeys, href } from '../i18n/routing';
import { titleOrder } from './collation';

/** A page the site lists in its indexes. */
export interface ListedPage {
  href: string;
  title: string;
  description: string;
}

/** Pages that are not guidance entries but belong in the indexes, in a locale; their words are in the interface table (pages.*). */
export function fixedPages({ t, locale }: Pick<Strings, 't' | 'locale'>): ListedPage[] {
  return fixedPageKeys.map((key) => ({ href: href(key, locale), title: t(`pages.${key}.title`), description: t(`pages.${key}.description`) }));
}

/** Guidance entries sorted by topic (in the topics' order), then by `order`, then title. */
export async function guidanceInOrder(locale: Locale): Promise<CollectionEntry<'guidance'>[]> {
  const entries = await getCollection('guidance');
  return entries.sort(
    (a, b) =>
      guidanceTopics.indexOf(a.data.topic) - guidanceTopics.indexOf(b.data.topic) ||
      a.data.order - b.data.order ||
      titleOrder(locale)(a.data.title, b.data.title),
  );
}

/** Every page of the site, A to Z by title in the locale's alphabet (src/lib/collation.ts). */
export async function allPagesAtoZ(strings: Pick<Strings, 't' | 'locale'>): Promise<ListedPage[]> {
  const { locale } = strings;
  const guidance = (await getCollection('guidance')).map((e) => ({
    href: href(e.id, locale),
    title: e.data.title,
    description: e.data.description,
  }));
  const order = titleOrder(locale);
  return [...guidance, ...fixedPages(strings)].sort((a, b) => order(a.title, b.title));
}
