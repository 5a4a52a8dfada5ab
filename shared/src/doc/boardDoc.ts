import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { createBoardMeta, type BoardMeta } from '../model/board.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';
import { LOCAL_ORIGIN, type Origin } from './origins.ts';

/**
 * The Y.Doc of a board. Opaque outside shared/src/doc: components hold it only to pass it back
 * to the functions here.
 */
export type BoardDoc = Y.Doc;

/** Every entity is a Y.Map of its fields inside one of these root maps, keyed by id. */
export const ROOTS = ['agencies', 'relationships', 'exchanges', 'partnerships', 'goals'] as const;
export type RootName = (typeof ROOTS)[number];

export type EntityMap = Y.Map<unknown>;

export function root(doc: BoardDoc, name: RootName): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(name);
}

export function metaMap(doc: BoardDoc): Y.Map<unknown> {
  return doc.getMap('meta');
}

/**
 * Review answers keyed by question id, each a Y.Map of its fields (answer, changedBy, status).
 * Boards before schema 2 (and peers still running an older Partnermap) hold a plain string.
 */
export function reviewMap(doc: BoardDoc): Y.Map<EntityMap | string> {
  return doc.getMap<EntityMap | string>('review');
}

/** Random ids from lib0: unlike crypto.randomUUID they also work on plain-http LAN addresses. */
export function newId(): string {
  return uuidv4();
}

/** An empty doc, for a client that is about to receive a board from the server or cache. */
export function openBoardDoc(): BoardDoc {
  return new Y.Doc();
}

/** A new board with its meta set, at the current schema version. */
export function createBoardDoc(fields: Partial<Pick<BoardMeta, 'title' | 'definition'>> = {}): BoardDoc {
  const doc = new Y.Doc();
  const meta = createBoardMeta({ ...fields, schemaVersion: CURRENT_SCHEMA_VERSION });
  doc.transact(() => {
    const m = metaMap(doc);
    m.set('title', meta.title);
    m.set('definition', meta.definition);
    m.set('schemaVersion', meta.schemaVersion);
  }, LOCAL_ORIGIN);
  return doc;
}

export function transact(doc: BoardDoc, fn: () => void, origin: Origin = LOCAL_ORIGIN): void {
  doc.transact(fn, origin);
}

/**
 * Runs several operations as one edit: one update sent, one re-read of the board, one undo step
 * (operations inside join this transaction).
 */
export function batch(doc: BoardDoc, fn: () => void): void {
  transact(doc, fn);
}

/** A Y.Map holding one field per entry, so concurrent edits of different fields both win. */
export function toEntityMap(fields: Record<string, unknown>): EntityMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'id' && value !== undefined) map.set(key, value);
  }
  return map;
}

/** Writes only the fields whose value changed, so an unchanged field never wins over a peer's edit. */
export function patchEntity(entity: EntityMap, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || value === undefined) continue;
    if (!sameValue(entity.get(key), value)) entity.set(key, value);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function entityOrThrow(doc: BoardDoc, name: RootName, id: string): EntityMap {
  const entity = root(doc, name).get(id);
  if (!entity) throw new Error(`No ${name.replace(/s$/, '').replace(/ie$/, 'y')} with id ${id} on this board`);
  return entity;
}

/** Encodes the whole document, for storage snapshots and tests. */
export function encodeBoard(doc: BoardDoc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

export function applyBoardUpdate(doc: BoardDoc, update: Uint8Array, origin: unknown = null): void {
  Y.applyUpdate(doc, update, origin);
}

/** Calls back after every change to the board, local or remote, with its origin and update. */
export function observeBoard(
  doc: BoardDoc,
  onChange: (origin: unknown, update: Uint8Array) => void,
): () => void {
  const handler = (update: Uint8Array, origin: unknown) => onChange(origin, update);
  doc.on('update', handler);
  return () => doc.off('update', handler);
}

/** Merges stored updates into one (storage compaction), keeping everything they held. */
export function mergeUpdates(updates: Uint8Array[]): Uint8Array {
  return Y.mergeUpdates(updates);
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
