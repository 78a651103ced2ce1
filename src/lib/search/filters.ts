import type { Guidance } from '../../schemas/guidance';

/** Topics offered as search filters (pages about the site itself are found by words alone). */
export const searchableTopics: readonly Guidance['topic'][] = [
  'stalking',
  'orders',
  'breach',
  'other-orders',
  'record',
  'help',
  'safety',
  'law',
];

/** The audience filter's values and labels. A page written for both is tagged with both values. */
export const audienceLabels = {
  victim: 'Someone being stalked',
  supporter: 'Someone helping a person being stalked',
} as const;

/**
 * Pagefind filter attribute for a guidance page: its topic and who it is for.
 * A page for both audiences carries both values, so either box finds it.
 */
export function pagefindFilterAttribute(topic: Guidance['topic'], audience: Guidance['audience']): string {
  const audiences = audience === 'both' ? ['victim', 'supporter'] : [audience];
  return [`topic:${topic}`, ...audiences.map((a) => `audience:${a}`)].join(', ');
}
