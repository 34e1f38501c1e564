// Prints the size of each built script: minified, gzip (level 9) and brotli (quality 11), as a
// Markdown table. `node scripts/size.mjs [files…]`; default: every script in dist/.
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : (await readdir('dist')).filter((name) => name.endsWith('.js')).map((name) => `dist/${name}`);

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = [];
for (const file of files.sort()) {
  const bytes = await readFile(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
  rows.push([file, bytes.length, gzip, brotli]);
}
console.log('| file | min | gzip | brotli |');
console.log('| --- | ---: | ---: | ---: |');
for (const [file, min, gzip, brotli] of rows) {
  console.log(
    `| ${file} | ${min.toLocaleString('en')} B (${kib(min)}) | ${gzip.toLocaleString('en')} B (${kib(gzip)}) | ${brotli.toLocaleString('en')} B (${kib(brotli)}) |`,
  );
}
