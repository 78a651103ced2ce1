import type { BrowserContext } from 'playwright-core';
import { readSiteHeaders } from '../../src/integrations/site-headers.mjs';
import { baseURL } from './browser';

let cached: Promise<Record<string, string>> | undefined;

/** The headers public/_headers sends with every response, names in lower case. */
export function siteHeaders(): Promise<Record<string, string>> {
  cached ??= readSiteHeaders().then((headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])));
  return cached;
}

/**
 * Serves the site in this context as a host that cannot send headers would: every response
 * from the site loses the headers public/_headers adds (or only the ones named), keeping the
 * <meta> policy in the pages. For checking the fallbacks, and that a test fails without a header.
 */
export async function withoutSiteHeaders(context: BrowserContext, only?: string[]): Promise<void> {
  const drop = new Set((only ?? Object.keys(await siteHeaders())).map((name) => name.toLowerCase()));
  await context.route(`${baseURL()}/**`, async (route) => {
    let response;
    try {
      response = await route.fetch();
    } catch (error) {
      // A request still in flight when the test closes its context has no one left to answer.
      if (/context disposed|closed/i.test(String(error))) return;
      throw error;
    }
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !drop.has(name.toLowerCase())));
    await route.fulfill({ response, headers }).catch((error: unknown) => {
      if (!/context disposed|closed/i.test(String(error))) throw error;
    });
  });
}
