import type { Board } from '../model/board.ts';
import { flowsAlong, pairKey } from '../model/relationship.ts';
import type { ImportProblem } from './importError.ts';
import { plainPlace } from './plainPlace.ts';

type Path = readonly (string | number)[];
type Add = (path: Path, message: string) => void;

/**
 * What the schemas cannot see: every reference in a board points at something in it. readBoard
 * would quietly leave such entries out; an import refuses them instead, so nothing is lost.
 */
export function integrityProblems(board: Board): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add: Add = (path, message) => problems.push({ where: plainPlace(board, path), message });

  const goalIds = idsOnce(board.goals, 'goals', add);
  const agencyIds = idsOnce(board.agencies, 'agencies', add);
  idsOnce(board.relationships, 'relationships', add);
  idsOnce(board.exchanges, 'exchanges', add);
  idsOnce(board.partnerships, 'partnerships', add);

  const pairs = new Map<string, number>();
  board.relationships.forEach((rel, i) => {
    const at = ['relationships', i] as const;
    for (const end of ['source', 'target'] as const) {
      if (!agencyIds.has(rel[end])) add([...at, end], `no agency with id ${JSON.stringify(rel[end])}`);
    }
    if (rel.source === rel.target) add(at, 'an agency cannot have a relationship with itself');
    const pair = pairKey(rel.source, rel.target);
    const earlier = pairs.get(pair);
    if (earlier !== undefined) add(at, `connects the same two agencies as relationship ${earlier + 1}`);
    else pairs.set(pair, i);
    unknownGoals(rel.goalIds, goalIds, [...at, 'goalIds'], add);
  });

  const relById = new Map(board.relationships.map((r) => [r.id, r]));
  board.exchanges.forEach((ex, i) => {
    const at = ['exchanges', i] as const;
    const rel = relById.get(ex.relationshipId);
    if (!rel) {
      add([...at, 'relationshipId'], `no relationship with id ${JSON.stringify(ex.relationshipId)}`);
    } else if (!flowsAlong(rel, ex)) {
      add(at, 'an exchange must flow between the two agencies of its relationship');
    }
  });

  board.partnerships.forEach((p, i) => {
    const at = ['partnerships', i] as const;
    if (p.memberIds.length === 0) add([...at, 'memberIds'], 'a partnership needs at least one agency');
    p.memberIds.forEach((m, j) => {
      if (!agencyIds.has(m)) add([...at, 'memberIds', j], `no agency with id ${JSON.stringify(m)}`);
    });
    unknownGoals(p.goalIds, goalIds, [...at, 'goalIds'], add);
  });
  return problems;
}

function idsOnce(
  entities: readonly { id: string }[],
  name: string,
  add: Add,
): Set<string> {
  const seen = new Set<string>();
  entities.forEach((e, i) => {
    if (seen.has(e.id)) add([name, i, 'id'], `the id ${JSON.stringify(e.id)} is used twice`);
    seen.add(e.id);
  });
  return seen;
}

function unknownGoals(
  ids: readonly string[],
  goalIds: Set<string>,
  at: Path,
  add: Add,
): void {
  ids.forEach((g, j) => {
    if (!goalIds.has(g)) add([...at, j], `no goal with id ${JSON.stringify(g)}`);
  });
}
