/**
 * Wipes an island's answers whenever they could be seen again by someone else: when the page is
 * left (pagehide), when it comes back from the back/forward cache (pageshow with `persisted`), and
 * on the exit control's `spo:exit`. Shared by the step-by-step guide and the letter builder
 * (safety design, promise 3). Registers once, for the component's life.
 */
import { useEffect } from 'preact/hooks';

export function useWipeOnLeave(wipe: () => void): void {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) wipe();
    };
    window.addEventListener('pagehide', wipe);
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('spo:exit', wipe);
    return () => {
      window.removeEventListener('pagehide', wipe);
      window.removeEventListener('pageshow', onPageShow);
      window.removeEventListener('spo:exit', wipe);
    };
  }, []);
}
