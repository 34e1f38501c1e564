// One test file, in one engine, for the inner loop:
//   npm run test:one -- <file> [chromium|firefox|webkit]
// A browser test (src/**/*.test.ts, test/**/*.test.ts) runs in Chromium unless told otherwise,
// without coverage; a test that runs in Node (test/checker/, test/content/: TypeScript through
// tsx; test/node/, test/consumers/: .mjs) runs with node --test. Tests of dist/ (test/hostile/,
// test/distribution/, test/elements/bundle.test.ts, test/node/) need `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const [file, engine = 'chromium', ...rest] = process.argv.slice(2);

if (!file || !existsSync(file) || !ENGINES.includes(engine) || rest.length) {
  console.error('Usage: npm run test:one -- <test file> [chromium|firefox|webkit]');
  process.exit(2);
}

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let status;
if (file.endsWith('.mjs')) {
  status = run(process.execPath, ['--test', file]);
} else if (/^(\.\/)?test\/(checker|content)\//.test(file)) {
  status = run(process.execPath, ['--import', 'tsx', '--test', file]);
} else if (engine === 'webkit') {
  status = run('sh', ['scripts/test-webkit.sh'], { TEST_FILES: file });
} else {
  status = run('npx', ['--no-install', 'wtr', '--group', engine], { TEST_FILES: file });
}
process.exit(status);
