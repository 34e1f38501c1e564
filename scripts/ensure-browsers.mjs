// Makes sure the three browser engines are there before the browser tests run: Chromium,
// Firefox ESR and WebKitGTK (with its WebDriver and Xvfb), and the DejaVu fonts, the only fonts
// Chromium is given in the tests (test/support/fonts.conf). As root on Debian or Ubuntu it
// installs what is missing with apt; otherwise it stops with one line saying what to install.
// `--chromium`: Chromium alone (what `npm run bench` needs).
import { existsSync } from 'node:fs';
import { FIREFOX_PATH, MINIBROWSER_PATH, findChromium } from './browsers.mjs';
import { installMissing, onPath } from './debian-packages.mjs';

const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

const chromiumOnly = process.argv.includes('--chromium');

const missingPackages = () => [
  ...(findChromium() ? [] : ['chromium']),
  ...(chromiumOnly ? [] : missingForTheOtherEngines()),
];

const missingForTheOtherEngines = () => [
  ...(existsSync(FIREFOX_PATH) ? [] : ['firefox-esr']),
  ...(onPath('WebKitWebDriver') && existsSync(MINIBROWSER_PATH) ? [] : ['webkit2gtk-driver']),
  ...(onPath('xvfb-run') ? [] : ['xvfb', 'xauth']),
  ...(existsSync(DEJAVU_SANS) ? [] : ['fonts-dejavu-core']),
];

installMissing(missingPackages, {
  purpose: 'the browser tests',
  otherwise: 'set CHROME_PATH, FIREFOX_PATH, WEBKIT_MINIBROWSER',
});
