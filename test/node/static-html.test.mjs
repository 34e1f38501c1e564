// The pre-rendered pages are valid HTML, by the Nu HTML Checker (vnu-jar from npm, run with the
// Java runtime scripts/ensure-java.mjs installs): each dist/static/<locale>/index.html as it is,
// and each pasteable snippet inside a minimal page. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url);
const VNU = fileURLToPath(new URL('node_modules/vnu-jar/build/dist/vnu.jar', root));
const STATIC = fileURLToPath(new URL('dist/static/', root));

/** vnu's messages (errors, warnings, info) for these files, in one run of the checker. */
async function validate(files) {
  const { stdout } = await promisify(execFile)(
    'java',
    ['-jar', VNU, '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout).messages.map((message) => ({
    file: message.url?.replace(/^file:/, '').replace(STATIC, 'dist/static/'),
    type: message.subType ?? message.type,
    line: message.lastLine,
    message: message.message,
  }));
}

test('dist/static/: every page and every snippet is valid HTML (Nu HTML Checker)', async (t) => {
  const folders = (await readdir(STATIC, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  assert.ok(folders.includes('en'), 'dist/static/en/ is built');
  const pages = folders.map((folder) => join(STATIC, folder, 'index.html'));
  // A snippet is a fragment: it is checked where it goes, in a page's <main>.
  const scratch = await mkdtemp(join(tmpdir(), 'calf-pain-guide-vnu-'));
  const snippets = [];
  for (const folder of folders) {
    const snippet = await readFile(join(STATIC, folder, 'calf-pain-guide.html'), 'utf8');
    const file = join(scratch, `${folder}.html`);
    await writeFile(
      file,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><main><h1>Our clinic</h1>${snippet}</main></body></html>`,
    );
    snippets.push(file);
  }
  const messages = await validate([...pages, ...snippets]);
  const problems = messages.filter(
    (m) => m.type === 'error' || m.type === 'fatal' || m.type === 'warning',
  );
  t.diagnostic(`${pages.length} pages and ${snippets.length} snippets checked`);
  assert.deepEqual(problems, []);
});

test("dist/static/<locale>/index.html has one <main> and one <h1>, the guide's title", async () => {
  const page = await readFile(join(STATIC, 'en', 'index.html'), 'utf8');
  assert.equal(page.match(/<main>/g)?.length, 1);
  const h1 = page.match(/<h1\b[^>]*>([^<]*)<\/h1>/g) ?? [];
  assert.equal(h1.length, 1);
  assert.match(h1[0], /class="title"[^>]*>Pain at the top of the calf</);
  assert.doesNotMatch(page, /\sshadowroot=/, 'no obsolete shadowroot attribute');
});
