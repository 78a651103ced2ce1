import { describe, expect, it } from 'vitest';
import { guidanceTopics } from '../../src/schemas/guidance';
import { audienceLabels, pagefindFilters, searchableTopics } from '../../src/lib/search/filters';

describe('search filters', () => {
  it('offer every topic but the pages about the site, in the schema’s order', () => {
    expect(searchableTopics).toEqual(guidanceTopics.filter((t) => t !== 'site'));
    expect(searchableTopics).not.toContain('site');
    expect(searchableTopics.length).toBe(guidanceTopics.length - 1);
  });

  it('label the two audiences in plain words', () => {
    expect(audienceLabels).toEqual({ victim: 'Someone being stalked', supporter: 'Someone helping a person being stalked' });
  });

  it('tag a page with its topic and its audience', () => {
    expect(pagefindFilters('orders', 'victim')).toEqual({ topic: 'topic:orders', audiences: ['audience:victim'] });
    expect(pagefindFilters('help', 'supporter')).toEqual({ topic: 'topic:help', audiences: ['audience:supporter'] });
  });

  it('tag a page for both audiences with both values, so either box finds it', () => {
    expect(pagefindFilters('site', 'both')).toEqual({ topic: 'topic:site', audiences: ['audience:victim', 'audience:supporter'] });
  });
});
