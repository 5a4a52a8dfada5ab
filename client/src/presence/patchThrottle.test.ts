import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PatchThrottle } from './patchThrottle.ts';

interface Cursor {
  x: number;
  y: number;
  selection: string;
}

describe('PatchThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first move at once, then at most 20 a second, ending on the last position', () => {
    const writes: Partial<Cursor>[] = [];
    const times: number[] = [];
    const t = new PatchThrottle<Cursor>((p) => writes.push(p) && times.push(Date.now()), 50);
    t.push({ x: 0, y: 0 });
    expect(writes).toEqual([{ x: 0, y: 0 }]);
    // A mouse reporting every 4 ms for one second.
    for (let i = 1; i <= 250; i++) {
      vi.advanceTimersByTime(4);
      t.push({ x: i, y: i });
    }
    vi.advanceTimersByTime(100);
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
    expect(writes.length).toBeGreaterThanOrEqual(20);
    expect(writes.at(-1)).toEqual({ x: 250, y: 250 });
  });

  it('merges fields pushed in the same interval into one write', () => {
    const writes: Partial<Cursor>[] = [];
    const t = new PatchThrottle<Cursor>((p) => writes.push(p), 50);
    t.push({ x: 1, y: 1 });
    t.push({ x: 2, y: 2 });
    t.push({ selection: 'a' });
    vi.advanceTimersByTime(50);
    expect(writes).toEqual([{ x: 1, y: 1 }, { x: 2, y: 2, selection: 'a' }]);
  });

  it('writes nothing while idle', () => {
    const write = vi.fn();
    const t = new PatchThrottle<Cursor>(write, 50);
    t.push({ x: 1 });
    vi.advanceTimersByTime(10_000);
    expect(write).toHaveBeenCalledTimes(1);
    t.push({ x: 2 });
    t.cancel();
    vi.advanceTimersByTime(10_000);
    expect(write).toHaveBeenCalledTimes(2);
  });
});
