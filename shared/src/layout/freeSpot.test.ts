import { describe, expect, it } from 'vitest';
import { overlaps, type Rect } from '../render/geometry.ts';
import { freeSpot } from './freeSpot.ts';

const SIZE = { width: 200, height: 70 };
const box = (p: { x: number; y: number }): Rect => ({ ...p, ...SIZE });

describe('freeSpot', () => {
  it('puts the first agency centred on the middle of the view', () => {
    expect(freeSpot({ x: 500, y: 300 }, SIZE, [])).toEqual({ x: 400, y: 265 });
  });

  it('ten agencies added one after another at the same middle never overlap, and stay near it', () => {
    const taken: Rect[] = [];
    for (let i = 0; i < 10; i++) taken.push(box(freeSpot({ x: 0, y: 0 }, SIZE, taken)));
    for (const [i, a] of taken.entries()) expect(taken.slice(i + 1).filter((b) => overlaps(a, b))).toEqual([]);
    for (const r of taken) expect(Math.hypot(r.x + 100, r.y + 35)).toBeLessThan(500);
  });

  it('takes the nearest free place beside an agency already in the middle, not a far one', () => {
    const middle = box({ x: -100, y: -35 });
    const spot = box(freeSpot({ x: 0, y: 0 }, SIZE, [middle]));
    expect(overlaps(spot, middle)).toBe(false);
    expect(Math.hypot(spot.x + 100, spot.y + 35)).toBeLessThanOrEqual(112 + 1);
  });

  it('finds a gap in a crowded middle rather than stacking on top', () => {
    const taken = [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => box({ x: i * 224 - 100, y: j * 94 - 35 })));
    const spot = box(freeSpot({ x: 0, y: 0 }, SIZE, taken));
    expect(taken.filter((t) => overlaps(t, spot))).toEqual([]);
  });
});
