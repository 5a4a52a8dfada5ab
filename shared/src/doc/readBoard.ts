import { AgencySchema, type Agency } from '../model/agency.ts';
import type { Board } from '../model/board.ts';
import { ExchangeSchema } from '../model/exchange.ts';
import { GoalSchema, type Goal } from '../model/goal.ts';
import { PartnershipSchema } from '../model/partnership.ts';
import { RelationshipSchema } from '../model/relationship.ts';
import { root, type BoardDoc, type RootName } from './boardDoc.ts';
import { byId, linkExchanges, linkPartnerships, linkRelationships } from './linkBoard.ts';
import { readEntry, type BoardProblem, type EntitySchema } from './readEntry.ts';
import { readMeta } from './readMeta.ts';

export type { BoardProblem } from './readEntry.ts';

export interface BoardReading {
  board: Board;
  problems: BoardProblem[];
}

function readRoot<T extends { id: string }>(
  doc: BoardDoc,
  name: RootName,
  schema: EntitySchema<T>,
  problems: BoardProblem[],
): T[] {
  const out: T[] = [];
  root(doc, name).forEach((entry, id) => {
    const read = readEntry(id, entry, schema);
    if (read.ok) out.push(read.value);
    else problems.push({ entity: name, id, message: read.message, kind: 'unreadable' });
  });
  return out.sort(byId);
}

/** Not push(...more): a hostile board's many problems would overflow the call's arguments. */
function append<T>(list: T[], more: readonly T[]): void {
  for (const item of more) list.push(item);
}

/**
 * The board as validated plain objects. Entries that fail their schema, or that point at
 * something a concurrent edit removed (a relationship whose agency is gone), are left out and
 * listed in `problems`.
 */
export function readBoard(doc: BoardDoc): BoardReading {
  const problems: BoardProblem[] = [];
  const meta = readMeta(doc, problems);
  const goals: Goal[] = readRoot(doc, 'goals', GoalSchema, problems);
  const goalIds = new Set(goals.map((g) => g.id));
  const agencies: Agency[] = readRoot(doc, 'agencies', AgencySchema, problems);
  const agencyIds = new Set(agencies.map((a) => a.id));
  const linked = linkRelationships(readRoot(doc, 'relationships', RelationshipSchema, problems), agencyIds, goalIds);
  append(problems, linked.problems);
  const { exchanges, problems: exchangeProblems } = linkExchanges(readRoot(doc, 'exchanges', ExchangeSchema, problems), linked);
  append(problems, exchangeProblems);
  const partnershipsRead = readRoot(doc, 'partnerships', PartnershipSchema, problems);
  const { partnerships, problems: partnershipProblems } = linkPartnerships(partnershipsRead, agencyIds, goalIds);
  append(problems, partnershipProblems);
  return { board: { meta, goals, agencies, relationships: linked.relationships, exchanges, partnerships }, problems };
}

/** What a list of boards shows of one: its title, its first goal's outcome ('' if none) and its number of agencies. */
export interface BoardSummary {
  title: string;
  goal: string;
  agencies: number;
}

/** The board's summary, read and checked as `readBoard` would, without reading the rest of the board. */
export function readSummary(doc: BoardDoc): BoardSummary {
  const problems: BoardProblem[] = [];
  const goals = readRoot(doc, 'goals', GoalSchema, problems);
  return {
    title: readMeta(doc, problems).title,
    goal: goals[0]?.outcome ?? '',
    agencies: readRoot(doc, 'agencies', AgencySchema, problems).length,
  };
}
