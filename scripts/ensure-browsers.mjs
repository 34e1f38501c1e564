// Makes sure the three browser engines are there before the browser tests run: Chromium,
// Firefox ESR and WebKitGTK (with its WebDriver and Xvfb), and the DejaVu fonts, the only fonts
// Chromium is given in the tests (test/support/fonts.conf). As root on Debian or Ubuntu it
// installs what is missing with apt; otherwise it stops with one line saying what to install.
// `--chromium`: Chromium alone (what `npm run bench` needs).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX_PATH, MINIBROWSER_PATH, findChromium } from './browsers.mjs';

const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

const onPath = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

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

let missing = missingPackages();
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(
    `Browsers missing for the tests: install ${missing.join(' ')} (Debian/Ubuntu: sudo apt-get install ${missing.join(' ')}), or set CHROME_PATH, FIREFOX_PATH, WEBKIT_MINIBROWSER.`,
  );
  process.exit(1);
}

console.log(`Installing Debian packages for the browser tests: ${missing.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update', { stdio: 'inherit', env });
execSync(`apt-get install -y --no-install-recommends ${missing.join(' ')}`, {
  stdio: 'inherit',
  env,
});
missing = missingPackages();
if (missing.length) {
  console.error(`apt-get ran, but these are still missing: ${missing.join(' ')}`);
  process.exit(1);
}
