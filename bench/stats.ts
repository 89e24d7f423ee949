export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** Median, min and max of the runs that produced a figure; `runs` counts those. */
export function spread(values: readonly number[]): Spread {
  const measured = values.filter(Number.isFinite);
  return { median: quantile(measured, 0.5), min: Math.min(...measured), max: Math.max(...measured), runs: measured.length };
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}
