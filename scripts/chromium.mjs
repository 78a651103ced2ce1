// The one place that says which Chromium the project drives and with which flags: the browser
// tests (test/support/browser.ts) and the benchmark (bench/run.mjs) both launch it from here.

/** Chromium to drive: CHROME_PATH, else Debian's /usr/bin/chromium. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags that keep Chromium quiet on a machine with no outside network: no sandbox (the tests
 * run as root in a container), no GPU, and none of the background fetching, syncing or
 * component updates that would reach the internet.
 */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);
