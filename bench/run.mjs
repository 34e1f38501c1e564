// `npm run bench [-- --check] [-- --runs=N] [-- --no-build]`: see bench/README.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { checkBudgets } from './lib/budgets.mjs';
import { measureLighthouse } from './lib/lighthouse.mjs';
import {
  PROFILES,
  launchChromium,
  measureChecker,
  measureFirstPaint,
  measureManyGuides,
  measureUpgradeShift,
} from './lib/page-timings.mjs';
import { renderReadme } from './lib/report.mjs';
import { startServer } from '../scripts/static-server.mjs';
import { measurePictures, measureSizes } from './lib/sizes.mjs';
import { firstPaintMarkup, paintFloorScript, upgradeFloorScript } from './lib/paint-floor.mjs';
import { ratioInterval } from './lib/stats.mjs';
import { brotliSize } from '../scripts/size.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 15);
// The pre-rendered page's budget is 5 % from 1, and one load's first paint varies by more than
// that (a frame is 17 ms of about 300): three times the runs, so chance moves its median less.
const preRenderedRuns = 3 * runs;
const lighthouseRuns = Number(option('lighthouse-runs') ?? 3);
const unknown = args.filter(
  (arg) => !/^--(check|no-build|runs=\d+|lighthouse-runs=\d+)$/.test(arg),
);
if (unknown.length || !(runs >= 3) || !(lighthouseRuns >= 1)) {
  console.error(
    `usage: npm run bench -- [--check] [--no-build] [--runs=N (≥3)] [--lighthouse-runs=N]${unknown.length ? `\nunknown: ${unknown.join(' ')}` : ''}`,
  );
  process.exit(2);
}

const step = (text) => console.log(`\n▸ ${text}`);
const sh = (command, commandArgs) =>
  execFileSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit' });

if (!args.includes('--no-build')) {
  step('npm run build');
  sh('npm', ['run', 'build', '--silent']);
}
sh('node', ['scripts/ensure-browsers.mjs', '--chromium']);

step('Sizes');
const sizes = await measureSizes();
sizes.pictures = await measurePictures();
console.log(`  the pictures (issue 19) add ${sizes.pictures.added} B brotli`);
for (const s of sizes.scripts) {
  console.log(
    `  ${s.file.padEnd(34)} ${String(s.brotli).padStart(7)} B brotli${s.ratio ? `  ${s.ratio.toFixed(2)}× floor` : ''}`,
  );
}

// Pages that hold the guide alone: the pre-rendered page as built, and the same page with the
// pre-rendered snippet swapped for the element and a script.
const staticPage = await readFile(`${ROOT}dist/static/en/index.html`, 'utf8');
const snippet = /<calf-pain-guide\b[\s\S]*<\/calf-pain-guide>/;
if (!snippet.test(staticPage)) throw new Error('dist/static/en/index.html holds no guide');
/** The pre-rendered page with a module script in its head. */
const withScript = (script) =>
  staticPage.replace('</head>', `<script type="module" src="${script}"></script>\n</head>`);
/** The same page with the pre-rendered guide replaced by `body`. */
const scriptPage = (script, body) => withScript(script).replace(snippet, body);
// Each script drawn alone, and its floor (bench/lib/paint-floor.mjs): the same page written by
// a script of the same brotli size with no framework. Phone profile only, where the budget is.
const drawnBy = {
  bundle: '/dist/calf-pain-guide.js',
  englishBundle: '/dist/calf-pain-guide.en.js',
  bundlerEntry: '/dist/bundler/calf-pain-guide.js',
};
const markup = firstPaintMarkup(staticPage);
// Each script compressed once (quality 11: about a second for the all-language file).
const brotliOf = Object.fromEntries(
  Object.entries(drawnBy).map(([name, script]) => [
    name,
    brotliSize(readFileSync(`${ROOT}${script.slice(1)}`)),
  ]),
);
const floorPages = Object.keys(drawnBy).flatMap((name) => [
  [`/bench/floor-${name}.js`, paintFloorScript(markup, brotliOf[name])],
  [
    `/bench/floor-${name}.html`,
    scriptPage(`/bench/floor-${name}.js`, '<calf-pain-guide></calf-pain-guide>'),
  ],
]);
const pages = new Map([
  ...floorPages,
  ['/bench/static.html', staticPage],
  // The same pre-rendered page with the script: the guide upgrades over it. And with its floor:
  // a script as big that does nothing, so the pre-rendered guide stays.
  ['/bench/prerendered.html', withScript(drawnBy.bundle)],
  ['/bench/prerendered-floor.js', upgradeFloorScript(brotliOf.bundle)],
  ['/bench/prerendered-floor.html', withScript('/bench/prerendered-floor.js')],
  [
    '/bench/bundle.html',
    scriptPage('/dist/calf-pain-guide.js', '<calf-pain-guide></calf-pain-guide>'),
  ],
  [
    '/bench/bundle-en.html',
    scriptPage('/dist/calf-pain-guide.en.js', '<calf-pain-guide></calf-pain-guide>'),
  ],
  // The package's main export loaded as it is (as demo/index.html does): English inside, the
  // parts a closed guide does not show fetched when the page is idle.
  [
    '/bench/bundle-entry.html',
    scriptPage('/dist/bundler/calf-pain-guide.js', '<calf-pain-guide></calf-pain-guide>'),
  ],
  [
    '/bench/checker.html',
    scriptPage('/dist/calf-pain-guide.js', '<calf-pain-checker></calf-pain-checker>'),
  ],
  ['/bench/empty.html', scriptPage('/dist/calf-pain-guide.js', '')],
]);
const server = await startServer(pages);
const url = (path) => `${server.origin}${path}`;

const browser = await launchChromium();
const firstPaint = {};
const checker = {};
const manyGuides = {};
let upgradeLayoutShift;
let preRendered;
let lighthouse;
let browserVersion;
try {
  browserVersion = await browser.version();
  for (const [name, profile] of Object.entries(PROFILES)) {
    step(`First paint, ${profile.label}: ${runs} alternating loads of each page`);
    const paint = await measureFirstPaint(
      browser,
      {
        static: url('/bench/static.html'),
        bundle: url('/bench/bundle.html'),
        englishBundle: url('/bench/bundle-en.html'),
        bundlerEntry: url('/bench/bundle-entry.html'),
        ...(name === 'phone'
          ? Object.fromEntries(
              Object.keys(drawnBy).map((script) => [
                `${script}Floor`,
                url(`/bench/floor-${script}.html`),
              ]),
            )
          : {}),
      },
      profile,
      runs,
    );
    const ratio = (timing) => (timing ? timing.median / paint.static.median : undefined);
    firstPaint[name] = {
      label: profile.label,
      ...paint,
      ratio: ratio(paint.bundle),
      englishRatio: ratio(paint.englishBundle),
      bundlerEntryRatio: ratio(paint.bundlerEntry),
      floorRatio: ratio(paint.bundleFloor),
      englishFloorRatio: ratio(paint.englishBundleFloor),
      bundlerEntryFloorRatio: ratio(paint.bundlerEntryFloor),
    };
    if (paint.bundleFloor) {
      console.log(
        `  floors (the page written by a script as big, no framework): all-language ${firstPaint[name].floorRatio.toFixed(2)}×, English ${firstPaint[name].englishFloorRatio.toFixed(2)}×, bundler entry ${firstPaint[name].bundlerEntryFloorRatio.toFixed(2)}×`,
      );
    }
    console.log(
      `  static ${paint.static.median.toFixed(0)} ms, bundle ${paint.bundle.median.toFixed(0)} ms (${firstPaint[name].ratio.toFixed(2)}×), English bundle ${paint.englishBundle.median.toFixed(0)} ms (${firstPaint[name].englishRatio.toFixed(2)}×), bundler entry ${paint.bundlerEntry.median.toFixed(0)} ms (${firstPaint[name].bundlerEntryRatio.toFixed(2)}×)`,
    );

    step(`Checker, ${profile.label}: ${runs} runs through every screen`);
    checker[name] = {
      label: profile.label,
      ...(await measureChecker(browser, url('/bench/checker.html'), profile, runs)),
    };
    console.log(
      `  next question ${checker[name].nextQuestion.median.toFixed(1)} ms, result ${checker[name].result.median.toFixed(1)} ms`,
    );

    if (name === 'phone') {
      step(
        `Pre-rendered page with the script, ${profile.label}: ${preRenderedRuns} alternating loads of each page`,
      );
      const pre = await measureFirstPaint(
        browser,
        {
          static: url('/bench/static.html'),
          withScript: url('/bench/prerendered.html'),
          floor: url('/bench/prerendered-floor.html'),
        },
        profile,
        preRenderedRuns,
      );
      preRendered = {
        label: profile.label,
        ...pre,
        ratio: pre.withScript.median / pre.static.median,
        interval: ratioInterval(pre.withScript.values, pre.static.values),
        floorRatio: pre.floor.median / pre.static.median,
      };
      console.log(
        `  static ${pre.static.median.toFixed(0)} ms, with script ${pre.withScript.median.toFixed(0)} ms (${preRendered.ratio.toFixed(2)}×, 90 % interval ${preRendered.interval.map((r) => r.toFixed(2)).join('–')}), floor ${pre.floor.median.toFixed(0)} ms (${preRendered.floorRatio.toFixed(2)}×)`,
      );

      step(`Layout shift of the upgrade, ${profile.label}: ${runs} loads`);
      upgradeLayoutShift = await measureUpgradeShift(
        browser,
        url('/bench/prerendered.html'),
        profile,
        runs,
      );
      console.log(`  largest CLS ${upgradeLayoutShift.max.toFixed(4)}`);
    }

    const guideRuns = Math.ceil(runs / 2);
    step(`50 guides, ${profile.label}: ${guideRuns} runs`);
    manyGuides[name] = {
      label: profile.label,
      ...(await measureManyGuides(browser, url('/bench/empty.html'), profile, guideRuns)),
    };
    console.log(
      `  ${manyGuides[name].render.median.toFixed(0)} ms, ${(manyGuides[name].heapPerGuide.median / 1024).toFixed(1)} KiB heap and ${Math.round(manyGuides[name].domNodesPerGuide)} nodes per guide`,
    );
  }
} finally {
  await browser.close();
}

try {
  step(`Lighthouse on demo/index.html: ${lighthouseRuns} runs`);
  lighthouse = await measureLighthouse(url('/demo/index.html'), lighthouseRuns);
  console.log(
    `  ${Object.entries(lighthouse.scores)
      .map(([id, s]) => `${id} ${s.median}`)
      .join(', ')}`,
  );
} finally {
  await server.close();
}

const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8' }).trim();
let commit = 'unknown';
try {
  // The bench's own output files do not count as changes to what was measured.
  const changed = git(
    'status',
    '--porcelain',
    '--',
    '.',
    ':!bench/results.json',
    ':!bench/README.md',
  );
  commit = git('rev-parse', '--short', 'HEAD') + (changed ? ' (with uncommitted changes)' : '');
} catch {
  // Not a git checkout (an unpacked archive): the date and machine still say which run this is.
}
let debian = '';
try {
  debian = ` (Debian ${(await readFile('/etc/debian_version', 'utf8')).trim()})`;
} catch {
  // Not Debian.
}

const results = {
  date: new Date().toISOString(),
  commit,
  machine: {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}${debian}`,
    node: process.version,
    browser: browserVersion,
  },
  runs,
  sizes,
  firstPaint,
  preRendered,
  checker,
  manyGuides,
  upgradeLayoutShift,
  lighthouse,
};
results.budgets = checkBudgets(
  results,
  JSON.parse(await readFile(`${ROOT}bench/budgets.json`, 'utf8')),
);

const format = async (text, filepath) =>
  prettier.format(text, { ...(await prettier.resolveConfig(filepath)), filepath });
await writeFile(
  `${ROOT}bench/results.json`,
  await format(JSON.stringify(results, null, 2), `${ROOT}bench/results.json`),
);
await writeFile(
  `${ROOT}bench/README.md`,
  await format(renderReadme(results), `${ROOT}bench/README.md`),
);

step('Budgets (bench/budgets.json)');
for (const row of results.budgets) {
  const measured = row.unit === '×' ? row.measured.toFixed(2) : row.measured;
  console.log(
    `  ${row.pass ? 'pass  ' : 'BROKEN'} ${row.budget}: ${measured} (limit ${row.limit}; ${row.detail})${row.floorPastLimit ? ' [its floor is past the limit: no code can meet it]' : ''}`,
  );
}
console.log('\nWrote bench/results.json and bench/README.md.');
const broken = results.budgets.filter((row) => !row.pass);
if (args.includes('--check') && broken.length) {
  console.error(
    `\n${broken.length} budget(s) broken: ${broken.map((row) => row.budget).join(', ')}`,
  );
  process.exit(1);
}
