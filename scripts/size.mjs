// Prints the size of each built script: minified, gzip (level 9) and brotli (quality 11), as a
// Markdown table. `node scripts/size.mjs [files…]`; default: every script in dist/.
// `npm run bench` measures with the same functions.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli at the settings a CDN uses for static files (quality 11). */
export function brotliSize(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
}

/** @returns {{ min: number, gzip: number, brotli: number }} bytes */
export function compressedSizes(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliSize(bytes),
  };
}

/** The scripts in a dist/ folder, by file name (source maps left out). */
export async function distScripts(dir = 'dist') {
  return (await readdir(dir)).filter((name) => name.endsWith('.js')).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2).length
    ? process.argv.slice(2)
    : (await distScripts()).map((name) => `dist/${name}`);
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const cell = (bytes) => `${bytes.toLocaleString('en')} B (${kib(bytes)})`;
  console.log('| file | min | gzip | brotli |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const file of files.sort()) {
    const { min, gzip, brotli } = compressedSizes(await readFile(file));
    console.log(`| ${file} | ${cell(min)} | ${cell(gzip)} | ${cell(brotli)} |`);
  }
}
