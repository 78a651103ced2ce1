/** The English table's helpers (what Astro.locals holds on an English page), for tests that call build-time code. */
import { useStrings } from '../../src/i18n';

export const english = useStrings('en-GB');
