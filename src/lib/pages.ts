import { getCollection } from 'astro:content';
import { guidanceTopics, type Guidance } from '../schemas/guidance';
import type { Locale, Strings } from '../i18n';
import { fixedPageKeys, href, translatedGuidance } from '../i18n/routing';
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

/** A guidance page as a locale shows it: its key (the English page's id, for `href`) and its frontmatter in that locale. */
export interface LocalGuidance {
  id: string;
  data: Guidance;
}

/**
 * Every guidance page with its frontmatter in `locale`: the language's own translation where it has one
 * (src/content/translations/<locale>/guidance/, paired in translatedGuidance), else the English page's.
 */
export async function guidanceIn(locale: Locale): Promise<LocalGuidance[]> {
  const english = await getCollection('guidance');
  const translations = await getCollection('translations');
  return english.map((entry) => {
    const slug = translatedGuidance[locale][entry.id];
    const own = slug === undefined ? undefined : translations.find((t) => (t.filePath ?? '').endsWith(`/${locale}/guidance/${slug}.mdx`));
    return { id: entry.id, data: own?.data ?? entry.data };
  });
}

/** Guidance pages in a locale sorted by topic (in the topics' order), then by `order`, then title. */
export async function guidanceInOrder(locale: Locale): Promise<LocalGuidance[]> {
  const entries = await guidanceIn(locale);
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
  const guidance = (await guidanceIn(locale)).map((e) => ({
    href: href(e.id, locale),
    title: e.data.title,
    description: e.data.description,
  }));
  const order = titleOrder(locale);
  return [...guidance, ...fixedPages(strings)].sort((a, b) => order(a.title, b.title));
}

/** One guidance page as a locale shows it, with its address there; throws, naming the page, for a key that names none. */
export async function guidancePageIn(id: string, locale: Locale): Promise<LocalGuidance & { href: string }> {
  const page = (await guidanceIn(locale)).find((entry) => entry.id === id);
  if (!page) throw new Error(`No guidance page "${id}" (src/content/guidance/${id}.mdx)`);
  return { ...page, href: href(id, locale) };
}
