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

/** Debian's Firefox ESR (package firefox-esr). */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Debian's WebKitGTK MiniBrowser (package libwebkit2gtk-4.1-0, with webkit2gtk-driver). */
export const MINIBROWSER_PATH =
  process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Flags for running Chromium headless as root on a machine with no internet: --no-sandbox is
 * required as root, the rest stop Chromium from calling home (which stalls it here). The
 * WebUIOmnibox* features: Chromium 156 otherwise starts a renderer for the address bar's popup
 * with every new context (about 400 chrome:// files loaded, on a 2-core machine at the same
 * time as the page being measured).
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
  '--disable-features=Translate,OptimizationHints,MediaRouter,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
