import { AgencySchema, PositionSchema, createAgency, type AgencyFields, type Position } from '../model/agency.ts';
import { entitiesOf, entityOrThrow, isEntityMap, newId, parsePatch, patchEntity, root, toEntityMap, transact, type BoardDoc } from './boardDoc.ts';
import type { Origin } from './origins.ts';

const AgencyPatchSchema = AgencySchema.omit({ id: true }).partial();

export function addAgency(
  doc: BoardDoc,
  fields: Partial<AgencyFields> = {},
  origin?: Origin,
  id: string = newId(),
): string {
  const agency = createAgency(id, fields);
  transact(doc, () => root(doc, 'agencies').set(id, toEntityMap(agency, 'agencies')), origin);
  return id;
}

export function updateAgency(
  doc: BoardDoc,
  id: string,
  patch: Partial<AgencyFields>,
  origin?: Origin,
): void {
  const valid = parsePatch(AgencyPatchSchema, patch);
  transact(doc, () => patchEntity(entityOrThrow(doc, 'agencies', id), valid, 'agencies'), origin);
}

export function moveAgency(doc: BoardDoc, id: string, position: Position, origin?: Origin): void {
  updateAgency(doc, id, { position: { x: Math.round(position.x), y: Math.round(position.y) } }, origin);
}

/**
 * Moves many agencies at once (a tidied map) in one transaction: colleagues receive one update
 * and undo takes the whole move back in one step. Agencies a colleague removed meanwhile are
 * skipped rather than brought back; returns how many moved.
 */
export function moveAgencies(doc: BoardDoc, positions: ReadonlyMap<string, Position>, origin?: Origin): number {
  const valid = [...positions].map(([id, p]) => [id, PositionSchema.parse({ x: Math.round(p.x), y: Math.round(p.y) })] as const);
  let moved = 0;
  transact(doc, () => {
    for (const [id, position] of valid) {
      const agency = root(doc, 'agencies').get(id);
      if (!isEntityMap(agency)) continue;
      patchEntity(agency, { position });
      moved++;
    }
  }, origin);
  return moved;
}

/**
 * Removes an agency with everything that hangs off it, in one transaction: its relationships,
 * their exchanges, and its memberships (a partnership left with no member is dissolved).
 */
export function removeAgency(doc: BoardDoc, id: string, origin?: Origin): void {
  transact(doc, () => {
    const goneRelationships = new Set<string>();
    for (const [relId, rel] of entitiesOf(doc, 'relationships')) {
      if (rel.get('source') === id || rel.get('target') === id) goneRelationships.add(relId);
    }
    for (const relId of goneRelationships) root(doc, 'relationships').delete(relId);
    for (const [exId, ex] of entitiesOf(doc, 'exchanges')) {
      const relId = ex.get('relationshipId');
      if ((typeof relId === 'string' && goneRelationships.has(relId)) || ex.get('from') === id || ex.get('to') === id) {
        root(doc, 'exchanges').delete(exId);
      }
    }
    for (const [pId, p] of entitiesOf(doc, 'partnerships')) {
      const members = p.get('memberIds');
      if (!Array.isArray(members) || !members.includes(id)) continue;
      const rest = members.filter((m) => m !== id);
      if (rest.length === 0) root(doc, 'partnerships').delete(pId);
      else p.set('memberIds', rest);
    }
    root(doc, 'agencies').delete(id);
  }, origin);
}
