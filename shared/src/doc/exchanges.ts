import { ExchangeSchema, createExchange, type ExchangeFields } from '../model/exchange.ts';
import { flowsAlong } from '../model/relationship.ts';
import { entityOrThrow, newId, parsePatch, patchEntity, root, toEntityMap, transact, type BoardDoc } from './boardDoc.ts';
import type { Origin } from './origins.ts';

const ExchangePatchSchema = ExchangeSchema.pick({ currency: true, description: true }).partial();

/** Adds "`from` gives `to` <currency>: <description>" along a relationship between the two. */
export function addExchange(doc: BoardDoc, fields: ExchangeFields, origin?: Origin, id: string = newId()): string {
  const exchange = createExchange(id, fields);
  const rel = entityOrThrow(doc, 'relationships', exchange.relationshipId);
  const ends = { source: String(rel.get('source')), target: String(rel.get('target')) };
  if (!flowsAlong(ends, exchange)) {
    throw new Error('An exchange must flow between the two agencies of its relationship');
  }
  transact(doc, () => root(doc, 'exchanges').set(id, toEntityMap(exchange, 'exchanges')), origin);
  return id;
}

export function updateExchange(
  doc: BoardDoc,
  id: string,
  patch: Partial<Pick<ExchangeFields, 'currency' | 'description'>>,
  origin?: Origin,
): void {
  const valid = parsePatch(ExchangePatchSchema, patch);
  transact(doc, () => patchEntity(entityOrThrow(doc, 'exchanges', id), valid, 'exchanges'), origin);
}

export function removeExchange(doc: BoardDoc, id: string, origin?: Origin): void {
  transact(doc, () => root(doc, 'exchanges').delete(id), origin);
}
