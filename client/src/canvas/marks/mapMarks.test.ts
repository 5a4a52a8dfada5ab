import { describe, expect, it } from 'vitest';
import { exchangesBySide, sidesDisagree, type Board } from '@partnermap/shared/model';
import { generatedBoard } from '@partnermap/shared/render/fixtures/generatedBoard.ts';
import { overlaps, segmentHits, touchesConvex, type Rect } from '@partnermap/shared/render';
import { mapMarks, moveMarks, type EdgeToMark } from './mapMarks.ts';

const CARD = { width: 200, height: 72 };

function marksOf(board: Board) {
  const rects = new Map(board.agencies.map((a) => [a.id, { ...a.position, ...CARD }]));
  const sides = exchangesBySide(board);
  const edges: EdgeToMark[] = board.relationships.map((r) => ({ ...r, ...sides(r), disagreement: sidesDisagree(r) }));
  return { rects, edges, marks: mapMarks(rects, edges, board.partnerships) };
}

const centreOf = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

function distanceToSegment(p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
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

  it.each([
    [16, 3, 900],
    [30, 4, 1200],
  ])('while an agency is dragged across a crowded map (%i agencies, seed %i), each frame keeps labels apart and labels its lines', (n, seed, spread) => {
    const board = generatedBoard(n, seed, spread);
    const { rects, edges, marks: first } = marksOf(board);
    // A member of a partnership where there is one, so its outline and name move too.
    const dragged = board.partnerships[0]?.memberIds[0] ?? board.relationships[0]!.source;
    expect(board.partnerships.length).toBeGreaterThan(0);
    const start = rects.get(dragged)!;
    const now = new Map(rects);
    let marks = first;
    for (let step = 1; step <= 12; step++) {
      now.set(dragged, { ...start, x: start.x + step * 37, y: start.y + Math.sin(step) * 90 });
      marks = moveMarks(marks, now, edges, board.partnerships, new Set([dragged]));
      const labels = [...marks.labels.values()].map((l) => l.rect);
      expectApart(labels, [...now.values(), ...marks.hulls.map((h) => h.name.rect)]);
      const ownFlows = edges
        .filter((e) => e.source === dragged || e.target === dragged)
        .flatMap((e) => [e.forward.length ? `${e.id}>` : '', e.backward.length ? `${e.id}<` : ''].filter(Boolean));
      // Each of the dragged agency's flows is labelled where it now is, or reported as left off.
      for (const id of ownFlows) expect(marks.labels.has(id) || marks.leftOff.includes(id)).toBe(true);
      for (const id of ownFlows.filter((f) => marks.labels.has(f))) {
        const edge = edges.find((e) => e.id === id.slice(0, -1))!;
        const label = marks.labels.get(id)!.rect;
        const away = distanceToSegment(centreOf(label), centreOf(now.get(edge.source)!), centreOf(now.get(edge.target)!));
        expect(away).toBeLessThan(Math.max(label.width, label.height) / 2 + 10);
      }
      const fresh = mapMarks(now, edges, board.partnerships).hulls;
      expect(marks.hulls.map((h) => [h.partnership.id, h.points])).toEqual(fresh.map((h) => [h.partnership.id, h.points]));
      expect(marks.hulls.filter((h) => overlaps(h.name.rect, now.get(dragged)!))).toEqual([]);
    }
  });
});
