/**
 * Back and Forward inside the guide (safety note, promise 2, changed 2026-12-07). Each move on adds
 * a history entry for the same address with no state, fragment or query, so the browser's and
 * Android's Back move to the previous question and Forward returns, with the answers kept in the
 * machine's memory; nothing about the answers enters history. Which way a `popstate` went is read
 * from the Navigation API's entry index where the browser has it (Chromium), and taken as Back
 * where it does not.
 */
import { useEffect, useRef } from 'preact/hooks';

/** What the guide does for one step of Back or Forward. Returns false when it cannot move that way. */
export interface StepMoves {
  back: () => boolean;
  forward: () => boolean;
}

interface NavigationLike {
  currentEntry?: { index: number } | null;
}

const entryIndex = (): number | undefined => (globalThis as { navigation?: NavigationLike }).navigation?.currentEntry?.index;

/** The guide's history: `pushed()` after every move on; `back()` for the in-page Back link; `reset()` when the guide is wiped. */
export function useStepHistory(moves: StepMoves) {
  /** How many of the guide's entries lie below the current one (0: the page's own entry). */
  const depth = useRef(0);
  /** The Navigation API's index of the page's own entry, when known. */
  const base = useRef<number | undefined>(undefined);
  const latest = useRef(moves);
  latest.current = moves;

  useEffect(() => {
    base.current = entryIndex();
    const onPopState = () => {
      const now = entryIndex();
      const target = now !== undefined && base.current !== undefined ? now - base.current : depth.current - 1;
      while (depth.current > target && depth.current > 0) {
        depth.current -= 1;
        if (!latest.current.back()) break;
      }
      while (depth.current < target) {
        depth.current += 1;
        if (!latest.current.forward()) break;
      }
      depth.current = Math.max(0, target);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  return {
    /** A move on: one more entry, for the same address, with no state. */
    pushed() {
      history.pushState(null, '', location.href);
      depth.current += 1;
    },
    /** The in-page Back link: the browser's Back while the guide has entries below, else a plain step back. */
    back() {
      if (depth.current > 0) history.back();
      else latest.current.back();
    },
    /** After a wipe: the current entry counts as the guide's start. */
    reset() {
      depth.current = 0;
      base.current = entryIndex();
    },
  };
}
