import type { Board } from '../model/board.ts';
import type { Integration } from '../model/relationship.ts';

export interface ChangedEntity {
  id: string;
  /** The names of the fields whose values differ, in the schema's order. */
  fields: string[];
}

export interface ChangedRelationship extends ChangedEntity {
  /** The agreed degree of integration before and after (equal if it did not move). */
  integration: { from: Integration; to: Integration };
}

export interface EntityChanges<Changed = ChangedEntity> {
  added: string[];
  removed: string[];
  changed: Changed[];
}

/** What changed between two moments of a board (GET /api/boards/<id>/diff). Ids are sorted. */
export interface BoardDiff {
  agencies: EntityChanges;
  relationships: EntityChanges<ChangedRelationship>;
  /** Exchanges gained and lost; `changed` when one kept its id but its currency or words changed. */
  exchanges: EntityChanges;
  partnerships: EntityChanges;
}

type Entity = { id: string } & Record<string, unknown>;

function compare(from: readonly Entity[], to: readonly Entity[]): EntityChanges {
  const before = new Map(from.map((e) => [e.id, e]));
  const after = new Map(to.map((e) => [e.id, e]));
  const added = [...after.keys()].filter((id) => !before.has(id)).sort();
  const removed = [...before.keys()].filter((id) => !after.has(id)).sort();
  const changed: ChangedEntity[] = [];
  for (const [id, now] of [...after].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const then = before.get(id);
    if (!then) continue;
    const fields = Object.keys(now).filter((key) => key !== 'id' && !same(then[key], now[key]));
    if (fields.length > 0) changed.push({ id, fields });
  }
  return { added, removed, changed };
}

/** Field values are plain JSON (numbers, text, lists, positions). */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What was added, removed and changed from one board to another, entity by entity and field by
 * field; a relationship's agreed degree of integration is given before and after, so a move
 * along the continuum reads at once.
 */
export function diffBoards(from: Board, to: Board): BoardDiff {
  const relationships = compare(from.relationships, to.relationships);
  const degreeBefore = new Map(from.relationships.map((r) => [r.id, r.integration]));
  const degreeAfter = new Map(to.relationships.map((r) => [r.id, r.integration]));
  return {
    agencies: compare(from.agencies, to.agencies),
    relationships: {
      ...relationships,
      changed: relationships.changed.map((c) => ({
        ...c,
        integration: { from: degreeBefore.get(c.id)!, to: degreeAfter.get(c.id)! },
      })),
    },
    exchanges: compare(from.exchanges, to.exchanges),
    partnerships: compare(from.partnerships, to.partnerships),
  };
}

/** Whether anything at all differs. */
export function isEmptyDiff(diff: BoardDiff): boolean {
  return [diff.agencies, diff.relationships, diff.exchanges, diff.partnerships].every(
    (c) => !c.added.length && !c.removed.length && !c.changed.length,
  );
}
