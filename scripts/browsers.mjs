// Finds the browsers the tests drive. Only Debian's packaged browsers are used: nothing is
// downloaded at install or run time (this project's machines reach no browser CDN).
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to test with: `CHROME_PATH` when set, else the first one installed, else undefined. */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/**
 * Flags for running Chromium headless as root on a machine with no internet: --no-sandbox is
 * required as root, the rest stop Chromium from calling home (which stalls it here).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
