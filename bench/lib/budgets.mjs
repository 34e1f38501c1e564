// Compares a bench result with bench/budgets.json. Pure: no measuring, no files.

/** Names the script, and its floor: when the floor alone is over the limit, no code can fit. */
const withFloor = (script) =>
  `largest: ${script.file}` +
  (script.floorBrotli ? `; its floor alone: ${script.floorBrotli.toLocaleString('en')} B` : '');

const largest = (scripts) => scripts.reduce((a, b) => (b.brotli > a.brotli ? b : a));

/**
 * @returns {{ budget: string, limit: number, measured: number, unit: string, use: number,
 *   pass: boolean, detail: string }[]} one row per limit; `use` is measured / limit for a
 *   ceiling and limit / measured for a floor (above 1: broken)
 */
export function checkBudgets(results, budgets) {
  const rows = [];
  const ceiling = (budget, limit, measured, unit, detail) =>
    rows.push({
      budget,
      limit,
      measured,
      unit,
      use: measured / limit,
      pass: measured <= limit,
      detail,
    });
  const scripts = results.sizes.scripts;
  const perLanguage = largest(scripts.filter((s) => s.kind === 'one language'));
  ceiling(
    'Per-language bundle (brotli)',
    budgets.perLanguageBundleBrotliBytes,
    perLanguage.brotli,
    'B',
    withFloor(perLanguage),
  );
  const allLanguage = largest(scripts.filter((s) => s.kind === 'all languages'));
  ceiling(
    'All-language bundle (brotli)',
    budgets.allLanguageBundleBrotliBytes,
    allLanguage.brotli,
    'B',
    withFloor(allLanguage),
  );
  const engine = scripts.find((s) => s.file === 'dist/checker.js');
  ceiling('Engine (brotli)', budgets.engineBrotliBytes, engine.brotli, 'B', engine.file);
  for (const [profile, paint] of Object.entries(results.firstPaint ?? {})) {
    ceiling(
      `First-paint ratio, ${profile}`,
      budgets.firstPaintRatio,
      paint.ratio,
      '×',
      `bundle ${paint.bundle.median.toFixed(0)} ms / static ${paint.static.median.toFixed(0)} ms`,
    );
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
