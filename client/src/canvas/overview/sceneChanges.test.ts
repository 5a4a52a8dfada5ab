import { describe, expect, it } from 'vitest';
import { CELL_PX } from './dirtyCells.ts';
import type { OverviewAgency, OverviewHull, OverviewLine, OverviewScene } from './scene.ts';
import { changedCells } from './sceneChanges.ts';

const view = { x: 0, y: 0, zoom: 1 };
const size = { width: 1280, height: 768 };

const agency = (id: string, x: number, y: number, extra: Partial<OverviewAgency> = {}): OverviewAgency => ({
  id,
  sector: 'housing',
  rect: { x, y, width: 20, height: 8 },
  dimmed: false,
  selected: false,
  ...extra,
});
const line = (id: string, from: [number, number], to: [number, number], extra: Partial<OverviewLine> = {}): OverviewLine => ({
  id,
  from: { x: from[0], y: from[1] },
  to: { x: to[0], y: to[1] },
  integration: 2,
  dimmed: false,
  selected: false,
  ...extra,
});

/** Whether the cell holding a screen point is to be painted again. */
const marksAt = (cells: NonNullable<ReturnType<typeof changedCells>>, x: number, y: number) => cells.touchesBox(x, y, x, y, 0);

function scene(agencies: OverviewAgency[], lines: OverviewLine[] = []): OverviewScene {
  return { hulls: [], lines, agencies };
}

describe('changedCells', () => {
  const a = agency('a', 100, 100);
  const b = agency('b', 1000, 600);
  const ab = line('ab', [110, 104], [1010, 604]);

  it('leaves the canvas alone when nothing on it changed', () => {
    const cells = changedCells(scene([a, b], [ab]), scene([{ ...a }, { ...b }], [{ ...ab }]), view, size);
    expect(cells?.empty).toBe(true);
  });

  it('repaints where a moved agency was and is, and along its lines old and new, and nowhere else', () => {
    const moved = agency('a', 100, 300);
    const cells = changedCells(scene([a, b], [ab]), scene([moved, b], [line('ab', [110, 304], [1010, 604])]), view, size)!;
    expect(marksAt(cells, 110, 104)).toBe(true);
    expect(marksAt(cells, 110, 304)).toBe(true);
    // Halfway along the line before and after the move.
    expect(marksAt(cells, 560, 354)).toBe(true);
    expect(marksAt(cells, 560, 454)).toBe(true);
    // Far from both.
    expect(marksAt(cells, 1200, 50)).toBe(false);
    expect(marksAt(cells, 50, 700)).toBe(false);
    // Two lines across the screen, a cell either side at most: about a fifth of it.
    expect(cells.share).toBeLessThan(0.25);
  });

  it('repaints an agency or a line that was selected, dimmed, renamed or removed', () => {
    for (const after of [
      scene([agency('a', 100, 100, { selected: true }), b], [ab]),
      scene([agency('a', 100, 100, { name: 'Riverside Trust' }), b], [ab]),
      scene([a, b], [line('ab', [110, 104], [1010, 604], { dimmed: true })]),
      scene([a, b], []),
    ]) {
      const cells = changedCells(scene([a, b], [ab]), after, view, size)!;
      expect(cells.empty).toBe(false);
      expect(marksAt(cells, 110, 104)).toBe(true);
    }
  });

  it('paints everything again when the agencies are drawn in another order, or most of the canvas changed', () => {
    const over = agency('c', 105, 102);
    expect(changedCells(scene([a, over, b]), scene([over, a, b]), view, size)).toBeUndefined();
    const hull = (id: string, x: number): OverviewHull => ({ id, name: id, points: [{ x, y: 90 }, { x: x + 200, y: 90 }, { x: x + 100, y: 200 }], bounds: { x, y: 90, width: 200, height: 110 }, selected: false });
    const outlines = [hull('p', 80), hull('q', 150)];
    expect(changedCells({ ...scene([a, b]), hulls: outlines }, { ...scene([a, b]), hulls: [...outlines].reverse() }, view, size)).toBeUndefined();
    expect(changedCells({ ...scene([a, b]), hulls: outlines }, { ...scene([a, b]), hulls: [...outlines] }, view, size)?.empty).toBe(true);
    const many = Array.from({ length: 200 }, (_, i) => agency(`m${i}`, (i % 20) * CELL_PX, Math.floor(i / 20) * CELL_PX));
    const moved = many.map((m) => ({ ...m, rect: { ...m.rect, x: m.rect.x + 30 } }));
    expect(changedCells(scene(many), scene(moved), view, size)).toBeUndefined();
  });
});
