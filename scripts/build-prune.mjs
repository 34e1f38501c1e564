// Keeps dist/ to what the current build writes, without emptying it first (people and tests
// may be using dist/ while a build runs):
//   node scripts/build-prune.mjs start   before the build: notes the time
//   node scripts/build-prune.mjs end     after it: deletes every file in dist/ the build did not
//                                        write (a dropped language, an old type declaration)
// Every step of `npm run build` rewrites all of its outputs, so "not written" means stale.
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';

const DIST = new URL('../dist/', import.meta.url);
const MARKER = new URL('../node_modules/.cache/calf-pain-guide/build-started', import.meta.url);

async function filesIn(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => `${e.parentPath ?? e.path}/${e.name}`);
}

const step = process.argv[2];
if (step === 'start') {
  await mkdir(new URL('.', MARKER), { recursive: true });
  await writeFile(MARKER, `${new Date().toISOString()}\n`);
} else if (step === 'end') {
  const started = (await stat(MARKER)).mtimeMs;
  const stale = [];
  for (const file of await filesIn(DIST)) {
    if ((await stat(file)).mtimeMs < started) stale.push(file);
  }
  await Promise.all(stale.map((file) => rm(file)));
  // Folders left empty by the pruning.
  const dirs = (await readdir(DIST, { withFileTypes: true, recursive: true }))
    .filter((e) => e.isDirectory())
    .map((e) => `${e.parentPath ?? e.path}/${e.name}`)
    .sort((a, b) => b.length - a.length);
  for (const dir of dirs) {
    if (!(await readdir(dir)).length) await rm(dir, { recursive: true });
  }
  await rm(MARKER, { force: true });
  if (stale.length) console.log(`build-prune: removed ${stale.length} stale file(s) from dist/`);
} else {
  console.error('usage: node scripts/build-prune.mjs start|end');
  process.exit(2);
}
