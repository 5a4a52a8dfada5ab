import type { z } from 'zod';
import { AgencySchema, type Agency } from '../model/agency.ts';
import {
  createBoardMeta,
  BoardMetaSchema,
  ReviewAnswerSchema,
  type Board,
  type BoardMeta,
  type ReviewAnswer,
} from '../model/board.ts';
import { ExchangeSchema, type Exchange } from '../model/exchange.ts';
import { GoalSchema, type Goal } from '../model/goal.ts';
import { PartnershipSchema, type Partnership } from '../model/partnership.ts';
import { RelationshipSchema, flowsAlong, pairKey, type Relationship } from '../model/relationship.ts';
import { metaMap, reviewMap, root, type BoardDoc, type RootName } from './boardDoc.ts';

/** Something on the board that was left out of the plain view, and why. Never thrown at the UI. */
export interface BoardProblem {
  entity: RootName | 'meta';
  id: string;
  message: string;
}

export interface BoardReading {
  board: Board;
  problems: BoardProblem[];
}

function readRoot<T extends { id: string }>(
  doc: BoardDoc,
  name: RootName,
  schema: z.ZodType<T>,
  problems: BoardProblem[],
): T[] {
  const out: T[] = [];
  root(doc, name).forEach((entity, id) => {
    const parsed = schema.safeParse({ ...entity.toJSON(), id });
    if (parsed.success) out.push(parsed.data);
    else problems.push({ entity: name, id, message: parsed.error.issues.map(describeIssue).join('; ') });
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** Review answers one by one, so that one bad answer does not hide the others. */
function readReviewAnswers(doc: BoardDoc, problems: BoardProblem[]): Record<string, ReviewAnswer> {
  const answers: Record<string, ReviewAnswer> = {};
  reviewMap(doc).forEach((entry, question) => {
    // A plain string is an answer from before schema 2, or from a peer still on an older version.
    const raw = typeof entry === 'string' ? { answer: entry, changedBy: '', status: 'open' } : entry.toJSON();
    const parsed = ReviewAnswerSchema.safeParse(raw);
    if (parsed.success) answers[question] = parsed.data;
    else problems.push({ entity: 'meta', id: `review.${question}`, message: parsed.error.issues.map(describeIssue).join('; ') });
  });
  return answers;
}

function readMeta(doc: BoardDoc, problems: BoardProblem[]): BoardMeta {
  const raw = { ...metaMap(doc).toJSON(), reviewAnswers: readReviewAnswers(doc, problems) };
  const parsed = BoardMetaSchema.safeParse({ ...createBoardMeta(), ...raw });
  if (parsed.success) return parsed.data;
  problems.push({ entity: 'meta', id: 'meta', message: parsed.error.issues.map(describeIssue).join('; ') });
  return createBoardMeta();
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

  const relationships: Relationship[] = [];
  // Two peers can connect the same pair at once; every peer shows the lowest id (readRoot sorts)
  // and moves the duplicate's exchanges onto it.
  const keptByPair = new Map<string, string>();
  const duplicateOf = new Map<string, string>();
  for (const rel of readRoot(doc, 'relationships', RelationshipSchema, problems)) {
    const missing = [rel.source, rel.target].filter((a) => !agencyIds.has(a));
    const kept = keptByPair.get(pairKey(rel.source, rel.target));
    if (missing.length) {
      problems.push({ entity: 'relationships', id: rel.id, message: `agency ${missing.join(', ')} no longer exists` });
    } else if (kept) {
      duplicateOf.set(rel.id, kept);
      problems.push({ entity: 'relationships', id: rel.id, message: `duplicate of relationship ${kept} between the same agencies` });
    } else {
      keptByPair.set(pairKey(rel.source, rel.target), rel.id);
      relationships.push({ ...rel, goalIds: rel.goalIds.filter((g) => goalIds.has(g)) });
    }
  }
  const relById = new Map(relationships.map((r) => [r.id, r]));

  const exchanges: Exchange[] = [];
  for (const raw of readRoot(doc, 'exchanges', ExchangeSchema, problems)) {
    const ex = { ...raw, relationshipId: duplicateOf.get(raw.relationshipId) ?? raw.relationshipId };
    const rel = relById.get(ex.relationshipId);
    if (!rel) {
      problems.push({ entity: 'exchanges', id: ex.id, message: `relationship ${ex.relationshipId} no longer exists` });
    } else if (!flowsAlong(rel, ex)) {
      problems.push({ entity: 'exchanges', id: ex.id, message: 'does not flow between the agencies of its relationship' });
    } else {
      exchanges.push(ex);
    }
  }

  const partnerships: Partnership[] = [];
  for (const p of readRoot(doc, 'partnerships', PartnershipSchema, problems)) {
    const memberIds = p.memberIds.filter((m) => agencyIds.has(m));
    if (memberIds.length === 0) {
      problems.push({ entity: 'partnerships', id: p.id, message: 'none of its agencies exists any more' });
      continue;
    }
    if (memberIds.length < p.memberIds.length) {
      problems.push({ entity: 'partnerships', id: p.id, message: 'some of its agencies no longer exist' });
    }
    partnerships.push({ ...p, memberIds, goalIds: p.goalIds.filter((g) => goalIds.has(g)) });
  }

  return { board: { meta, goals, agencies, relationships, exchanges, partnerships }, problems };
}
