// Makes sure what the WordPress plugin's tests need is installed: PHP and PHPUnit, and Debian's
// WordPress (the unit tests load its real escaping and shortcode functions). With --e2e, also
// MariaDB, two themes and Chromium, for the end-to-end test that installs WordPress. As root on Debian or Ubuntu it
// installs what is missing with apt; otherwise it stops with one line saying what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browsers.mjs';

const WORDPRESS_DIR = process.env.WP_CORE_DIR ?? '/usr/share/wordpress';

const onPath = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

const phpHas = (extension) => {
  try {
    return execSync('php -m', { encoding: 'utf8' }).split('\n').includes(extension);
  } catch {
    return false;
  }
};

const e2e = process.argv.includes('--e2e');

// php-mysql, apache2 and the rest come with Debian's wordpress package as its dependencies;
// the tests use neither apache2 nor the system's MariaDB service (they run their own).
const missingPackages = () => [
  ...(onPath('php') ? [] : ['php-cli']),
  ...(onPath('phpunit') ? [] : ['phpunit']),
  ...(existsSync(`${WORDPRESS_DIR}/wp-includes/formatting.php`) ? [] : ['wordpress']),
  ...(e2e && !(onPath('mariadbd') && onPath('mariadb-install-db')) ? ['mariadb-server'] : []),
  ...(e2e && !phpHas('mysqli') ? ['php-mysql'] : []),
  // The default theme of WordPress 6.1 (a block theme) and a classic theme, which prints the
  // scripts enqueued while rendering the content in the footer instead.
  ...['twentytwentythree', 'twentytwentyone']
    .filter((theme) => e2e && !existsSync(`${WORDPRESS_DIR}/wp-content/themes/${theme}/style.css`))
    .map((theme) => `wordpress-theme-${theme}`),
  ...(e2e && !findChromium() ? ['chromium'] : []),
];

let missing = missingPackages();
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(
    `Missing for the WordPress plugin's tests: install ${missing.join(' ')} (Debian/Ubuntu: sudo apt-get install --no-install-recommends ${missing.join(' ')}), or set WP_CORE_DIR to a WordPress folder (CHROME_PATH to a Chromium).`,
  );
  process.exit(1);
}

console.log(`Installing Debian packages for the WordPress tests: ${missing.join(' ')}`);
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
