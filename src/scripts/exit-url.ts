/**
 * Where "Exit this page" goes: a busy, non-personalised page that looks ordinary on a
 * shared screen (safety note, promise 4). One place for the address; tests import it too.
 */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Presses of Shift, on its own, within the time allowed, that leave the page. */
export const PRESSES_TO_EXIT = 3;

/** The time allowed for those presses, from the first, in milliseconds. */
export const EXIT_WINDOW_MS = 5000;

/** The event the exit control fires just before leaving, so stateful islands wipe themselves. */
export const EXIT_EVENT = 'spo:exit';
