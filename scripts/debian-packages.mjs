// What scripts/ensure-browsers.mjs and scripts/ensure-php.mjs share: finding a command, and
// installing the Debian packages that are missing with apt when running as root on Debian or
// Ubuntu, else saying in one line what to install. Nothing is downloaded from anywhere else.
import { execSync } from 'node:child_process';

/** True when `command` is on the PATH. */
export function onPath(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs what `missingPackages()` names, then asks it again; exits 1 with one line if it cannot
 * (not root, no apt) or if packages are still missing after apt ran.
 *
 * @param {() => string[]} missingPackages the Debian packages still missing, each time it is asked
 * @param {{ purpose: string, otherwise: string }} what purpose: what they are for ("the browser
 *   tests"); otherwise: how to do without installing them ("set CHROME_PATH …")
 */
export function installMissing(missingPackages, { purpose, otherwise }) {
  let missing = missingPackages();
  if (missing.length === 0) return;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    console.error(
      `Missing for ${purpose}: install ${missing.join(' ')} (Debian/Ubuntu: sudo apt-get install --no-install-recommends ${missing.join(' ')}), or ${otherwise}.`,
    );
    process.exit(1);
  }

  console.log(`Installing Debian packages for ${purpose}: ${missing.join(' ')}`);
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
}
