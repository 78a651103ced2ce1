import { describe, expect, it } from 'vitest';
import { serviceRecords } from '../../src/data/support-services';
import { readableText } from '../../src/integrations/build-gate/checks';
import { phoneNumbersIn } from '../../src/integrations/build-gate/phone-numbers';
import { htmlPages, loadPage } from '../support/dist';

/**
 * Phone numbers on the built site. That every number shown is in the support services record
 * (src/data/support-services.ts) and every tel:/sms: link dials the number it shows is the build
 * gate's check (src/integrations/build-gate/, run by `npm run build`; tested with bad fixtures in
 * test/unit/build-gate.test.ts and test/build/build-gate-runs.test.ts). Here: the finder does
 * find the numbers on the real pages, and every service is listed.
 */
describe('phone numbers on the built site', () => {
  const pages = htmlPages();

  it('finds pages, and finds the helpline number on them', () => {
    expect(pages.length).toBeGreaterThan(0);
    const everywhere = pages.flatMap((f) => phoneNumbersIn(readableText(loadPage(f))));
    expect(everywhere).toContain('08088020300');
  });

  it('lists every service in the record on the Getting help page', () => {
    const page = loadPage('getting-help/index.html');
    const missing = serviceRecords.filter((s) => !page.querySelector(`[id="${s.id}"]`)).map((s) => s.id);
    expect(missing).toEqual([]);
  });
});
