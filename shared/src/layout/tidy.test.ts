import { describe, expect, it } from 'vitest';
import { createPartnership } from '../model/partnership.ts';
import type { Board } from '../model/board.ts';
import { generatedBoard } from '../render/fixtures/generatedBoard.ts';
import { grow, overlaps, touchesConvex, type Rect } from '../render/geometry.ts';
import { partnershipHulls, SCREEN_PADS } from '../render/hulls.ts';
import { DEFAULT_CARD, TIDY_GAP, tidyLayout } from './tidy.ts';

function laidOut(board: Board): { board: Board; rectOf: (id: string) => Rect | undefined } {
  const positions = tidyLayout(board);
  const agencies = board.agencies.map((a) => ({ ...a, position: positions.get(a.id)! }));
  const rects = new Map(agencies.map((a) => [a.id, { ...a.position, ...DEFAULT_CARD }]));
  return { board: { ...board, agencies }, rectOf: (id) => rects.get(id) };
}

/** Boards of several sizes, with a nested partnership and one that overlaps another by one member. */
const boards = [5, 9, 14, 24].flatMap((n) =>
  [1, 2].map((seed) => {
    const board = generatedBoard(n, seed);
    const ids = board.agencies.map((a) => a.id);
    const overlapping = createPartnership('p3', [ids[0]!, ids[n - 1]!, ids[n - 2]!], { name: 'Overlapping group' });
    const withOverlap: Board = { ...board, partnerships: [...board.partnerships, overlapping] };
    return [`${n} agencies, seed ${seed}`, withOverlap] as [string, Board];
  }),
);

describe('tidyLayout', () => {
  it.each(boards)('on a board of %s, overlaps no agencies and leaves room for labels between them', (_name, board) => {
    const { board: tidy, rectOf } = laidOut(board);
    const rects = tidy.agencies.map((a) => rectOf(a.id)!);
    for (const [i, a] of rects.entries()) {
      expect(rects.slice(i + 1).filter((b) => overlaps(grow(a, TIDY_GAP / 2 - 1), grow(b, TIDY_GAP / 2 - 1)))).toEqual([]);
    }
  });

  it.each(boards)('on a board of %s, keeps each partnership together: no other agency inside its outline', (_name, board) => {
    const { board: tidy, rectOf } = laidOut(board);
    for (const hull of partnershipHulls(tidy.partnerships, rectOf, SCREEN_PADS)) {
      const members = new Set(hull.partnership.memberIds);
      const inside = tidy.agencies.filter((a) => !members.has(a.id) && touchesConvex(rectOf(a.id)!, hull.points));
      expect(inside.map((a) => a.name), hull.partnership.name).toEqual([]);
    }
  });

  it('keeps the map where it was, and gives the same layout every time (every device agrees)', () => {
    const board = generatedBoard(9, 3);
    const first = tidyLayout(board);
    expect(tidyLayout(board)).toEqual(first);
    const mid = (ps: { x: number; y: number }[]) => ps.reduce((s, p) => s + p.x, 0) / ps.length;
    expect(Math.abs(mid([...first.values()]) - mid(board.agencies.map((a) => a.position)))).toBeLessThan(2);
  });

  it('pulls related agencies closer than unrelated ones', () => {
    const board = generatedBoard(14, 4);
    const { rectOf } = laidOut(board);
    const dist = (a: string, b: string) => {
      const p = rectOf(a)!;
      const q = rectOf(b)!;
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const related = new Set(board.relationships.map((r) => `${r.source}|${r.target}`));
    const ids = board.agencies.map((a) => a.id);
    const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const linked = pairs.filter(([a, b]) => related.has(`${a}|${b}`) || related.has(`${b}|${a}`));
    const unlinked = pairs.filter(([a, b]) => !related.has(`${a}|${b}`) && !related.has(`${b}|${a}`));
    expect(mean(linked.map(([a, b]) => dist(a, b)))).toBeLessThan(mean(unlinked.map(([a, b]) => dist(a, b))));
  });

  it('spreads agencies all stacked on one spot (as "Add agency" used to leave them)', () => {
    const board = generatedBoard(8, 5);
    const stacked = { ...board, agencies: board.agencies.map((a) => ({ ...a, position: { x: 100, y: 100 } })) };
    const { board: tidy, rectOf } = laidOut(stacked);
    const rects = tidy.agencies.map((a) => rectOf(a.id)!);
    for (const [i, a] of rects.entries()) expect(rects.slice(i + 1).filter((b) => overlaps(a, b))).toEqual([]);
  });
});
