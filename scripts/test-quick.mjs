// The inner loop (npm run test:quick), about a minute: the type check, the tests that run in
// Node (engine and content), then the tests of the sources in Chromium (each element's tests
// and test/elements/; no build needed). `npm test` stays the full gate: the build, lint, every
// engine, the built files, the consumer apps.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  // The generated sources (languages, version) once, if no build has written them yet.
  ...(existsSync('src/generated/locale-templates.ts')
    ? []
    : [['translations', 'node', ['scripts/i18n/build.mjs']]]),
  ['version', 'node', ['scripts/build-version.mjs']],
  ['type check', 'npx', ['--no-install', 'tsc', '--noEmit']],
  ['unit tests (Node)', 'npm', ['run', '--silent', 'test:unit']],
  ['source tests (Chromium)', 'npx', ['--no-install', 'wtr', '--group', 'quick']],
];

// Every step runs, so one run shows every failure; the exit code says whether any failed.
const failed = [];
for (const [name, command, args] of steps) {
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`test:quick: ${name} ${status === 0 ? 'passed' : 'FAILED'} (${seconds} s)`);
  if (status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`test:quick: failed: ${failed.join(', ')}`);
  process.exit(1);
}
