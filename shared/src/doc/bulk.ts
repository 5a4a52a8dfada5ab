import { AgencySchema, type AgencyFields } from '../model/agency.ts';
import { RelationshipSchema, type RelationshipFields } from '../model/relationship.ts';
import { isEntityMap, parsePatch, patchEntity, root, transact, type BoardDoc, type RootName } from './boardDoc.ts';
import type { Origin } from './origins.ts';

const AgencyPatchSchema = AgencySchema.omit({ id: true }).partial();
const RelationshipPatchSchema = RelationshipSchema.omit({ id: true, source: true, target: true }).partial();

/**
 * Sets the same fields on many entities in one transaction: one update sent, one undo step. Those
 * a colleague removed meanwhile are skipped (a bulk edit of 40 rows should not fail for one);
 * the ids actually changed are returned so the caller can say so.
 */
function patchMany(doc: BoardDoc, name: RootName, ids: readonly string[], patch: Record<string, unknown>, origin?: Origin): string[] {
  const done: string[] = [];
  transact(doc, () => {
    for (const id of new Set(ids)) {
      const entity = root(doc, name).get(id);
      if (!isEntityMap(entity)) continue;
      patchEntity(entity, patch, name);
      done.push(id);
    }
  }, origin);
  return done;
}

/** One patch for many agencies, validated once; returns the ids still on the board and changed. */
export function updateAgencies(doc: BoardDoc, ids: readonly string[], patch: Partial<AgencyFields>, origin?: Origin): string[] {
  return patchMany(doc, 'agencies', ids, parsePatch(AgencyPatchSchema, patch), origin);
}

/** One patch for many relationships (only the fields given are written); as updateAgencies. */
export function updateRelationships(
  doc: BoardDoc,
  ids: readonly string[],
  patch: Partial<RelationshipFields>,
  origin?: Origin,
): string[] {
  return patchMany(doc, 'relationships', ids, parsePatch(RelationshipPatchSchema, patch), origin);
}
