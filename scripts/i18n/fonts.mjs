// A font for the screenshots of `npm run check:language`, without administrator rights.
//
// Chromium draws a letter no installed font has as a box, so a translator without a Chinese
// font would see screenshots full of boxes. When fontconfig has no font for the language, this
// fetches Debian's font package into a cache folder of the user's own (apt-get download needs no
// root; dpkg-deb -x unpacks it), and writes a fontconfig file that adds that folder to the
// machine's own fonts. Chromium is then started with FONTCONFIG_FILE pointing at it, as the
// browser tests do with test/support/fonts.conf. Nothing is installed on the system.
//
//   ~/.cache/calf-pain-guide/fonts/            ($XDG_CACHE_HOME, or CALF_PAIN_GUIDE_FONTS)
//     fonts-noto-cjk/usr/share/fonts/…         the unpacked package
//     fonts.conf                               the machine's fonts + the unpacked ones
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Scripts whose letters Debian's fonts-noto-cjk has (Chinese, Japanese, Korean). */
const CJK = new Set(['Hans', 'Hant', 'Hani', 'Jpan', 'Hira', 'Kana', 'Kore', 'Hang']);

/** The Debian package with a font for a language's script. */
export function fontPackageFor(tag) {
  const { script } = new Intl.Locale(tag).maximize();
  return CJK.has(script ?? '') ? 'fonts-noto-cjk' : 'fonts-noto-core';
}

/**
 * The language as fontconfig names it: Chinese by its written form (zh-cn for Simplified,
 * zh-tw for Traditional), other languages by their code.
 */
export function fontconfigLanguage(tag) {
  const locale = new Intl.Locale(tag).maximize();
  if (locale.language === 'zh') return locale.script === 'Hant' ? 'zh-tw' : 'zh-cn';
  return locale.language;
}

export const cacheDir = (env = process.env) =>
  env.CALF_PAIN_GUIDE_FONTS ??
  join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'calf-pain-guide', 'fonts');

/**
 * The font families fontconfig has for a language ('' when none), or undefined when fontconfig
 * cannot say (no fc-list).
 */
export function fontsFor(tag, env = process.env) {
  try {
    return execFileSync('fc-list', [`:lang=${fontconfigLanguage(tag)}`, 'family'], {
      encoding: 'utf8',
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/**
 * A fontconfig file: the machine's configuration (or `base`), plus these font folders, with its
 * cache in `cache`.
 */
export function fontconfigText(dirs, base, cache) {
  const escapeXml = (text) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by scripts/i18n/fonts.mjs for npm run check:language: the machine's fonts, and the
     fonts unpacked into this folder for the screenshots. -->
<fontconfig>
  <include ignore_missing="yes">${escapeXml(base)}</include>
${dirs.map((dir) => `  <dir>${escapeXml(dir)}</dir>`).join('\n')}
  <cachedir>${escapeXml(cache)}</cachedir>
</fontconfig>
`;
}

/**
 * Makes sure Chromium will have a font for the language. Returns the environment to start it
 * with (FONTCONFIG_FILE set when a cached font is needed) and a sentence for the translator, or
 * an empty one when nothing was needed.
 * @returns {{ env: Record<string, string | undefined>, note: string }}
 */
export function ensureFont(tag, name, env = process.env) {
  const found = fontsFor(tag, env);
  if (found === undefined) return { env, note: '' };
  const dir = cacheDir(env);
  const config = join(dir, 'fonts.conf');
  const asked = env.FONTCONFIG_FILE;
  const base = asked && asked !== config ? asked : '/etc/fonts/fonts.conf';
  const unpacked = () =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((entry) => entry.startsWith('fonts-'))
          .map((entry) => join(dir, entry, 'usr', 'share', 'fonts'))
          .filter((folder) => existsSync(folder))
      : [];
  const withCache = () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(config, fontconfigText(unpacked(), base, join(dir, 'fontconfig-cache')));
    return { ...env, FONTCONFIG_FILE: config };
  };
  if (found !== '') return { env, note: '' };
  // A font fetched on an earlier run.
  if (unpacked().length) {
    const cached = withCache();
    if (fontsFor(tag, cached)) return { env: cached, note: '' };
  }
  const pkg = fontPackageFor(tag);
  const manual = [
    `No font for ${name} here, so its letters would show as boxes. To add one without administrator rights (Debian, Ubuntu):`,
    `  mkdir -p ${dir} && cd ${dir} && apt-get download ${pkg} && dpkg-deb -x ${pkg}_*.deb ${pkg} && rm ${pkg}_*.deb`,
    'then run this again (it finds the font there). Elsewhere: install a Noto font for the language.',
  ].join('\n');
  try {
    mkdirSync(dir, { recursive: true });
    console.log(`No font for ${name} here: fetching Debian's ${pkg} into ${dir} (once).`);
    execFileSync('apt-get', ['download', pkg], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const deb = readdirSync(dir).find(
      (entry) => entry.startsWith(`${pkg}_`) && entry.endsWith('.deb'),
    );
    if (!deb) throw new Error(`apt-get download ${pkg} wrote no .deb`);
    execFileSync('dpkg-deb', ['-x', deb, pkg], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    rmSync(join(dir, deb));
  } catch (error) {
    return { env, note: `${manual}\n(${String(error.message).split('\n')[0]})` };
  }
  const cached = withCache();
  if (!fontsFor(tag, cached)) return { env, note: manual };
  return { env: cached, note: `Font for ${name}: ${pkg}, from ${dir}.` };
}
