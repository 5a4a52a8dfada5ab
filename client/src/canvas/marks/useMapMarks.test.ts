import { describe, expect, it } from 'vitest';
import type { Board, Currency } from '@partnermap/shared/model';
import { generatedBoard } from '@partnermap/shared/render/fixtures/generatedBoard.ts';
import { overlaps } from '@partnermap/shared/render';
import { NO_FILTERS, litOnBoard } from '../filters.ts';
import { mergeNodes, toEdges, type AgencyNode } from '../toFlow.ts';
import { FEW_MOVED, movedByFew, placeMarks, type Placed } from './useMapMarks.ts';

const CARD = { width: 200, height: 72 };

/** The board's agencies as the map shows them: measured cards, some being dragged. */
function shownOf(board: Board, dragging: ReadonlySet<string> = new Set()): AgencyNode[] {
  return mergeNodes([], board, litOnBoard(board, NO_FILTERS)).map((n) => ({ ...n, measured: CARD, dragging: dragging.has(n.id) }));
}

function moved(board: Board, ids: readonly string[], dx: number, dy: number): Board {
  const set = new Set(ids);
  return { ...board, agencies: board.agencies.map((a) => (set.has(a.id) ? { ...a, position: { x: a.position.x + dx, y: a.position.y + dy } } : a)) };
}

const rectsOf = (placed: Placed) => [...placed.marks.labels.values()].map((l) => l.rect);

describe('placing the map’s marks as agencies move', () => {
  const board = generatedBoard(30, 4, 1400);
  const edges = toEdges(board, new Set(), litOnBoard(board, NO_FILTERS));
  const first = placeMarks(undefined, shownOf(board), edges, board.partnerships, null);
  const fresh = (b: Board) => placeMarks(undefined, shownOf(b), edges, b.partnerships, null).marks;

  it("keeps the labels a colleague's move of one agency does not touch where they were, and nothing overlaps", () => {
    const agency = board.relationships[0]!.source;
    const after = moved(board, [agency], 160, 90);
    const placed = placeMarks(first, shownOf(after), edges, board.partnerships, null);
    const card = { ...after.agencies.find((a) => a.id === agency)!.position, ...CARD };
    const touched = new Set(edges.filter((e) => e.source === agency || e.target === agency).map((e) => e.id));
    let kept = 0;
    for (const [id, label] of first.marks.labels) {
      if (touched.has(id.slice(0, -1)) || overlaps(label.rect, card)) continue;
      expect(placed.marks.labels.get(id)?.rect).toEqual(label.rect);
      kept++;
    }
    expect(kept).toBeGreaterThan(5);
    const labels = rectsOf(placed);
    for (const [i, a] of labels.entries()) expect(labels.slice(i + 1).filter((b) => overlaps(a, b))).toEqual([]);
    for (const rect of after.agencies.map((a) => ({ ...a.position, ...CARD }))) expect(labels.filter((l) => overlaps(l, rect))).toEqual([]);
  });

  it('places the whole map afresh when a drag ends, and when many agencies move at once', () => {
    const agency = board.agencies[3]!.id;
    const during = moved(board, [agency], 120, 40);
    const dragging = placeMarks(first, shownOf(during, new Set([agency])), edges, board.partnerships, null);
    const dropped = placeMarks(dragging, shownOf(during), edges, board.partnerships, null);
    expect(dropped.marks).toEqual(fresh(during));

    const tidied = moved(board, board.agencies.slice(0, FEW_MOVED + 1).map((a) => a.id), 30, 30);
    expect(placeMarks(first, shownOf(tidied), edges, board.partnerships, null).marks).toEqual(fresh(tidied));
  });

  it('keeps the marks as they are when nothing the marks depend on changed', () => {
    const again = placeMarks(first, shownOf(board), edges, board.partnerships, null);
    expect(again.marks).toBe(first.marks);
  });

  it("places a colleague's move of a few agencies at once, and leaves drags, glides and changed maps to React's spare time", () => {
    const now = (before: Placed, b: Board, opts: { dragging?: ReadonlySet<string>; edges?: typeof edges; currency?: Currency } = {}) =>
      movedByFew(before, shownOf(b, opts.dragging), opts.edges ?? edges, b.partnerships, opts.currency ?? null) !== undefined;
    const agency = board.agencies[3]!.id;
    const one = moved(board, [agency], 160, 90);
    expect(now(first, one)).toBe(true);
    expect(now(first, moved(board, board.agencies.slice(0, FEW_MOVED + 1).map((a) => a.id), 30, 30))).toBe(false);
    expect(now(first, one, { dragging: new Set([agency]) })).toBe(false);
    const dragged = placeMarks(first, shownOf(one, new Set([agency])), edges, board.partnerships, null);
    expect(now(dragged, one)).toBe(false);
    expect(now(first, one, { edges: toEdges(board, new Set(), litOnBoard(board, NO_FILTERS)) })).toBe(false);
    expect(now(first, one, { currency: 'money' })).toBe(false);
  });
});
