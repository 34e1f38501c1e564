// The bench's arithmetic: the budget check that `npm run bench -- --check` exits on, the floor
// it compares bundles with, and the text it counts. (The timings themselves are not tested:
// they are measured by `npm run bench`, never asserted.)
import { Buffer } from 'node:buffer';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { checkBudgets, tightest } from '../../bench/lib/budgets.mjs';
import { buildFloor, measureSizes, xliffText } from '../../bench/lib/sizes.mjs';
import { quantile, ratioInterval } from '../../bench/lib/stats.mjs';
import {
  firstPaintMarkup,
  paintFloorScript,
  upgradeFloorScript,
} from '../../bench/lib/paint-floor.mjs';
import { brotliSize } from '../../scripts/size.mjs';
import { sourceLocale, shippedLocales } from './locales.mjs';

const root = new URL('../../', import.meta.url);
const budgets = JSON.parse(await readFile(new URL('bench/budgets.json', root), 'utf8'));

const timing = (median) => ({ median, q1: median, q3: median, min: median, max: median, n: 1 });
/** A result just inside every budget; `change` breaks one. */
function result(change = (r) => r) {
  const script = (file, kind, brotli) => ({ file, kind, brotli });
  return change({
    sizes: {
      scripts: [
        script('dist/calf-pain-guide.en.js', 'one language', 14_000),
        script('dist/calf-pain-guide.de.js', 'one language', budgets.perLanguageBundleBrotliBytes),
        script('dist/calf-pain-guide.js', 'all languages', 49_000),
        script('dist/calf-pain-guide.iife.js', 'all languages', 49_100),
        script('dist/checker.js', 'engine', 3_000),
        script('bundler entry', 'bundler entry', budgets.bundlerEntryBrotliBytes),
        script('dist/bundler/locales/es.js', 'language chunk', 9_000),
        script('dist/bundler/locales/ar.js', 'language chunk', 11_000),
      ],
    },
    firstPaint: {
      // No budget for desktop: its row is not checked.
      desktop: { ratio: 2, bundle: timing(200), static: timing(100) },
      phone: { ratio: 1.6, bundle: timing(160), static: timing(100) },
    },
    preRendered: {
      static: timing(100),
      withScript: timing(105),
      floor: timing(102),
      ratio: 1.05,
      interval: [1.02, 1.08],
      floorRatio: 1.02,
    },
    upgradeLayoutShift: { runs: 3, max: 0, values: [0, 0, 0] },
    lighthouse: {
      runs: 3,
      scores: {
        performance: timing(100),
        accessibility: timing(100),
        'best-practices': timing(100),
        seo: timing(100),
      },
    },
  });
}

test('a result inside every budget passes every row, the limits included', () => {
  const rows = checkBudgets(result(), budgets);
  assert.equal(rows.length, 5 + 1 + 2 + 4);
  assert.deepEqual(
    rows.filter((row) => !row.pass).map((row) => row.budget),
    [],
  );
});

test('each broken budget fails its own row, and only that one', () => {
  const cases = [
    [(r) => (r.sizes.scripts[1].brotli += 1), 'Per-language bundle (brotli)'],
    [(r) => (r.sizes.scripts[3].brotli = 75_001), 'All-language bundle (brotli)'],
    [(r) => (r.sizes.scripts[4].brotli = 4_001), 'Engine (brotli)'],
    [(r) => (r.sizes.scripts[5].brotli += 1), 'Bundler entry with its static imports (brotli)'],
    [(r) => (r.sizes.scripts[7].brotli = 12_001), 'Language chunk (brotli)'],
    [(r) => (r.firstPaint.phone.ratio = 1.61), 'First-paint ratio, phone'],
    [
      (r) => (r.preRendered.ratio = 1.06),
      'Pre-rendered page with the script, first-paint ratio, phone',
    ],
    [(r) => (r.upgradeLayoutShift.max = 0.001), 'Layout shift of the upgrade (CLS)'],
    [(r) => (r.lighthouse.scores.seo = timing(99)), 'Lighthouse seo'],
  ];
  for (const [breakIt, budget] of cases) {
    const rows = checkBudgets(
      result((r) => (breakIt(r), r)),
      budgets,
    );
    assert.deepEqual(
      rows.filter((row) => !row.pass).map((row) => row.budget),
      [budget],
    );
    assert.equal(tightest(rows).budget, budget, 'the broken budget is the tightest');
  }
});

test('the per-language budget is judged on the largest one-language bundle', () => {
  const rows = checkBudgets(
    result(
      (r) => (
        r.sizes.scripts.push({
          file: 'dist/calf-pain-guide.ar.js',
          kind: 'one language',
          brotli: 26_000,
        }),
        r
      ),
    ),
    budgets,
  );
  const row = rows.find((r) => r.budget === 'Per-language bundle (brotli)');
  assert.equal(row.measured, 26_000);
  assert.match(row.detail, /calf-pain-guide\.ar\.js/);
});

test('quantiles interpolate between ranks, whatever the order of the runs', () => {
  assert.equal(quantile([3, 1, 2], 0.5), 2);
  assert.equal(quantile([4, 1, 3, 2], 0.5), 2.5);
  assert.equal(quantile([10, 20, 30, 40, 50], 0.25), 20);
  assert.throws(() => quantile([], 0.5));
});

test('the text counted for a language is its words, without placeholders or markup', () => {
  const xliff = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="es"><body>
<trans-unit id="a"><source>Call <x id="0" equiv-text="\${number}"/> now &amp; rest.</source>
<target>Llame al <x id="0" equiv-text="\${number}"/> ya.</target></trans-unit>
<trans-unit id="b"><source>Read <ph id="0">&lt;a href="#x"&gt;</ph>this<ph id="1">&lt;/a&gt;</ph>.</source></trans-unit>
<trans-unit id="c"><source>Rest.</source><target state="final">Descanse.</target></trans-unit>
</body></file></xliff>`;
  assert.equal(xliffText(xliff, 'source'), 'Call  now & rest.\nRead this.\nRest.');
  // A target with a state (every target in locales/*.xlf has one) is read too.
  assert.equal(xliffText(xliff, 'target'), 'Llame al  ya.\nDescanse.');
});

test('the floor is a working Lit element, and smaller than every bundle it is compared with', async () => {
  const floor = (await buildFloor()).toString();
  assert.match(floor, /customElements\.define\("floor-element"/);
  const { floor: parts, scripts } = await measureSizes();
  assert.ok(parts.litAndLocalize.brotli > 3_000, 'Lit and @lit/localize are in the floor');
  for (const script of scripts.filter((s) => s.floorBrotli)) {
    assert.ok(script.ratio > 1, `${script.file} is larger than its floor`);
  }
  for (const script of scripts.filter((s) => s.kind === 'one language')) {
    // Styles, drawings, links and the engine come on top of Lit and the text; code on top of that.
    assert.ok(
      script.contentFloorBrotli > script.floorBrotli + 3_000,
      `${script.file}: content floor`,
    );
    assert.ok(
      script.contentFloorBrotli < script.brotli,
      `${script.file} holds more than its content`,
    );
  }
  assert.deepEqual(
    scripts
      .filter((s) => s.kind === 'one language')
      .map((s) => s.file)
      .sort(),
    [sourceLocale, ...shippedLocales].map((locale) => `dist/calf-pain-guide.${locale}.js`).sort(),
    'each language build has its floor',
  );
});

test('the bench refuses options it does not know, before it measures anything', async () => {
  const run = promisify(execFile);
  await assert.rejects(run('node', ['bench/run.mjs', '--chek'], { cwd: root }), (error) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr, /unknown: --chek/);
    return true;
  });
});

test('the first-paint row names the floor of the script it holds, when the bench measured it', () => {
  const withFloor = checkBudgets(
    result((r) => ((r.firstPaint.phone.floorRatio = 1.82), r)),
    budgets,
  ).find((row) => row.budget === 'First-paint ratio, phone');
  assert.match(withFloor.detail, /its floor alone .*: 1\.82×/);
  const without = checkBudgets(result(), budgets).find(
    (row) => row.budget === 'First-paint ratio, phone',
  );
  assert.doesNotMatch(without.detail, /floor/);
});

test("a script's first-paint floor writes the guide as first paint shows it, and is as big as the script", async () => {
  const page = `<!doctype html><html><body><calf-pain-guide open><template shadowrootmode="open"><h1>Pain at the top of the calf</h1>
<section class="section"><details class="pre-rendered"><summary><h2>Blood clots</h2></summary><div class="panel" part="section-content"><div class="topic"><p>Hidden until opened</p></div></div> </details></section>
<section class="section"><details class="pre-rendered"><summary><h2>Sources</h2></summary><div class="panel" part="section-content"><p>NICE NG158</p></div></details></section></template></calf-pain-guide></body></html>`;
  const markup = firstPaintMarkup(page);
  assert.match(markup, /^<h1>Pain at the top of the calf<\/h1>/);
  assert.match(markup, /<h2>Blood clots<\/h2>/);
  assert.match(markup, /<h2>Sources<\/h2>/);
  assert.doesNotMatch(markup, /Hidden until opened|NICE NG158/, 'closed sections are not drawn');
  assert.equal((markup.match(/<\/details>/g) ?? []).length, 2, 'every section keeps its place');
  for (const size of [5_000, 41_572, 121_816]) {
    const script = paintFloorScript(markup, size);
    const brotli = brotliSize(Buffer.from(script));
    assert.ok(Math.abs(brotli - size) <= size * 0.01, `${brotli} B brotli for ${size} B`);
    assert.match(script, /customElements\.define\('calf-pain-guide'/);
    assert.ok(script.includes(JSON.stringify(markup)));
  }
  // The same floor on every run.
  assert.equal(paintFloorScript(markup, 41_572), paintFloorScript(markup, 41_572));
  assert.throws(() => firstPaintMarkup('<p>no guide</p>'), /holds no guide/);
});

test("the per-language row names the largest language's content floor", () => {
  const row = checkBudgets(
    result((r) => {
      r.sizes.scripts[0].contentFloorBrotli = 26_000;
      r.sizes.scripts[1].contentFloorBrotli = 28_500;
      return r;
    }),
    budgets,
  ).find((r) => r.budget === 'Per-language bundle (brotli)');
  assert.match(row.detail, /whatever its code .*: 28,500 B \(dist\/calf-pain-guide\.de\.js\)/);
});

test('a broken row whose floor is past its limit says so; a row whose floor fits does not', () => {
  const rows = checkBudgets(
    result((r) => {
      r.sizes.scripts[1].brotli = 44_000;
      r.sizes.scripts[1].contentFloorBrotli = 28_500;
      r.sizes.scripts[5].floorBrotli = 15_000;
      r.firstPaint.phone.ratio = 1.9;
      r.firstPaint.phone.floorRatio = 1.81;
      return r;
    }),
    budgets,
  );
  const row = (name) => rows.find((r) => r.budget === name);
  assert.equal(row('Per-language bundle (brotli)').pass, false);
  assert.equal(row('Per-language bundle (brotli)').floorPastLimit, true);
  assert.equal(row('First-paint ratio, phone').floorPastLimit, true);
  assert.equal(row('Bundler entry with its static imports (brotli)').floorPastLimit, undefined);
  const fits = checkBudgets(
    result((r) => ((r.firstPaint.phone.ratio = 1.9), (r.firstPaint.phone.floorRatio = 1.5), r)),
    budgets,
  ).find((r) => r.budget === 'First-paint ratio, phone');
  assert.equal(fits.pass, false);
  assert.equal(fits.floorPastLimit, undefined, 'a floor under the limit: our code is what is over');
});

test("the pre-rendered page's floor is a script as big as the guide's that leaves the page as it is", () => {
  for (const size of [5_000, 122_019]) {
    const script = upgradeFloorScript(size);
    const brotli = brotliSize(Buffer.from(script));
    assert.ok(Math.abs(brotli - size) <= size * 0.01, `${brotli} B brotli for ${size} B`);
    assert.doesNotMatch(script, /customElements|document|shadow/, 'it touches nothing');
  }
  assert.equal(upgradeFloorScript(41_572), upgradeFloorScript(41_572), 'the same on every run');
});

test("the pre-rendered row shows the ratio's interval and its floor, and says when the floor is past the limit", () => {
  const row = (change) =>
    checkBudgets(result(change), budgets).find((r) =>
      r.budget.startsWith('Pre-rendered page with the script'),
    );
  assert.match(row().detail, /90 % interval 1\.02–1\.08×; its floor alone .*: 1\.02×/);
  assert.equal(row().floorPastLimit, undefined);
  const pastFloor = row(
    (r) => ((r.preRendered.ratio = 1.09), (r.preRendered.floorRatio = 1.07), r),
  );
  assert.equal(pastFloor.pass, false);
  assert.equal(pastFloor.floorPastLimit, true);
});

test('the interval of a ratio of medians holds the ratio, narrows with more loads, and is the same on every run', () => {
  // Loads that vary by a frame or two around 300 ms, as first paint does here.
  const loads = (n, base) => Array.from({ length: n }, (_, i) => base + ((i * 37) % 5) * 17);
  const [low, high] = ratioInterval(loads(15, 306), loads(15, 300));
  const ratio = quantile(loads(15, 306), 0.5) / quantile(loads(15, 300), 0.5);
  assert.ok(low <= ratio && ratio <= high, `${low}–${high} holds ${ratio}`);
  const [low45, high45] = ratioInterval(loads(45, 306), loads(45, 300));
  assert.ok(high45 - low45 < high - low, 'three times the loads, a narrower interval');
  assert.deepEqual(ratioInterval(loads(15, 306), loads(15, 300)), [low, high]);
});
