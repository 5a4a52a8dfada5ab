import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyedThrottle } from './throttle.ts';

describe('KeyedThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the latest value once per interval', () => {
    const writes: [string, number][] = [];
    const batches: number[] = [];
    const t = new KeyedThrottle<number>((entries) => {
      batches.push(entries.length);
      writes.push(...entries);
    }, 50);
    t.push('a', 1);
    t.push('a', 2);
    t.push('b', 9);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(50);
    expect(writes).toEqual([['a', 2], ['b', 9]]);
    t.push('a', 3);
    vi.advanceTimersByTime(50);
    expect(writes).toEqual([['a', 2], ['b', 9], ['a', 3]]);
    // Both agencies of one tick are written together, as one edit.
    expect(batches).toEqual([2, 1]);
  });

  it('always writes the final value, and a stale pending one never follows it', () => {
    const writes: [string, number][] = [];
    const t = new KeyedThrottle<number>((entries) => writes.push(...entries), 50);
    t.push('a', 1);
    t.flush('a', 5);
    vi.advanceTimersByTime(100);
    expect(writes).toEqual([['a', 5]]);
  });
});
