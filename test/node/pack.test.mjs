// What `npm publish` would ship: the built files, README and LICENSE, nothing else (no tests,
// no sources, no translators' files). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DIST_FILES } from './dist-files.mjs';

const root = new URL('../../', import.meta.url);

const { stdout } = await promisify(execFile)(
  'npm',
  ['pack', '--dry-run', '--json', '--ignore-scripts'],
  { cwd: root, maxBuffer: 16 * 1024 * 1024 },
);
const [pack] = JSON.parse(stdout);
const files = pack.files.map((file) => file.path).sort();

test('the package holds only dist/, the docs, README, LICENSE and package.json', (t) => {
  // The docs ship so that the README's links to them work on npm (they point at this version's
  // files on a package CDN) and beside the code in node_modules.
  const allowed = (path) =>
    ['package.json', 'README.md', 'LICENSE', 'docs/screenshot.png'].includes(path) ||
    path.startsWith('dist/') ||
    /^docs\/[\w-]+\.md$/.test(path);
  assert.deepEqual(
    files.filter((path) => !allowed(path)),
    [],
  );
  for (const folder of ['src/', 'test/', 'locales/', 'scripts/', 'demo/', 'coverage/']) {
    assert.ok(!files.some((path) => path.startsWith(folder)), `nothing from ${folder}`);
  }
  assert.ok(!files.some((path) => path.endsWith('.ts') && !path.endsWith('.d.ts')), 'no .ts');
  t.diagnostic(`${pack.entryCount} files, ${pack.size} B packed, ${pack.unpackedSize} B unpacked`);
});

test('the package has every script, with its source map, the manifest, types, hashes, the iframe page and the static guides', () => {
  const expected = [...DIST_FILES, 'README.md', 'LICENSE', 'package.json'];
  assert.deepEqual(
    expected.filter((path) => !files.includes(path)),
    [],
  );
  // Nothing else at the top of dist/: a stale file from an old build would show here.
  const topLevel = files.filter((path) => /^dist\/[^/]+$/.test(path));
  assert.deepEqual(topLevel, expected.filter((path) => /^dist\/[^/]+$/.test(path)).sort());
});
