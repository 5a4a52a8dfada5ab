import { z } from 'zod';
import {
  IntegrationSchema,
  RelationshipSchema,
  TrustSchema,
  createRelationship,
  type RelationshipFields,
} from '../model/relationship.ts';
import type { SideView } from '../model/sides.ts';
import {
  entitiesOf,
  entityOrThrow,
  isEntityMap,
  newId,
  patchEntity,
  root,
  parsePatch,
  toEntityMap,
  transact,
  type BoardDoc,
} from './boardDoc.ts';
import type { Origin } from './origins.ts';

const RelationshipPatchSchema = RelationshipSchema.omit({ id: true, source: true, target: true }).partial();

/** Ids of every relationship between two agencies, lowest first (more than one only after concurrent connects). */
function relationshipsBetween(doc: BoardDoc, a: string, b: string): string[] {
  const ids: string[] = [];
  for (const [id, rel] of entitiesOf(doc, 'relationships')) {
    const s = rel.get('source');
    const t = rel.get('target');
    if ((s === a && t === b) || (s === b && t === a)) ids.push(id);
  }
  return ids.sort();
}

/** The relationship between two agencies, in either direction, if there is one: the one readBoard shows. */
export function findRelationship(doc: BoardDoc, a: string, b: string): string | undefined {
  return relationshipsBetween(doc, a, b)[0];
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
  transact(doc, () => root(doc, 'relationships').set(id, toEntityMap(rel, 'relationships')), origin);
  return id;
}

export function updateRelationship(
  doc: BoardDoc,
  id: string,
  patch: Partial<RelationshipFields>,
  origin?: Origin,
): void {
  const valid = parsePatch(RelationshipPatchSchema, patch);
  transact(doc, () => patchEntity(entityOrThrow(doc, 'relationships', id), valid, 'relationships'), origin);
}

const SideViewPatchSchema = z.object({ integration: IntegrationSchema.nullable(), trust: TrustSchema }).partial();

/**
 * Records one agency's own view of its relationship: its rating of the degree of integration
 * (null: not rated) and/or its trust in the other agency. Only the two agencies of the
 * relationship have a side.
 */
export function setSideView(
  doc: BoardDoc,
  id: string,
  agencyId: string,
  view: Partial<SideView>,
  origin?: Origin,
): void {
  const valid = SideViewPatchSchema.parse(view);
  const rel = entityOrThrow(doc, 'relationships', id);
  let fields: Partial<RelationshipFields>;
  if (rel.get('source') === agencyId) fields = { integrationFromSource: valid.integration, trustFromSource: valid.trust };
  else if (rel.get('target') === agencyId) fields = { integrationFromTarget: valid.integration, trustFromTarget: valid.trust };
  else throw new Error(`Agency ${agencyId} is not one of the two agencies of relationship ${id}`);
  transact(doc, () => patchEntity(rel, fields, 'relationships'), origin);
}

/**
 * Removes a relationship and the exchanges along it, with any concurrent duplicate of the same
 * pair (readBoard shows those as one, so they go together).
 */
export function removeRelationship(doc: BoardDoc, id: string, origin?: Origin): void {
  transact(doc, () => {
    const rel = root(doc, 'relationships').get(id);
    const s = isEntityMap(rel) ? rel.get('source') : undefined;
    const t = isEntityMap(rel) ? rel.get('target') : undefined;
    const goneRels = new Set(typeof s === 'string' && typeof t === 'string' ? relationshipsBetween(doc, s, t) : []);
    goneRels.add(id);
    for (const [exId, ex] of entitiesOf(doc, 'exchanges')) {
      const relId = ex.get('relationshipId');
      if (typeof relId === 'string' && goneRels.has(relId)) root(doc, 'exchanges').delete(exId);
    }
    for (const relId of goneRels) root(doc, 'relationships').delete(relId);
  }, origin);
}
