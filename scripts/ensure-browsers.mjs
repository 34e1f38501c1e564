// Makes sure a Chromium is there before the browser tests run. As root on Debian or Ubuntu it
// installs the `chromium` package with apt; otherwise it stops with one line saying what to do.
import { execSync } from 'node:child_process';
import { findChromium } from './browsers.mjs';

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = (() => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
})();

if (!isRoot || !hasApt) {
  console.error(
    'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}

console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update', { stdio: 'inherit', env });
execSync('apt-get install -y --no-install-recommends chromium fonts-dejavu-core', {
  stdio: 'inherit',
  env,
});
if (!findChromium()) {
  console.error('apt-get installed chromium, but no Chromium binary was found afterwards.');
  process.exit(1);
}
