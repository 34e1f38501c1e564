// Builds the WordPress plugin from dist/ (run `npm run build` first): copies the guide's
// scripts and their hashes into wordpress/calf-pain-guide/assets/ (not committed: dist/ is the
// one source), renders the guide for each language into assets/pre-rendered/ (templates the
// plugin fills in PHP: scripts/wordpress-pre-render.mjs), then writes the installable zip wordpress/build/calf-pain-guide-wordpress.zip,
// whose top folder is calf-pain-guide/ as WordPress's "Upload Plugin" expects.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { zipSync } from 'fflate';
import { contentDates, dateTable, emergencyNumbers, templateFor } from './wordpress-pre-render.mjs';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const plugin = new URL('wordpress/calf-pain-guide/', root);
const assets = new URL('assets/', plugin);
export const ZIP = new URL('wordpress/build/calf-pain-guide-wordpress.zip', root);

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};

const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
// English and each language that ships (scripts/i18n/build.mjs): each has its file in dist/.
const { sourceLocale, languages } = JSON.parse(
  await readFile(new URL('src/generated/languages.json', root), 'utf8'),
);
const targetLocales = languages.filter((language) => language.ships).map((l) => l.tag);

// The plugin states its version in four places; WordPress compares them with what it installed.
const read = (path) => readFile(new URL(path, plugin), 'utf8');
const versions = {
  'calf-pain-guide.php header': (await read('calf-pain-guide.php')).match(
    /\* Version:\s*(\S+)/,
  )?.[1],
  CALF_PAIN_GUIDE_VERSION: (await read('calf-pain-guide.php')).match(
    /'CALF_PAIN_GUIDE_VERSION', '([^']+)'/,
  )?.[1],
  'readme.txt Stable tag': (await read('readme.txt')).match(/Stable tag:\s*(\S+)/)?.[1],
  'block/editor.asset.php': (await read('block/editor.asset.php')).match(
    /'version'\s*=>\s*'([^']+)'/,
  )?.[1],
};
for (const [where, found] of Object.entries(versions)) {
  if (found !== version) fail(`${where} says ${found}, package.json says ${version}`);
}

// The file with every language, and one per language (that language plus English).
const scripts = [
  'calf-pain-guide.js',
  ...[sourceLocale, ...targetLocales].map((locale) => `calf-pain-guide.${locale}.js`),
];
let distIntegrity;
try {
  distIntegrity = JSON.parse(await readFile(new URL('integrity.json', dist), 'utf8'));
} catch {
  fail('dist/integrity.json is missing: run `npm run build` first');
}

await rm(assets, { recursive: true, force: true });
await mkdir(assets, { recursive: true });
const integrity = {};
for (const name of scripts) {
  const bytes = await readFile(new URL(name, dist)).catch(() =>
    fail(`dist/${name} is missing: run \`npm run build\` first`),
  );
  const hash = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  // A stale hash would make every browser refuse the script: check it against the bytes.
  if (distIntegrity[name] !== hash) fail(`dist/integrity.json is stale for ${name}: rebuild`);
  // The bytes of dist/ without the last line's source map comment: the maps stay out (they
  // would triple the zip), and a comment naming a file that is not there makes developer tools
  // ask for it and report a failed load. The hash is of the bytes shipped.
  const text = bytes.toString('utf8');
  const shipped = Buffer.from(text.replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, '\n'), 'utf8');
  if (shipped.includes('sourceMappingURL')) fail(`${name}: its source map comment was not removed`);
  integrity[name] = `sha384-${createHash('sha384').update(shipped).digest('base64')}`;
  await writeFile(new URL(name, assets), shipped);
}
await writeFile(new URL('integrity.json', assets), `${JSON.stringify(integrity, null, 2)}\n`);

// The guide pre-rendered for each language, and what PHP needs to choose and fill one: the
// languages in the order the live guide chooses among them, and each region's emergency number.
const { renderGuide } = await import(new URL('node/ssr.js', dist).href).catch(() =>
  fail('dist/node/ssr.js is missing: run `npm run build` first'),
);
const preRendered = new URL('pre-rendered/', assets);
await mkdir(preRendered, { recursive: true });
const locales = [sourceLocale, ...targetLocales];
let templateBytes = 0;
const isoDates = new Set();
for (const locale of locales) {
  const template = await templateFor(renderGuide, locale, await contentDates(root));
  isoDates.add(template.dates.isoDate);
  const json = `${JSON.stringify(template)}\n`;
  templateBytes += Buffer.byteLength(json);
  await writeFile(new URL(`${locale}.json`, preRendered), json);
}
if (isoDates.size !== 1) fail(`the languages show different dates: ${[...isoDates].join(', ')}`);
const index = {
  locales,
  emergencyNumbers: await emergencyNumbers(root),
  dates: dateTable(locales, [...isoDates][0]),
};
await writeFile(new URL('index.json', preRendered), `${JSON.stringify(index, null, 2)}\n`);
await writeFile(new URL('LICENSE', plugin), await readFile(new URL('LICENSE', root)));

/** Every file of the plugin, relative to its folder, skipping dot files. */
async function filesIn(dir, prefix = '') {
  const entries = await readdir(new URL(prefix, dir), { withFileTypes: true });
  const files = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) files.push(...(await filesIn(dir, `${path}/`)));
    else files.push(path);
  }
  return files;
}

// A fixed date, so the same sources give the same zip.
const mtime = new Date('2025-01-01T00:00:00Z');
const entries = {};
for (const path of await filesIn(plugin)) {
  entries[`calf-pain-guide/${path}`] = [
    new Uint8Array(await readFile(new URL(path, plugin))),
    { level: 9, mtime },
  ];
}
await mkdir(new URL('./', ZIP), { recursive: true });
await writeFile(ZIP, zipSync(entries));
const { size } = await stat(ZIP);
const compressed = Object.entries(entries)
  .filter(([path]) => path.includes('/assets/pre-rendered/'))
  .reduce((sum, [path]) => sum + zipSync({ [path]: entries[path] }).length, 0);
console.log(
  `wordpress/build/calf-pain-guide-wordpress.zip: ${Object.keys(entries).length} files, ${(size / 1024).toFixed(0)} kB` +
    ` (the pre-rendered guide: ${locales.length} templates, ${templateBytes} B, ${compressed} B zipped)`,
);
