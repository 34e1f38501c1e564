// The hazard log names the test behind each control: each must exist, or the log says nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const caseFiles = readdirSync(new URL('test/checker/', root))
  .filter((name) => /\.(ts|json)$/.test(name))
  .map((name) => read(`test/checker/${name}`))
  .join('\n');

test('every test the hazard log names exists', () => {
  const log = read('docs/clinical-safety.md').replace(/\s*\n\s*/g, ' ');
  const references = [...log.matchAll(/`([^`]*›[^`]*)`/g)].map((match) => match[1]);
  assert.ok(references.length >= 30, `only ${references.length} references`);
  let file;
  for (const reference of references) {
    const [path, ...names] = reference.split('›').map((part) => part.trim());
    if (path) file = path;
    assert.ok(file, `no file before ${reference}`);
    const source = read(file).replace(/\s*\n\s*/g, ' ');
    for (const name of names) {
      if (/^[A-Z][A-Z0-9]*-[\w]+$/.test(name)) {
        assert.match(caseFiles, new RegExp(`['"]${name}['"]`), `case ${name}`);
      } else {
        const plain = name.replace(/<locale>/g, '');
        assert.ok(source.includes(plain.split('<')[0]), `${file} has no test "${name}"`);
      }
    }
  }
});
