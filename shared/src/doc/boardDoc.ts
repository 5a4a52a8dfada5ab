import * as Y from 'yjs';
import type { z } from 'zod';
import { AgencySchema } from '../model/agency.ts';
import { ExchangeSchema } from '../model/exchange.ts';
import { GoalSchema } from '../model/goal.ts';
import { PartnershipSchema } from '../model/partnership.ts';
import { RelationshipSchema } from '../model/relationship.ts';
import { uuidv4 } from 'lib0/random';
import { createBoardMeta, type BoardMeta } from '../model/board.ts';
import { asBoardDoc, yDocOf, type BoardDoc } from './brand.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';
import { LOCAL_ORIGIN, type Origin } from './origins.ts';

export type { BoardDoc } from './brand.ts';

/** Every entity is a Y.Map of its fields inside one of these root maps, keyed by id. */
export const ROOTS = ['agencies', 'relationships', 'exchanges', 'partnerships', 'goals'] as const;
export type RootName = (typeof ROOTS)[number];

export type EntityMap = Y.Map<unknown>;

/**
 * A root map as stored: any peer may have put anything under an id (text, a list, a map), so
 * what comes out is unknown until checked. Read entities through `entitiesOf`/`entityOrThrow`.
 */
export function root(doc: BoardDoc, name: RootName): Y.Map<unknown> {
  return yDocOf(doc).getMap<unknown>(name);
}

export function isEntityMap(value: unknown): value is EntityMap {
  return value instanceof Y.Map;
}

/** The entries of a root that are maps, as every entity is; anything else is skipped (readBoard reports it). */
export function entitiesOf(doc: BoardDoc, name: RootName): [string, EntityMap][] {
  const out: [string, EntityMap][] = [];
  root(doc, name).forEach((value, id) => {
    if (isEntityMap(value)) out.push([id, value]);
  });
  return out;
}

export function metaMap(doc: BoardDoc): Y.Map<unknown> {
  return yDocOf(doc).getMap('meta');
}

/**
 * Review answers keyed by question id, each a Y.Map of its fields (answer, changedBy, status).
 * Boards before schema 2 (and peers still running an older Partnermap) hold a plain string.
 */
export function reviewMap(doc: BoardDoc): Y.Map<EntityMap | string> {
  return yDocOf(doc).getMap<EntityMap | string>('review');
}

/** Random ids from lib0: unlike crypto.randomUUID they also work on plain-http LAN addresses. */
export function newId(): string {
  return uuidv4();
}

/** An empty doc, for a client that is about to receive a board from the server or cache. */
export function openBoardDoc(): BoardDoc {
  return asBoardDoc(new Y.Doc());
}

/** Frees a doc no longer used (a board unloaded, a load abandoned); it cannot be used after. */
export function destroyBoardDoc(doc: BoardDoc): void {
  yDocOf(doc).destroy();
}

/** A new board with its meta set, at the current schema version. */
export function createBoardDoc(fields: Partial<Pick<BoardMeta, 'title' | 'definition'>> = {}): BoardDoc {
  const doc = openBoardDoc();
  const meta = createBoardMeta({ ...fields, schemaVersion: CURRENT_SCHEMA_VERSION });
  yDocOf(doc).transact(() => {
    const m = metaMap(doc);
    m.set('title', meta.title);
    m.set('definition', meta.definition);
    m.set('schemaVersion', meta.schemaVersion);
  }, LOCAL_ORIGIN);
  return doc;
}

/** Thrown when an edit is tried on a board opened with a view-only link. */
export class ReadOnlyBoardError extends Error {
  constructor() {
    super('This board is open with a view-only link: it cannot be changed from here');
    this.name = 'ReadOnlyBoardError';
  }
}

/** Thrown when an edit names something no longer on the board (often: a colleague just removed it). */
export class MissingEntityError extends Error {
  /** What is missing, in a word: "agency", "relationship"… */
  readonly noun: string;

  constructor(
    readonly entity: RootName,
    readonly id: string,
  ) {
    super(`No ${ENTITY_NOUNS[entity]} with id ${id} on this board`);
    this.name = 'MissingEntityError';
    this.noun = ENTITY_NOUNS[entity];
  }
}

const ENTITY_NOUNS: Record<RootName, string> = {
  agencies: 'agency',
  relationships: 'relationship',
  exchanges: 'exchange',
  partnerships: 'partnership',
  goals: 'goal',
};

const readOnlyDocs = new WeakSet<BoardDoc>();

/**
 * Marks a doc as view-only: every operation of this API then throws instead of editing, so no
 * gesture can make a local edit the server would refuse. Updates from the server still apply.
 */
export function setReadOnly(doc: BoardDoc, readOnly: boolean): void {
  if (readOnly) readOnlyDocs.add(doc);
  else readOnlyDocs.delete(doc);
}

/** The one way operations change a doc, so that a view-only doc refuses them all. */
export function transact(doc: BoardDoc, fn: () => void, origin: Origin = LOCAL_ORIGIN): void {
  if (readOnlyDocs.has(doc)) throw new ReadOnlyBoardError();
  yDocOf(doc).transact(fn, origin);
}

/**
 * Runs several operations as one edit: one update sent, one re-read of the board, one undo step
 * (operations inside join this transaction).
 */
export function batch(doc: BoardDoc, fn: () => void): void {
  transact(doc, fn);
}

/** The fields of an entity schema that read as a default when missing, with that default. */
function defaultsOf(schema: z.ZodObject): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const missing = field.safeParse(undefined);
    if (missing.success && missing.data !== undefined) defaults[key] = missing.data;
  }
  return defaults;
}

/**
 * Fields a new entity's map leaves out while they hold their default, since schema 3: those the
 * model's schema gives a default, which it reads a missing field as. Most relationships have no
 * notes, trust or goals yet, and leaving those out makes a big board about a third fewer Yjs items
 * to store, send and load. An edit back to the default writes it.
 */
export const LEFT_OUT_WHEN_DEFAULT: Record<RootName, Record<string, unknown>> = {
  agencies: defaultsOf(AgencySchema),
  relationships: defaultsOf(RelationshipSchema),
  exchanges: defaultsOf(ExchangeSchema),
  partnerships: defaultsOf(PartnershipSchema),
  goals: defaultsOf(GoalSchema),
};

/**
 * A Y.Map holding one field per entry, so concurrent edits of different fields both win. An
 * entity of a root leaves out the fields holding their default.
 */
export function toEntityMap(fields: Record<string, unknown>, name?: RootName): EntityMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'id' || value === undefined || (name && isLeftOut(name, key, value))) continue;
    map.set(key, value);
  }
  return map;
}

function isLeftOut(name: RootName, key: string, value: unknown): boolean {
  const leaveOut = LEFT_OUT_WHEN_DEFAULT[name];
  return Object.hasOwn(leaveOut, key) && sameValue(value, leaveOut[key]);
}

/**
 * Writes only the fields whose value changed, so an unchanged field never wins over a peer's edit.
 * A field of a root's entity left out while at its default stays out when patched with the default.
 */
export function patchEntity(entity: EntityMap, patch: Record<string, unknown>, name?: RootName): void {
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || value === undefined) continue;
    if (!entity.has(key) && name && isLeftOut(name, key, value)) continue;
    if (!sameValue(entity.get(key), value)) entity.set(key, value);
  }
}

/**
 * A patch of some of an entity's fields, checked by a `.partial()` schema. zod fills an absent
 * field's default into a partial parse too, which would reset it: only the fields given are kept.
 */
export function parsePatch<T extends object>(schema: z.ZodType<T>, patch: object): Partial<T> {
  const given = patch as Record<string, unknown>;
  return Object.fromEntries(Object.entries(schema.parse(patch)).filter(([key]) => given[key] !== undefined)) as Partial<T>;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The entity to edit; one that is gone, or is not a map (so not readable either), counts as missing. */
export function entityOrThrow(doc: BoardDoc, name: RootName, id: string): EntityMap {
  const entity = root(doc, name).get(id);
  if (!isEntityMap(entity)) throw new MissingEntityError(name, id);
  return entity;
}

/** Encodes the whole document, for storage snapshots and tests. */
export function encodeBoard(doc: BoardDoc): Uint8Array {
  return Y.encodeStateAsUpdate(yDocOf(doc));
}

export function applyBoardUpdate(doc: BoardDoc, update: Uint8Array, origin: unknown = null): void {
  Y.applyUpdate(yDocOf(doc), update, origin);
}

/** Calls back after every change to the board, local or remote, with its origin and update. */
export function observeBoard(
  doc: BoardDoc,
  onChange: (origin: unknown, update: Uint8Array) => void,
): () => void {
  const handler = (update: Uint8Array, origin: unknown) => onChange(origin, update);
  const y = yDocOf(doc);
  y.on('update', handler);
  return () => y.off('update', handler);
}

/** Calls back after every change that removed or overwrote something on the board, local or remote. */
export function observeRemovals(doc: BoardDoc, onRemoval: () => void): () => void {
  const handler = (transaction: Y.Transaction) => {
    if (transaction.deleteSet.clients.size > 0) onRemoval();
  };
  const y = yDocOf(doc);
  y.on('afterTransaction', handler);
  return () => y.off('afterTransaction', handler);
}

/** Merges stored updates into one (storage compaction), keeping everything they held. */
export function mergeUpdates(updates: Uint8Array[]): Uint8Array {
  return Y.mergeUpdates(updates);
}

/**
 * The same board without the content of what was removed from it: a merged update keeps removed
 * content (marked deleted), a doc drops it. Costs building the doc, so only for a board that must
 * shrink (past its size limit).
 */
export function withoutRemovedContent(update: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * What a stored update holds beyond a peer's state vector, worked out from the bytes without
 * building a doc: a page joining a board that is still being loaded is answered with it.
 */
export function updateBeyond(update: Uint8Array, stateVector: Uint8Array): Uint8Array {
  return Y.diffUpdate(update, stateVector);
}

/**
 * Throws if bytes from the network are not a well-formed update; else tells whether the update
 * carries any change. Checked before an update is stored or applied, because a half-applied
 * malformed update could leave the doc inconsistent.
 */
export function checkUpdate(update: Uint8Array): { empty: boolean } {
  const { structs, ds } = Y.decodeUpdate(update);
  return { empty: structs.length === 0 && ds.clients.size === 0 };
}

/** How far a peer's copy reaches: for each client id, how many of its items it holds. */
export type StateVector = Map<number, number>;

/** The state vector sent in a y-protocols sync step 1. */
export function decodeStateVector(bytes: Uint8Array): StateVector {
  return Y.decodeStateVector(bytes);
}

/** Adds what an update brings to a state vector (for tracking what the server has sent). */
export function extendStateVector(known: StateVector, update: Uint8Array): void {
  // Not encodeStateVectorFromUpdate: it counts only runs starting at clock 0, and relayed edits never do.
  for (const struct of Y.decodeUpdate(update).structs) {
    const end = struct.id.clock + struct.length;
    if (end > (known.get(struct.id.client) ?? 0)) known.set(struct.id.client, end);
  }
}

/**
 * Whether the doc holds items a peer with this state vector lacks: for a view-only page, edits
 * made here (or kept in the browser's copy) that the server never took.
 */
export function holdsBeyond(doc: BoardDoc, known: StateVector): boolean {
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(yDocOf(doc)))) {
    if (clock > (known.get(client) ?? 0)) return true;
  }
  return false;
}
