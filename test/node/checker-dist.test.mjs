// The engine's own file must run in Node with nothing else: no DOM, no imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

const url = new URL('../../dist/checker.js', import.meta.url);

test('dist/checker.js imports nothing else', async () => {
  const source = await readFile(url, 'utf8');
  assert.doesNotMatch(source, /\bimport\s*[\s{*"']|\bimport\(|\brequire\(/);
});

test('dist/checker.js triages in Node', async () => {
  const { triage } = await import(url);
  assert.equal(triage(['breathless']).level, 'emergency');
  assert.equal(
    triage(['onset-after-exercise', 'both-legs', 'duration-under-3-days']).level,
    'self-care',
  );
  assert.equal(
    triage(['onset-walking', 'smoker', 'over-50', 'duration-over-2-weeks']).level,
    'routine',
  );
  assert.equal(triage(['swelling-one-leg', 'onset-gradual', 'long-journey']).level, 'urgent');
});

test('dist/calf-pain-guide.js is one self-contained module', async () => {
  const source = await readFile(new URL('../../dist/calf-pain-guide.js', import.meta.url), 'utf8');
  assert.doesNotMatch(source, /\bimport\s*[\s{*"']|\bimport\(/);
  assert.doesNotMatch(source, /Lit is in dev mode/);
  for (const tag of ['calf-pain-guide', 'calf-pain-checker', 'red-flag-banner']) {
    assert.match(source, new RegExp(`"${tag}"`));
  }
});
