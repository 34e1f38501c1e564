// Node consumers of the packed package: ES module import of the elements on a server (they
// define nothing and throw nothing there), require() of the engine, and TypeScript finding the
// types with moduleResolution node10 (CommonJS) and nodenext (both module kinds).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONSUMERS, prepare, run } from './harness.mjs';

const NODE = join(CONSUMERS, 'node');
before(async () => {
  await prepare();
});

test('import on a server: the exports are there, no tag is defined, no window, document or HTMLElement appears', async () => {
  const result = JSON.parse(await run(process.execPath, ['esm.mjs'], { cwd: NODE }));
  assert.deepEqual(result, {
    exports: [
      'CalfPainChecker',
      'CalfPainGuide',
      'RedFlagBanner',
      'VERSION',
      'emergencyNumberFor',
      'getLocale',
      'setLocale',
      'triage',
    ],
    defined: false,
    browserGlobals: [],
    level: 'emergency',
  });
});

test("require('calf-pain-guide/checker') works in CommonJS", async () => {
  const result = JSON.parse(await run(process.execPath, ['require.cjs'], { cwd: NODE }));
  assert.deepEqual(result, { level: 'emergency', listsIds: true });
});

test('the engine sample of docs/embedding.md prints what its comments say', async () => {
  const source = await readFile(join(NODE, 'triage.mjs'), 'utf8');
  const expected = [...source.matchAll(/^console\.log\(.*\); \/\/ (.*)$/gm)].map(
    ([, line]) => line,
  );
  assert.equal(expected.length, 4);
  const printed = (await run(process.execPath, ['triage.mjs'], { cwd: NODE })).trim().split('\n');
  assert.deepEqual(printed, expected);
});

test('TypeScript finds the types: moduleResolution node10 (CommonJS), skipLibCheck false', () =>
  run('npx', ['tsc', '-p', 'node10/tsconfig.json'], { cwd: NODE }));

test('TypeScript finds the types: nodenext, CommonJS and ES module files, skipLibCheck false', () =>
  run('npx', ['tsc', '-p', 'nodenext/tsconfig.json'], { cwd: NODE }));

// Issue 15, finding 6: a typo must never lower a level silently.
test("triage(['breathles']) (a typo) throws a TypeError naming the id, in Node and in CommonJS", async () => {
  const script = (load) =>
    `${load}; try { triage(['breathles']); console.log('returned') } ` +
    `catch (e) { console.log(e instanceof TypeError && e.message.includes('breathles') ? 'threw' : 'other: ' + e) }`;
  const esm = await run(
    process.execPath,
    ['--input-type=module', '-e', script("import { triage } from 'calf-pain-guide/checker'")],
    { cwd: NODE },
  );
  const cjs = await run(
    process.execPath,
    ['-e', script("const { triage } = require('calf-pain-guide/checker')")],
    { cwd: NODE },
  );
  assert.deepEqual([esm.trim(), cjs.trim()], ['threw', 'threw']);
  // And its types take FindingIds: the typo is a type error (node/typo/typo.ts).
  await run('npx', ['tsc', '-p', 'typo/tsconfig.json'], { cwd: NODE });
});
