import type { Exchange } from '../model/exchange.ts';
import type { Partnership } from '../model/partnership.ts';
import { flowsAlong, pairKey, type Relationship } from '../model/relationship.ts';
import type { BoardProblem } from './readEntry.ts';

/**
 * The steps after each entry is validated on its own: what one entity says about another
 * (a relationship's agencies, an exchange's relationship, partners, goals). readBoard runs them
 * all; the live reader re-runs only those whose inputs changed. An entity nothing trims is
 * passed through as the same object, so that an unchanged entity keeps its identity.
 */

/** Ids looked up by the link steps: a Set, or the live reader's map of readable entries. */
export interface IdSet {
  has(id: string): boolean;
}

export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface LinkedRelationships {
  relationships: Relationship[];
  byId: Map<string, Relationship>;
  /** A duplicate relationship's id, to the id of the one shown instead. */
  duplicateOf: Map<string, string>;
  problems: BoardProblem[];
}

/** Only ids still on the board; the same list when none is gone. */
function kept(ids: string[], on: IdSet): string[] {
  return ids.every((id) => on.has(id)) ? ids : ids.filter((id) => on.has(id));
}

/** `sorted` by id, as readable entries are read. */
export function linkRelationships(sorted: readonly Relationship[], agencyIds: IdSet, goalIds: IdSet): LinkedRelationships {
  const problems: BoardProblem[] = [];
  const relationships: Relationship[] = [];
  // Two peers can connect the same pair at once; every peer shows the lowest id and moves the
  // duplicate's exchanges onto it.
  const keptByPair = new Map<string, string>();
  const duplicateOf = new Map<string, string>();
  for (const rel of sorted) {
    const missing = [rel.source, rel.target].filter((a) => !agencyIds.has(a));
    const first = keptByPair.get(pairKey(rel.source, rel.target));
    if (missing.length) {
      const message = `agency ${missing.join(', ')} no longer exists`;
      problems.push({ entity: 'relationships', id: rel.id, message, kind: 'dangling' });
    } else if (first) {
      duplicateOf.set(rel.id, first);
      const message = `duplicate of relationship ${first} between the same agencies`;
      problems.push({ entity: 'relationships', id: rel.id, message, kind: 'duplicate' });
    } else {
      keptByPair.set(pairKey(rel.source, rel.target), rel.id);
      const goalIds2 = kept(rel.goalIds, goalIds);
      relationships.push(goalIds2 === rel.goalIds ? rel : { ...rel, goalIds: goalIds2 });
    }
  }
  return { relationships, byId: new Map(relationships.map((r) => [r.id, r])), duplicateOf, problems };
}

export function linkExchanges(
  sorted: readonly Exchange[],
  linked: Pick<LinkedRelationships, 'byId' | 'duplicateOf'>,
): { exchanges: Exchange[]; problems: BoardProblem[] } {
  const problems: BoardProblem[] = [];
  const exchanges: Exchange[] = [];
  for (const raw of sorted) {
    const shownId = linked.duplicateOf.get(raw.relationshipId);
    const ex = shownId === undefined ? raw : { ...raw, relationshipId: shownId };
    const rel = linked.byId.get(ex.relationshipId);
    if (!rel) {
      const message = `relationship ${ex.relationshipId} no longer exists`;
      problems.push({ entity: 'exchanges', id: ex.id, message, kind: 'dangling' });
    } else if (!flowsAlong(rel, ex)) {
      const message = 'does not flow between the agencies of its relationship';
      problems.push({ entity: 'exchanges', id: ex.id, message, kind: 'unreadable' });
    } else {
      exchanges.push(ex);
    }
  }
  return { exchanges, problems };
}

export function linkPartnerships(
  sorted: readonly Partnership[],
  agencyIds: IdSet,
  goalIds: IdSet,
): { partnerships: Partnership[]; problems: BoardProblem[] } {
  const problems: BoardProblem[] = [];
  const partnerships: Partnership[] = [];
  for (const p of sorted) {
    const memberIds = kept(p.memberIds, agencyIds);
    if (memberIds.length === 0) {
      problems.push({ entity: 'partnerships', id: p.id, message: 'none of its agencies exists any more', kind: 'dangling' });
      continue;
    }
    if (memberIds !== p.memberIds) {
      problems.push({ entity: 'partnerships', id: p.id, message: 'some of its agencies no longer exist', kind: 'dangling' });
    }
    const goalIds2 = kept(p.goalIds, goalIds);
    partnerships.push(memberIds === p.memberIds && goalIds2 === p.goalIds ? p : { ...p, memberIds, goalIds: goalIds2 });
  }
  return { partnerships, problems };
}
