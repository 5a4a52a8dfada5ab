import { describe, expect, it } from 'vitest';
import { BoxGrid } from './boxGrid.ts';
import { overlaps, type Rect } from './geometry.ts';

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('boxes filed by grid cells', () => {
  it('answers "overlaps any?" exactly as checking every box does, after adds, removals and with a box skipped', () => {
    const next = random(7);
    const box = (): Rect => ({ x: next() * 2000 - 500, y: next() * 1500 - 300, width: 5 + next() * 400, height: 5 + next() * 120 });
    const grid = new BoxGrid<number>(128);
    const filed = new Map<number, Rect>();
    for (let i = 0; i < 300; i++) {
      const b = box();
      grid.add(i, b);
      filed.set(i, b);
    }
    for (let i = 0; i < 300; i += 3) {
      grid.remove(i, filed.get(i)!);
      filed.delete(i);
    }
    let hits = 0;
    for (let q = 0; q < 2000; q++) {
      const query = box();
      const skip = Math.floor(next() * 300);
      const expected = [...filed].some(([key, b]) => key !== skip && overlaps(b, query));
      expect(grid.overlapsAny(query, skip)).toBe(expected);
      if (expected) hits++;
    }
    // The generated queries must exercise both answers.
    expect(hits).toBeGreaterThan(100);
    expect(hits).toBeLessThan(1900);
  });
});
