// The WordPress versions the plugin's end-to-end test runs on, each from Debian's own package
// (scripts/ensure-php.mjs installs or fetches them; test/wordpress/e2e.mjs runs on each):
//   - Debian 12 (bookworm): WordPress 6.1, installed with apt in /usr/share/wordpress (or
//     WP_CORE_DIR), with its block theme Twenty Twenty-Three;
//   - Debian 13 (trixie): WordPress 6.8, the version most sites run now. Its package is
//     architecture-independent PHP, so it is fetched with `apt-get download` from the trixie
//     suite (with its own package lists, leaving the system's apt alone) and unpacked with
//     `dpkg-deb -x` into a folder of this project, with the libraries its files link to and its
//     block theme Twenty Twenty-Five. Nothing of trixie is installed on the system.
// Both also run the classic theme Twenty Twenty-One, from Debian 12's package (trixie has no
// classic theme): it prints the scripts enqueued while rendering the content in the footer.
import { fileURLToPath } from 'node:url';

/** Where Debian 13's packages are unpacked (dpkg-deb -x), with their apt lists and downloads. */
export const TRIXIE_ROOT = fileURLToPath(
  new URL('../node_modules/.cache/calf-pain-guide/wordpress-trixie/', import.meta.url),
);

/** Debian 12's WordPress. */
export const BOOKWORM_WORDPRESS = process.env.WP_CORE_DIR ?? '/usr/share/wordpress';

/**
 * The packages fetched from trixie: WordPress, its block theme, and the packages its files are
 * symbolic links into (underscore, lodash, cropper, getID3), so that every link resolves inside
 * the unpacked folder.
 */
export const TRIXIE_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentyfive',
  'libjs-underscore',
  'libjs-lodash',
  'libjs-cropper',
  'php-getid3',
];

/** The classic theme both versions run, from Debian 12's package. */
export const CLASSIC_THEME = 'twentytwentyone';

/** Each WordPress the end-to-end test runs on. */
export const WORDPRESS_COPIES = [
  {
    debian: 'Debian 12',
    dir: BOOKWORM_WORDPRESS,
    blockTheme: 'twentytwentythree',
  },
  {
    debian: 'Debian 13',
    dir: `${TRIXIE_ROOT}usr/share/wordpress`,
    blockTheme: 'twentytwentyfive',
  },
];
