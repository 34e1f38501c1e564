// Writes dist/integrity.json: the Subresource Integrity hash (sha384, base64) of every script in
// dist/, for `<script src="…" integrity="sha384-…" crossorigin="anonymous">` when the file is
// served from a CDN. Run after rollup; any later change to a script invalidates its hash.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';

const DIST = new URL('../dist/', import.meta.url);

function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

const scripts = (await readdir(DIST)).filter((name) => name.endsWith('.js')).sort();
if (!scripts.length) throw new Error('dist/ has no scripts: run rollup first');
const integrity = {};
for (const name of scripts) integrity[name] = sriHash(await readFile(new URL(name, DIST)));
await writeFile(new URL('integrity.json', DIST), `${JSON.stringify(integrity, null, 2)}\n`);
console.log(`dist/integrity.json: ${scripts.length} scripts`);
