import { describe, expect, it } from 'vitest';
import { guidanceTopics } from '../../src/schemas/guidance';
import { audiences, pagefindFilters, searchableTopics } from '../../src/lib/search/filters';
import { uiSchema } from '../../src/i18n/schema';

describe('search filters', () => {
  it('offer every topic but the pages about the site, in the schema’s order', () => {
    expect(searchableTopics).toEqual(guidanceTopics.filter((t) => t !== 'site'));
    expect(searchableTopics).not.toContain('site');
    expect(searchableTopics.length).toBe(guidanceTopics.length - 1);
  });

  it('offer the two audiences a page can be written for, each with a label in the interface table', () => {
    expect(audiences).toEqual(['victim', 'supporter']);
    for (const audience of audiences) expect(Object.keys(uiSchema.shape)).toContain(`audience.${audience}`);
  });

  it('tag a page with its topic and its audience', () => {
    expect(pagefindFilters('orders', 'victim')).toEqual({ topic: 'topic:orders', audiences: ['audience:victim'] });
    expect(pagefindFilters('help', 'supporter')).toEqual({ topic: 'topic:help', audiences: ['audience:supporter'] });
  });

  it('tag a page for both audiences with both values, so either box finds it', () => {
    expect(pagefindFilters('site', 'both')).toEqual({ topic: 'topic:site', audiences: ['audience:victim', 'audience:supporter'] });
  });
});
