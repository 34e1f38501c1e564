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
