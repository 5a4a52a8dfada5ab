import { describe, expect, it } from 'vitest';
import { RECONNECT_POLICY, reconnectDelay } from './backoff.ts';

describe('reconnectDelay', () => {
  it.each<[number, number, number]>([
    // attempt, random, expected delay (ms)
    [0, 0, 100],
    [0, 0.5, 550],
    [0, 0.999999, 1000],
    [1, 0.999999, 2000],
    [2, 0.5, 2050],
    [3, 0.999999, 8000],
    [4, 0.999999, 16_000],
    [5, 0.999999, 20_000],
    [40, 0.999999, 20_000],
    [40, 0, 100],
  ])('attempt %i with random %f waits %i ms', (attempt, random, expected) => {
    expect(reconnectDelay(attempt, () => random)).toBe(expected);
  });

  it('spreads a hundred browsers reconnecting after a restart over the whole window', () => {
    const delays = Array.from({ length: 100 }, () => reconnectDelay(0));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(RECONNECT_POLICY.minMs);
    expect(Math.max(...delays)).toBeLessThanOrEqual(RECONNECT_POLICY.baseMs);
    // With 100 draws over ~900 ms, at most a handful land in the same 10 ms.
    const buckets = new Map<number, number>();
    for (const d of delays) buckets.set(Math.floor(d / 10), (buckets.get(Math.floor(d / 10)) ?? 0) + 1);
    expect(Math.max(...buckets.values())).toBeLessThan(10);
  });
});
