// Makes sure what the WordPress plugin's tests need is installed: PHP and PHPUnit, and Debian's
// WordPress (the unit tests load its real escaping and shortcode functions). With --e2e, also
// MariaDB, two themes and Chromium, for the end-to-end test that installs WordPress, and
// Debian 13's WordPress 6.8, unpacked into this project (scripts/wordpress-versions.mjs). As root
// on Debian or Ubuntu it installs what is missing with apt; otherwise it stops with one line
// saying what to install.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './browsers.mjs';
import { installMissing, onPath } from './debian-packages.mjs';
import {
  BOOKWORM_WORDPRESS as WORDPRESS_DIR,
  CLASSIC_THEME,
  TRIXIE_PACKAGES,
  TRIXIE_ROOT,
  WORDPRESS_COPIES,
} from './wordpress-versions.mjs';

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
  ...['twentytwentythree', CLASSIC_THEME]
    .filter((theme) => e2e && !existsSync(`${WORDPRESS_DIR}/wp-content/themes/${theme}/style.css`))
    .map((theme) => `wordpress-theme-${theme}`),
  ...(e2e && !findChromium() ? ['chromium'] : []),
];

/** Symbolic links under `dir` whose target is not there. */
function danglingLinks(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath ?? entry.path, entry.name);
    if (lstatSync(path).isSymbolicLink() && !existsSync(path)) found.push(path);
  }
  return found;
}

/**
 * Debian 13's WordPress, unpacked into TRIXIE_ROOT. apt reads trixie's package list into a
 * folder of its own (its own sources list, lists and cache: the system's apt configuration,
 * package lists and installed packages are not touched), downloads the .deb files, and
 * dpkg-deb -x unpacks them. Skipped when already there.
 */
function fetchTrixieWordPress() {
  const trixie = WORDPRESS_COPIES.find((copy) => copy.debian === 'Debian 13');
  if (existsSync(`${trixie.dir}/wp-includes/version.php`)) return;
  if (!onPath('apt-get') || !onPath('dpkg-deb')) {
    console.error(
      `Missing for the WordPress end-to-end test: Debian 13's WordPress in ${TRIXIE_ROOT} (fetched with apt-get download and dpkg-deb, which this machine lacks).`,
    );
    process.exit(1);
  }
  console.log(`Fetching Debian 13's WordPress into ${TRIXIE_ROOT}: ${TRIXIE_PACKAGES.join(' ')}`);
  rmSync(TRIXIE_ROOT, { recursive: true, force: true });
  const apt = join(TRIXIE_ROOT, 'apt');
  const debs = join(TRIXIE_ROOT, 'debs');
  for (const dir of [`${apt}/lists/partial`, `${apt}/cache/archives/partial`, debs]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(
    `${apt}/sources.list`,
    'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main\n',
  );
  const options = [
    `-o=Dir::Etc::SourceList=${apt}/sources.list`,
    '-o=Dir::Etc::SourceParts=/dev/null',
    `-o=Dir::State::Lists=${apt}/lists`,
    `-o=Dir::Cache=${apt}/cache`,
    '-o=Dir::State::status=/dev/null',
    '-o=Acquire::Languages=none',
    // The files land in a folder root may own but apt's download user cannot write.
    '-o=APT::Sandbox::User=root',
  ];
  execFileSync('apt-get', [...options, 'update'], { stdio: 'inherit' });
  execFileSync('apt-get', [...options, 'download', ...TRIXIE_PACKAGES], {
    stdio: 'inherit',
    cwd: debs,
  });
  for (const deb of readdirSync(debs).filter((name) => name.endsWith('.deb'))) {
    execFileSync('dpkg-deb', ['-x', join(debs, deb), TRIXIE_ROOT], { stdio: 'inherit' });
  }
  // Only the unpacked files are kept: the lists and the .deb files are 30 MB.
  rmSync(apt, { recursive: true, force: true });
  rmSync(debs, { recursive: true, force: true });
  // Debian's links to /etc (its config, its .htaccess, the CA bundle) are not used here.
  const dangling = danglingLinks(trixie.dir).filter(
    (path) => !/\/(\.htaccess|wp-config\.php|ca-bundle\.crt)$/.test(path),
  );
  if (!existsSync(`${trixie.dir}/wp-includes/version.php`) || dangling.length) {
    console.error(
      `Debian 13's WordPress was not unpacked whole into ${trixie.dir}${dangling.length ? `; links to nowhere: ${dangling.join(' ')}` : ''}`,
    );
    process.exit(1);
  }
}

installMissing(missingPackages, {
  purpose: "the WordPress plugin's tests",
  otherwise: 'set WP_CORE_DIR to a WordPress folder (CHROME_PATH to a Chromium)',
});
if (e2e) fetchTrixieWordPress();
