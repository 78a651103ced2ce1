import { guidanceTopics, type Guidance } from '../../schemas/guidance';

/** Topics offered as search filters: every topic but pages about the site itself, which are found by words alone. */
export const searchableTopics: readonly Guidance['topic'][] = guidanceTopics.filter((topic) => topic !== 'site');

/** The audience filter's values (labels: `audience.*` in the interface table). A page written for both is tagged with both values. */
export const audiences = ['victim', 'supporter'] as const;

/**
 * Pagefind filter values for a guidance page, as `key:value` attribute texts. Pagefind takes one
 * filter per attribute, so the layout puts the topic on the article and each audience value on
 * its own element. A page for both audiences carries both values, so either box finds it.
 */
export function pagefindFilters(topic: Guidance['topic'], audience: Guidance['audience']): { topic: string; audiences: string[] } {
  const audiences = audience === 'both' ? ['victim', 'supporter'] : [audience];
  return { topic: `topic:${topic}`, audiences: audiences.map((a) => `audience:${a}`) };
}
