import {
  PartnershipSchema,
  createPartnership,
  type PartnershipFields,
} from '../model/partnership.ts';
import { entityOrThrow, newId, parsePatch, patchEntity, root, toEntityMap, transact, type BoardDoc } from './boardDoc.ts';
import type { Origin } from './origins.ts';

const PartnershipPatchSchema = PartnershipSchema.omit({ id: true, memberIds: true }).partial();

export function formPartnership(
  doc: BoardDoc,
  memberIds: string[],
  fields: Partial<PartnershipFields> = {},
  origin?: Origin,
  id: string = newId(),
): string {
  const members = [...new Set(memberIds)];
  if (members.length < 1) throw new Error('A partnership needs at least one agency');
  for (const m of members) entityOrThrow(doc, 'agencies', m);
  const partnership = createPartnership(id, members, fields);
  transact(doc, () => root(doc, 'partnerships').set(id, toEntityMap(partnership, 'partnerships')), origin);
  return id;
}

export function updatePartnership(
  doc: BoardDoc,
  id: string,
  patch: Partial<PartnershipFields>,
  origin?: Origin,
): void {
  const valid = parsePatch(PartnershipPatchSchema, patch);
  transact(doc, () => patchEntity(entityOrThrow(doc, 'partnerships', id), valid, 'partnerships'), origin);
}

export function setPartnershipMembers(doc: BoardDoc, id: string, memberIds: string[], origin?: Origin): void {
  const members = [...new Set(memberIds)];
  for (const m of members) entityOrThrow(doc, 'agencies', m);
  transact(doc, () => patchEntity(entityOrThrow(doc, 'partnerships', id), { memberIds: members }), origin);
}

export function dissolvePartnership(doc: BoardDoc, id: string, origin?: Origin): void {
  transact(doc, () => root(doc, 'partnerships').delete(id), origin);
}
