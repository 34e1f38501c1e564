// Compares a bench result with bench/budgets.json. Pure: no measuring, no files.

/** Names the script, and its floor: when the floor alone is over the limit, no code can fit. */
const withFloor = (script) =>
  `largest: ${script.file}` +
  (script.floorBrotli ? `; its floor alone: ${script.floorBrotli.toLocaleString('en')} B` : '');

const largest = (scripts) => scripts.reduce((a, b) => (b.brotli > a.brotli ? b : a));

/**
 * @returns {{ budget: string, limit: number, measured: number, unit: string, use: number,
 *   pass: boolean, detail: string, floorPastLimit?: boolean }[]} one row per limit; `use` is
 *   measured / limit for a ceiling and limit / measured for a floor (above 1: broken);
 *   `floorPastLimit` when the least that any code could measure is already past the limit (the
 *   budget cannot be met as the issue defines the file: bench/README.md says what it would take)
 */
export function checkBudgets(results, budgets) {
  const rows = [];
  const ceiling = (budget, limit, measured, unit, detail, floor) =>
    rows.push({
      budget,
      limit,
      measured,
      unit,
      use: measured / limit,
      pass: measured <= limit,
      detail,
      ...(floor > limit ? { floorPastLimit: true } : {}),
    });
  const scripts = results.sizes.scripts;
  const entry = scripts.find((s) => s.kind === 'bundler entry');
  if (entry) {
    ceiling(
      'Bundler entry with its static imports (brotli)',
      budgets.bundlerEntryBrotliBytes,
      entry.brotli,
      'B',
      withFloor(entry),
    );
  }
  const chunks = scripts.filter((s) => s.kind === 'language chunk');
  if (chunks.length) {
    const chunk = largest(chunks);
    ceiling(
      'Language chunk (brotli)',
      budgets.languageChunkBrotliBytes,
      chunk.brotli,
      'B',
      withFloor(chunk),
    );
  }
  const perLanguage = largest(scripts.filter((s) => s.kind === 'one language'));
  // The largest content floor of any language: no one-file drop-in of the guide is smaller.
  const contentFloor = scripts
    .filter((s) => s.kind === 'one language' && s.contentFloorBrotli)
    .reduce((a, b) => (a && a.contentFloorBrotli >= b.contentFloorBrotli ? a : b), undefined);
  ceiling(
    'Per-language bundle (brotli)',
    budgets.perLanguageBundleBrotliBytes,
    perLanguage.brotli,
    'B',
    withFloor(perLanguage) +
      (contentFloor
        ? `; what every one-file drop-in holds whatever its code (Lit, engine, text, styles, drawings, source links): ${contentFloor.contentFloorBrotli.toLocaleString('en')} B (${contentFloor.file})`
        : ''),
    Math.max(perLanguage.floorBrotli ?? 0, contentFloor?.contentFloorBrotli ?? 0),
  );
  const allLanguage = largest(scripts.filter((s) => s.kind === 'all languages'));
  ceiling(
    'All-language bundle (brotli)',
    budgets.allLanguageBundleBrotliBytes,
    allLanguage.brotli,
    'B',
    withFloor(allLanguage),
    allLanguage.floorBrotli,
  );
  const engine = scripts.find((s) => s.file === 'dist/checker.js');
  ceiling('Engine (brotli)', budgets.engineBrotliBytes, engine.brotli, 'B', engine.file);
  for (const [profile, limit] of Object.entries(budgets.firstPaintRatio)) {
    const paint = results.firstPaint?.[profile];
    if (!paint) continue;
    ceiling(
      `First-paint ratio, ${profile}`,
      limit,
      paint.ratio,
      '×',
      `bundle ${paint.bundle.median.toFixed(0)} ms / static ${paint.static.median.toFixed(0)} ms` +
        (paint.floorRatio
          ? `; its floor alone (the page written by a script as big, no framework): ${paint.floorRatio.toFixed(2)}×`
          : ''),
      paint.floorRatio,
    );
  }
  const pre = results.preRendered;
  if (pre) {
    ceiling(
      'Pre-rendered page with the script, first-paint ratio, phone',
      budgets.preRenderedFirstPaintRatio,
      pre.ratio,
      '×',
      `with script ${pre.withScript.median.toFixed(0)} ms / static ${pre.static.median.toFixed(0)} ms, ${pre.withScript.n} loads each; 90 % interval ${pre.interval.map((r) => r.toFixed(2)).join('–')}×; its floor alone (a script as big that does nothing): ${pre.floorRatio.toFixed(2)}×`,
      pre.floorRatio,
    );
  }
  if (results.upgradeLayoutShift) {
    const shift = results.upgradeLayoutShift;
    rows.push({
      budget: 'Layout shift of the upgrade (CLS)',
      limit: budgets.upgradeLayoutShift,
      measured: shift.max,
      unit: 'CLS',
      // Any shift over a limit of 0 is past it.
      use: shift.max <= budgets.upgradeLayoutShift ? 0 : 1 + shift.max,
      pass: shift.max <= budgets.upgradeLayoutShift,
      detail: `largest of ${shift.runs} runs, phone profile`,
    });
  }
  for (const [category, limit] of Object.entries(budgets.lighthouse)) {
    const score = results.lighthouse?.scores[category]?.median;
    if (score === undefined) continue;
    rows.push({
      budget: `Lighthouse ${category}`,
      limit,
      measured: score,
      unit: 'score',
      use: limit / Math.max(score, 1),
      pass: score >= limit,
      detail: `median of ${results.lighthouse.runs} runs`,
    });
  }
  return rows;
}

/** The row closest to (or furthest past) its limit. */
export const tightest = (rows) => rows.reduce((a, b) => (b.use > a.use ? b : a));
