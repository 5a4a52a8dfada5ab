import {
  RelationshipSchema,
  createRelationship,
  type RelationshipFields,
} from '../model/relationship.ts';
import { entityOrThrow, newId, patchEntity, root, toEntityMap, transact, type BoardDoc } from './boardDoc.ts';
import type { Origin } from './origins.ts';

const RelationshipPatchSchema = RelationshipSchema.omit({ id: true, source: true, target: true }).partial();

/** The relationship between two agencies, in either direction, if there is one. */
export function findRelationship(doc: BoardDoc, a: string, b: string): string | undefined {
  for (const [id, rel] of root(doc, 'relationships')) {
    const s = rel.get('source');
    const t = rel.get('target');
    if ((s === a && t === b) || (s === b && t === a)) return id;
  }
  return undefined;
}

/**
 * Connects two agencies at "communication" unless told otherwise. Two agencies have at most one
 * relationship: connecting them again returns the existing one.
 */
export function connectAgencies(
  doc: BoardDoc,
  source: string,
  target: string,
  fields: Partial<RelationshipFields> = {},
  origin?: Origin,
  id: string = newId(),
): string {
  if (source === target) throw new Error('An agency cannot have a relationship with itself');
  entityOrThrow(doc, 'agencies', source);
  entityOrThrow(doc, 'agencies', target);
  const existing = findRelationship(doc, source, target);
  if (existing) return existing;
  const rel = createRelationship(id, source, target, fields);
  transact(doc, () => root(doc, 'relationships').set(id, toEntityMap(rel)), origin);
  return id;
}

export function updateRelationship(
  doc: BoardDoc,
  id: string,
  patch: Partial<RelationshipFields>,
  origin?: Origin,
): void {
  const valid = RelationshipPatchSchema.parse(patch);
  transact(doc, () => patchEntity(entityOrThrow(doc, 'relationships', id), valid), origin);
}

/** Removes a relationship and the exchanges along it. */
export function removeRelationship(doc: BoardDoc, id: string, origin?: Origin): void {
  transact(doc, () => {
    const exchanges = root(doc, 'exchanges');
    const gone: string[] = [];
    exchanges.forEach((ex, exId) => {
      if (ex.get('relationshipId') === id) gone.push(exId);
    });
    for (const exId of gone) exchanges.delete(exId);
    root(doc, 'relationships').delete(id);
  }, origin);
}
