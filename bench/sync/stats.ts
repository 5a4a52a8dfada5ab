/** Percentiles and medians for the benchmark's figures. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
