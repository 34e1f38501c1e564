// bench/README.md: how to run the bench, then the last complete run's tables.
import { tightest } from './budgets.mjs';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const bytes = (n) => `${n.toLocaleString('en')} B`;
const ms = (n) => `${n.toFixed(1)} ms`;
const spread = ({ median, q1, q3, n }, format = ms) =>
  `${format(median)} (IQR ${format(q1)}–${format(q3)}, n=${n})`;
/** `align`: one letter per column, l or r (numbers); default: the first left, the rest right. */
const table = (head, rows, align = `l${'r'.repeat(head.length - 1)}`) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (align[i] === 'r' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

const limitText = (row) =>
  row.unit === 'B'
    ? bytes(row.limit)
    : row.unit === '×'
      ? `${row.limit}×`
      : row.unit === 'CLS'
        ? `≤ ${row.limit}`
        : `≥ ${row.limit}`;
const measuredText = (row) =>
  row.unit === 'B'
    ? `${bytes(row.measured)} (${kib(row.measured)})`
    : row.unit === '×'
      ? `${row.measured.toFixed(2)}×`
      : row.unit === 'CLS'
        ? row.measured.toFixed(4)
        : String(row.measured);

/**
 * Each script's first paint beside its floor (bench/lib/paint-floor.mjs), phone profile: what
 * is left between them is our parse, evaluation and render. Older results have no floors.
 */
function contentFloors(scripts) {
  const rows = scripts.filter((s) => s.contentFloorBrotli);
  if (!rows.length) return '';
  return `
What every one-file drop-in holds whatever its code (the **content floor**): the Lit floor
element, the engine, the language's text, and the guide's styles, the pictures' drawings and
the sources' links as the pre-rendered guide shows them, compressed together (brotli): ${rows
    .map(
      (s) =>
        `${/calf-pain-guide\.([\w-]+)\.js/.exec(s.file)?.[1] ?? s.file} ${bytes(s.contentFloorBrotli)}`,
    )
    .join(', ')}.
`;
}

function floorTable(phone) {
  if (!phone?.bundleFloor) return '';
  const rows = [
    ['all-language bundle (`dist/calf-pain-guide.js`)', phone.bundle, phone.bundleFloor],
    [
      'English bundle (`dist/calf-pain-guide.en.js`)',
      phone.englishBundle,
      phone.englishBundleFloor,
    ],
    ['bundler entry as it is', phone.bundlerEntry, phone.bundlerEntryFloor],
  ];
  const ratio = (timing) => `${(timing.median / phone.static.median).toFixed(2)}×`;
  return `The **floor** of a script's first paint is the same page written by a script of the same
brotli size with no framework (the guide's pre-rendered HTML put into its shadow root in one
call, padded with random text): the same round trip and transfer, the least parse and render.
Phone profile:

${table(
  ['script', 'first paint', 'its floor', 'ratio', 'floor ratio', 'ours (ms)'],
  rows.map(([name, drawn, floor]) => [
    name,
    spread(drawn),
    spread(floor),
    ratio(drawn),
    ratio(floor),
    (drawn.median - floor.median).toFixed(0),
  ]),
)}

`;
}

/** The pre-rendered page with the script, beside the same page with its floor. */
function preRenderedTable(pre) {
  if (!pre) return '';
  const ratio = (timing) => `${(timing.median / pre.static.median).toFixed(2)}×`;
  return `The **pre-rendered page with the script**, ${pre.label}, measured apart with ${pre.static.n}
alternating loads of each page (its budget is 5 % from 1, less than one load varies): the
ratio's 90 % interval (bootstrap) is ${pre.interval.map((r) => `${r.toFixed(2)}×`).join('–')}. Its
floor is the same page with a script as big that does nothing, so the pre-rendered guide stays.

${table(
  ['page', 'first paint', 'ratio'],
  [
    ['pre-rendered HTML', spread(pre.static), '1.00×'],
    ['pre-rendered HTML + all-language script', spread(pre.withScript), ratio(pre.withScript)],
    [
      'pre-rendered HTML + a script as big that does nothing (floor)',
      spread(pre.floor),
      ratio(pre.floor),
    ],
  ],
)}

`;
}

export function renderReadme(results) {
  const { machine, sizes, firstPaint, checker, manyGuides, lighthouse, budgets } = results;
  const worst = tightest(budgets);
  return `# Benchmarks

\`npm run bench\` measures the widget against its floor, in one run on one machine, in Debian's
headless Chromium. It is not part of \`npm test\`, and CI does not run it: timings on shared
machines are noisy. It builds first (\`--no-build\` to reuse \`dist/\`), installs Chromium with apt
if it is missing, and installs Lighthouse 12.2.3 into \`bench/lighthouse/\` the first time.

\`\`\`sh
npm ci
npm run bench                # measure; writes bench/results.json and this file
npm run bench -- --check     # the same, then exit 1 if a budget in bench/budgets.json is broken
npm run bench -- --runs=31   # more runs per timing (default 15) for a quieter median
\`\`\`

Run it on an idle machine, and compare runs from the same machine only. The files are written
only when every measure finished. Chromium runs with the flags in \`scripts/browsers.mjs\`:
without its \`WebUIOmnibox*\` ones, Chromium 156 starts a renderer for the address bar's popup
with every new context, which here doubled the spread of a page's first paint.

- **Sizes** are of the files in \`dist/\`: minified, gzip level 9, brotli quality 11. The
  **floor** of a bundle is the smallest Lit + @lit/localize element (\`bench/floor/\`) built
  with the same rollup plugins, plus the brotli size of the text it shows, taken alone from
  \`locales/*.xlf\` (English from the sources, each language from its targets). A ratio of 1 would
  mean our code, markup, styles and fallback text cost nothing.
- The **bundler entry** is \`dist/bundler/calf-pain-guide.js\` bundled by esbuild with code
  splitting, as an app's bundler does: the entry with what it imports statically (an app's first
  load), each language chunk it imports on demand, and each part it loads when first drawn
  (\`dist/bundler/parts/\`: the checker's pages, with their text). A language comes in chunks:
  \`locales/<tag>.js\` with what first paint shows, and \`locales/<tag>.<part>.js\` with what
  a part shows, loaded with it; a chunk's floor is the text of the messages it holds.
- **First paint** is first-contentful-paint of a page holding only the guide: pre-rendered
  (\`dist/static/en/index.html\`), the same page with the all-language script added (the
  guide upgrades over the pre-rendered one; measured apart, with three times the runs, beside a
  script as big that does nothing), or drawn by a script alone (same page, the snippet
  replaced by \`<calf-pain-guide>\` and the script: the all-language file, which the budget
  holds, the English file, or the bundler entry loaded as it is), each beside its **floor**: the
  same page written by a script of the same brotli size with no framework. The **layout shift of the upgrade** is
  Chromium's cumulative layout shift on the pre-rendered page with the script, until the live
  guide has replaced the pre-rendered one (the largest of the runs, phone profile). Pages load alternately, each in a fresh context with an
  empty cache, served compressed from loopback.
- **Checker**: from the click on Next to the frame after the one that shows the next question
  ("Check your answers" counts as one), or the result (answering "None of these" or the last
  choice on each screen).
- **50 guides**: time to add 50 \`<calf-pain-guide>\` to a page until all are painted; JS heap
  (after garbage collection) and DOM nodes (shadow roots included) per guide.
- **Lighthouse** ${lighthouse.version}, mobile preset (its default), on \`demo/index.html\`.

## Last run

${table(
  ['', ''],
  [
    ['Date', results.date],
    ['Commit', `\`${results.commit}\``],
    ['Machine', `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}`],
    ['Node', machine.node],
    ['Browser', machine.browser],
    ['Runs per timing', String(results.runs)],
  ],
  'll',
)}

### Budgets

${table(
  ['budget', 'limit', 'measured', 'use of limit', 'status', 'detail'],
  budgets.map((row) => [
    row.budget,
    limitText(row),
    measuredText(row),
    `${Math.round(row.use * 100)} %`,
    row.pass
      ? 'pass'
      : row.floorPastLimit
        ? '**broken**: its floor is past the limit'
        : '**broken**',
    row.detail,
  ]),
  'lrrrll',
)}

${worst.pass ? 'Tightest' : 'Furthest past its limit'}: **${worst.budget}**, at ${Math.round(worst.use * 100)} % of it.

### Sizes

${table(
  ['file', 'kind', 'min', 'gzip', 'brotli', 'floor (brotli)', 'brotli / floor'],
  sizes.scripts.map((s) => [
    `\`${s.file}\``,
    s.kind,
    bytes(s.min),
    bytes(s.gzip),
    `${bytes(s.brotli)} (${kib(s.brotli)})`,
    s.floorBrotli ? bytes(s.floorBrotli) : '–',
    s.ratio ? `${s.ratio.toFixed(2)}×` : '–',
  ]),
  'llrrrrr',
)}

The floor's parts: Lit + @lit/localize element ${bytes(sizes.floor.litAndLocalize.min)} min,
${bytes(sizes.floor.litAndLocalize.brotli)} brotli; text alone, brotli: ${Object.entries(
    sizes.floor.textBrotli,
  )
    .map(([locale, size]) => `${locale} ${bytes(size)}`)
    .join(', ')}; every language together ${bytes(sizes.floor.allTextBrotli)}.
${contentFloors(sizes.scripts)}${
    sizes.pictures
      ? `
The guide's pictures (issue 19: drawings, styles, label places, their English words) add
${bytes(sizes.pictures.added)} brotli to the English file (dist/calf-pain-guide.en.js built by rollup.config.mjs with
and without them; budget 4,000 B, checked by test/node/pictures.test.mjs).
`
      : ''
  }
### First paint

${table(
  [
    'profile',
    'pre-rendered HTML',
    'all-language bundle',
    'English bundle',
    'bundler entry',
    'ratio (all-language)',
    'ratio (English)',
    'ratio (bundler entry)',
  ],
  Object.values(firstPaint).map((p) => [
    p.label,
    spread(p.static),
    spread(p.bundle),
    spread(p.englishBundle),
    // Results written before the bundler entry was measured have no such row.
    p.bundlerEntry ? spread(p.bundlerEntry) : '–',
    `${p.ratio.toFixed(2)}×`,
    `${p.englishRatio.toFixed(2)}×`,
    p.bundlerEntryRatio ? `${p.bundlerEntryRatio.toFixed(2)}×` : '–',
  ]),
)}

${floorTable(firstPaint.phone)}${preRenderedTable(results.preRendered)}Layout shift of the upgrade (phone): largest ${results.upgradeLayoutShift.max.toFixed(4)} in ${results.upgradeLayoutShift.runs} runs.

### Checker

${table(
  ['profile', 'Next → next question painted', 'Next → result painted'],
  Object.values(checker).map((c) => [c.label, spread(c.nextQuestion), spread(c.result)]),
)}

### 50 guides on one page

${table(
  ['profile', 'render all 50', 'JS heap per guide', 'DOM nodes per guide'],
  Object.values(manyGuides).map((m) => [
    m.label,
    spread(m.render),
    spread(m.heapPerGuide, kib),
    String(Math.round(m.domNodesPerGuide)),
  ]),
)}

### Lighthouse

${table(
  ['category', 'median score (min–max)'],
  Object.entries(lighthouse.scores).map(([id, s]) => [id, `${s.median} (${s.min}–${s.max})`]),
)}

${table(
  ['metric', 'median'],
  Object.values(lighthouse.metrics).map((m) => [
    m.label,
    m.label === 'CLS' ? m.median.toFixed(3) : m.median.toFixed(0),
  ]),
)}

Audits that did not score fully in some run: ${
    lighthouse.notFullScore.map((a) => `${a.title} (\`${a.id}\`)`).join('; ') || 'none'
  }.
`;
}
