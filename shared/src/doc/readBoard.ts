import * as Y from 'yjs';
import type { z } from 'zod';
import { AgencySchema, type Agency } from '../model/agency.ts';
import {
  BoardMetaSchema,
  DEFAULT_DEFINITION,
  DEFAULT_TITLE,
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
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';

/**
 * Something on the board that was left out of the plain view, and why. Never thrown at the UI.
 * - `unreadable`: the entry (or meta field) has a shape or value the model does not allow; an
 *   entry is set aside, a meta field falls back to its default.
 * - `dangling`: it points at something a colleague removed meanwhile (a relationship whose agency
 *   is gone); it is left out or trimmed, as the removal meant.
 * - `duplicate`: a second relationship between the same two agencies; shown as the first one.
 */
export interface BoardProblem {
  entity: RootName | 'meta';
  id: string;
  message: string;
  kind: 'unreadable' | 'dangling' | 'duplicate';
}

export interface BoardReading {
  board: Board;
  problems: BoardProblem[];
}

type EntitySchema<T> = z.ZodType<T> & { shape: Record<string, unknown> };

/** What a stored value is, in words, for a problem's message. */
function describeValue(value: unknown): string {
  if (value instanceof Y.Map) return 'a nested map';
  if (value instanceof Y.Array) return 'a nested list';
  if (value instanceof Y.Text || value instanceof Y.XmlFragment) return 'nested text';
  if (value instanceof Y.AbstractType || value instanceof Y.Doc) return 'a nested document';
  if (value instanceof Uint8Array) return 'binary data';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing (null)';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return typeof value === 'object' ? 'an object' : String(typeof value);
}

/** Yjs types (and sub-documents) are never plain values: a field holding one is reported, not walked. */
function isNested(value: unknown): boolean {
  return value instanceof Y.AbstractType || value instanceof Y.Doc;
}

/**
 * Reads one entry shallowly: only the fields the schema knows, one level deep, so that a peer's
 * deep nesting or unexpected fields cost nothing and cannot overflow the stack.
 */
function readEntry<T>(
  id: string,
  entry: unknown,
  schema: EntitySchema<T>,
): { ok: true; value: T } | { ok: false; message: string } {
  if (!(entry instanceof Y.Map)) {
    return { ok: false, message: `expected an entry of fields, found ${describeValue(entry)}` };
  }
  const fields: Record<string, unknown> = { id };
  const nested: string[] = [];
  for (const key of Object.keys(schema.shape)) {
    if (key === 'id' || !entry.has(key)) continue;
    const value: unknown = entry.get(key);
    if (isNested(value)) nested.push(`${key}: expected a plain value, found ${describeValue(value)}`);
    else fields[key] = value;
  }
  if (nested.length) return { ok: false, message: nested.join('; ') };
  const parsed = schema.safeParse(fields);
  if (parsed.success) return { ok: true, value: parsed.data };
  // Fields left out entirely are named together, so an entry written by some other app reads in one line.
  const missing = parsed.error.issues.filter((issue) => valueAt(fields, issue.path) === undefined);
  const wrong = parsed.error.issues.filter((issue) => !missing.includes(issue));
  const clauses = wrong.map((issue) => describeIssue(issue, fields));
  if (missing.length) clauses.push(`missing: ${missing.map((issue) => issue.path.join('.')).join(', ')}`);
  return { ok: false, message: clauses.join('; ') };
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
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/** A stored value as a person would quote it: short text in quotes, numbers as they are. */
function quote(value: unknown): string {
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;
  if (typeof value === 'number') return String(value);
  return describeValue(value);
}

/** The plain value a zod issue points at (its path is a few keys deep at most). */
function valueAt(fields: unknown, path: readonly PropertyKey[]): unknown {
  let value = fields;
  for (const key of path) {
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

/** One field at fault, in words a person can check against the board: "sector: “helth” is not one of the choices". */
function describeIssue(issue: z.core.$ZodIssue, fields: unknown): string {
  const value = valueAt(fields, issue.path);
  let what: string;
  if (issue.code === 'invalid_type') {
    what = `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, found ${describeValue(value)}`;
  } else if (issue.code === 'invalid_value' || issue.code === 'invalid_union') {
    what = `${quote(value)} is not one of the choices`;
  } else if (issue.code === 'too_big') {
    what = typeof value === 'string' ? `longer than ${issue.maximum} characters` : `more than ${issue.maximum}`;
  } else {
    what = issue.message;
  }
  return issue.path.length ? `${issue.path.join('.')}: ${what}` : what;
}

const META_DEFAULTS = { title: DEFAULT_TITLE, definition: DEFAULT_DEFINITION };

/**
 * Each meta field on its own: one that cannot be read falls back to its default and is reported,
 * and the others are kept.
 */
function readMeta(doc: BoardDoc, problems: BoardProblem[]): BoardMeta {
  const meta = metaMap(doc);
  const fieldProblem = (field: string, message: string) =>
    problems.push({ entity: 'meta', id: field, message: `${field}: ${message}`, kind: 'unreadable' });

  const text = (field: keyof typeof META_DEFAULTS): string => {
    if (!meta.has(field)) return META_DEFAULTS[field];
    const value: unknown = meta.get(field);
    const parsed = BoardMetaSchema.shape[field].safeParse(isNested(value) ? undefined : value);
    if (parsed.success) return parsed.data;
    const found = typeof value === 'string' ? 'longer text' : describeValue(value);
    fieldProblem(field, `expected text of at most ${field === 'title' ? 200 : 5000} characters, found ${found}`);
    return META_DEFAULTS[field];
  };

  const reviewAnswers: Record<string, ReviewAnswer> = {};
  reviewMap(doc).forEach((value: unknown, question) => {
    // A plain string is an answer from before schema 2, or from a peer still on an older version.
    if (typeof value === 'string') {
      const parsed = ReviewAnswerSchema.safeParse({ answer: value, changedBy: '', status: 'open' });
      if (parsed.success) reviewAnswers[question] = parsed.data;
      else fieldProblem(`review:${question}`, parsed.error.issues.map((i) => describeIssue(i, { answer: value })).join('; '));
      return;
    }
    const read = readEntry(question, value, ReviewAnswerSchema);
    if (read.ok) reviewAnswers[question] = read.value;
    else fieldProblem(`review:${question}`, read.message);
  });

  return {
    title: text('title'),
    definition: text('definition'),
    reviewAnswers,
    schemaVersion: readSchemaVersion(meta.get('schemaVersion'), fieldProblem),
  };
}

/** Only the server's migrations write the version; an odd one is reported and read as "before versioning" (0). */
function readSchemaVersion(value: unknown, fieldProblem: (field: string, message: string) => void): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    const found = typeof value === 'number' ? String(value) : describeValue(value);
    fieldProblem('schemaVersion', `expected a whole number of 0 or more, found ${found}`);
    return 0;
  }
  if (value > CURRENT_SCHEMA_VERSION) {
    fieldProblem(
      'schemaVersion',
      `${value} is newer than this version of Partnermap knows (${CURRENT_SCHEMA_VERSION}); fields it does not know are left out`,
    );
  }
  return value;
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
      const message = `agency ${missing.join(', ')} no longer exists`;
      problems.push({ entity: 'relationships', id: rel.id, message, kind: 'dangling' });
    } else if (kept) {
      duplicateOf.set(rel.id, kept);
      const message = `duplicate of relationship ${kept} between the same agencies`;
      problems.push({ entity: 'relationships', id: rel.id, message, kind: 'duplicate' });
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
      const message = `relationship ${ex.relationshipId} no longer exists`;
      problems.push({ entity: 'exchanges', id: ex.id, message, kind: 'dangling' });
    } else if (!flowsAlong(rel, ex)) {
      const message = 'does not flow between the agencies of its relationship';
      problems.push({ entity: 'exchanges', id: ex.id, message, kind: 'unreadable' });
    } else {
      exchanges.push(ex);
    }
  }

  const partnerships: Partnership[] = [];
  for (const p of readRoot(doc, 'partnerships', PartnershipSchema, problems)) {
    const memberIds = p.memberIds.filter((m) => agencyIds.has(m));
    if (memberIds.length === 0) {
      problems.push({ entity: 'partnerships', id: p.id, message: 'none of its agencies exists any more', kind: 'dangling' });
      continue;
    }
    if (memberIds.length < p.memberIds.length) {
      problems.push({ entity: 'partnerships', id: p.id, message: 'some of its agencies no longer exist', kind: 'dangling' });
    }
    partnerships.push({ ...p, memberIds, goalIds: p.goalIds.filter((g) => goalIds.has(g)) });
  }

  return { board: { meta, goals, agencies, relationships, exchanges, partnerships }, problems };
}
