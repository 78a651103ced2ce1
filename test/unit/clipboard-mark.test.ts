import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_EVENT } from '../../src/scripts/exit-url';

describe('src/scripts/clipboard-mark.ts', () => {
  it('listens for the event the exit control fires (it keeps its own copy of the name, so the exit script shares no module with islands)', () => {
    const source = readFileSync(new URL('../../src/scripts/clipboard-mark.ts', import.meta.url), 'utf8');
    expect(source).toContain(`const EXIT_EVENT = '${EXIT_EVENT}';`);
  });
});
