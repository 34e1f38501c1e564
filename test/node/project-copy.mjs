// A throw-away copy of the project, for tests that change it as a contributor would (add a
// language, change an English sentence): the repository's files without what is built or
// installed, with node_modules linked from here. Holds no test.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEFT_OUT = new Set([
  '.git',
  'node_modules',
  'dist',
  'build',
  'coverage',
  'preview',
  'src/generated',
  'test/visual/screenshots',
  'wordpress/build',
  'wordpress/calf-pain-guide/assets',
]);

/** Copies the project; `dir` is the copy, `remove()` deletes it. */
export function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'calf-pain-guide-'));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => !LEFT_OUT.has(relative(ROOT, source)),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs a shell command in the copy as a contributor would type it; never throws.
 * @returns {Promise<{ code: number, output: string }>}
 */
export function sh(dir, command) {
  return new Promise((resolve) => {
    execFile(
      '/bin/sh',
      ['-c', command],
      { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? (error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}
