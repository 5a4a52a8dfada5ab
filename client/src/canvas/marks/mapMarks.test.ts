import { describe, expect, it } from 'vitest';
import { exchangesBySide, sidesDisagree, type Board } from '@partnermap/shared/model';
import { generatedBoard } from '@partnermap/shared/render/fixtures/generatedBoard.ts';
import { overlaps, segmentHits, touchesConvex, type Rect } from '@partnermap/shared/render';
import { mapMarks, type EdgeToMark } from './mapMarks.ts';

const CARD = { width: 200, height: 72 };

function marksOf(board: Board) {
  const rects = new Map(board.agencies.map((a) => [a.id, { ...a.position, ...CARD }]));
  const sides = exchangesBySide(board);
  const edges: EdgeToMark[] = board.relationships.map((r) => ({ ...r, ...sides(r), disagreement: sidesDisagree(r) }));
  return { rects, edges, marks: mapMarks(rects, edges, board.partnerships) };
}

function expectApart(rects: readonly Rect[], solid: readonly Rect[]) {
  for (const [i, a] of rects.entries()) {
    expect(rects.slice(i + 1).filter((b) => overlaps(a, b))).toEqual([]);
    expect(solid.filter((b) => overlaps(a, b))).toEqual([]);
  }
}

describe('the screen map’s marks', () => {
  // Crowded: 9 to 30 agencies squeezed into a small area, about two relationships each.
  it.each([
    [9, 1, 700],
    [9, 2, 500],
    [16, 3, 900],
    [30, 4, 1200],
  ])('on a generated crowded map (%i agencies, seed %i, %i px), no label overlaps another, an agency or a name', (n, seed, spread) => {
    const board = generatedBoard(n, seed, spread);
    const { rects, marks } = marksOf(board);
    const labels = [...marks.labels.values()].map((l) => l.rect);
    const names = marks.hulls.map((h) => h.name.rect);
    expect(labels.length).toBeGreaterThan(0);
    expectApart(labels, [...rects.values(), ...names]);
  });

  it('collapses labels to counts where crowded, before leaving any off', () => {
    const board = generatedBoard(16, 3, 1200);
    const { marks } = marksOf(board);
    const tiers = [...marks.labels.values()].map((l) => l.tier);
    expect(tiers).toContain('count');
    expect(tiers).toContain('currencies');
    expect(tiers).not.toContain('exchanges');
  });

  it('draws a partnership around its members only, with its name clear of agencies and lines', () => {
    const board = generatedBoard(9, 1, 1600);
    const { rects, edges, marks } = marksOf(board);
    for (const hull of marks.hulls) {
      const members = new Set(hull.partnership.memberIds);
      for (const id of members) expect(touchesConvex(rects.get(id)!, hull.points)).toBe(true);
      expect([...rects.values()].filter((r) => overlaps(r, hull.name.rect))).toEqual([]);
    }
    const lines = edges.map((e) => [rects.get(e.source)!, rects.get(e.target)!] as const);
    const crossed = marks.hulls.filter((h) =>
      lines.some(([s, t]) => segmentHits({ x: s.x + 100, y: s.y + 36 }, { x: t.x + 100, y: t.y + 36 }, h.name.rect)),
    );
    // A name goes through a line only when no place around its outline is clear of lines.
    expect(crossed.length).toBeLessThanOrEqual(1);
  });
});
