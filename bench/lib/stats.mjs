// Medians and spreads: the bench reports the median and the interquartile range of each timing,
// never a single run.

/** The q-quantile (0…1) of numbers, by linear interpolation between the nearest ranks. */
export function quantile(values, q) {
  if (!values.length) throw new Error('quantile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** @returns {{ median: number, q1: number, q3: number, min: number, max: number, n: number }} */
export function summary(values) {
  return {
    median: quantile(values, 0.5),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}

/** A seeded pseudo-random generator (mulberry32): the same interval on every run of the same data. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * How far the ratio of two medians could move by chance: a bootstrap interval (each sample
 * drawn again with replacement, `resamples` times). A budget a few per cent from 1 is only met
 * reliably when this interval, not just the ratio, is inside it.
 * @returns {[number, number]} the `level` interval of median(numerators) / median(denominators)
 */
export function ratioInterval(numerators, denominators, { level = 0.9, resamples = 2000 } = {}) {
  const random = seeded(numerators.length * 7919 + denominators.length);
  const draw = (values) => values.map(() => values[Math.floor(random() * values.length)]);
  const ratios = [];
  for (let i = 0; i < resamples; i++) {
    ratios.push(quantile(draw(numerators), 0.5) / quantile(draw(denominators), 0.5));
  }
  return [quantile(ratios, (1 - level) / 2), quantile(ratios, 1 - (1 - level) / 2)];
}
