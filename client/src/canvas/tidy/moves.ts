import type { Position } from '@partnermap/shared/model';

export interface Move {
  from: Position;
  to: Position;
}

/** A jump this long, by two or more agencies at once, is a tidy (or its undo), not a colleague's drag. */
const JUMP = 120;
export const MOVE_MS = 400;

/**
 * The agencies that jumped between two versions of the map, when the change is a rearrangement
 * worth showing as movement: several agencies at once, at least one far. A drag, written every
 * 80 ms, moves in small steps and is shown as it comes.
 */
export function jumpsBetween(
  before: readonly { id: string; position: Position; dragging?: boolean }[],
  after: readonly { id: string; position: Position }[],
): Map<string, Move> {
  const moves = new Map<string, Move>();
  let far = false;
  // The lists are nearly always in step (a change keeps the order and the unchanged agencies as
  // the same objects): an index of `before` by id is made only when they are not.
  let byId: Map<string, (typeof before)[number]> | undefined;
  for (let i = 0; i < after.length; i++) {
    const n = after[i]!;
    let o: (typeof before)[number] | undefined = before[i];
    if (o === n) continue;
    if (o?.id !== n.id) o = (byId ??= new Map(before.map((b) => [b.id, b]))).get(n.id);
    if (!o || o.dragging) continue;
    const d = Math.hypot(n.position.x - o.position.x, n.position.y - o.position.y);
    if (d < 0.5) continue;
    moves.set(n.id, { from: o.position, to: n.position });
    if (d >= JUMP) far = true;
  }
  return moves.size >= 2 && far ? moves : new Map();
}

/** Where a moving agency is at `t` (0 to 1) of the movement: eased in and out. */
export function positionAt(move: Move, t: number): Position {
  const k = t >= 1 ? 1 : t <= 0 ? 0 : t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  return { x: move.from.x + (move.to.x - move.from.x) * k, y: move.from.y + (move.to.y - move.from.y) * k };
}
