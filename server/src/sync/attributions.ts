import type { FieldChange } from '@partnermap/shared/doc';
import type { Attribution } from '../storage/store.ts';

/** Longest stored summary of a new value: enough to recognise it, not a copy of the board. */
const MAX_VALUE_CHARS = 200;

/** Fields not worth telling people about: an agency dragged on the map. */
const UNTOLD = new Set(['position']);

/**
 * Who changed what in one transaction, as rows to store beside the update: one per entity and
 * field (the last value if a field changed twice), positions left out.
 */
export function attributionsOf(changes: readonly FieldChange[], name: string, at: Date): Attribution[] {
  const rows = new Map<string, Attribution>();
  const when = at.toISOString();
  for (const c of changes) {
    if (UNTOLD.has(c.field)) continue;
    rows.set(`${c.id}\u0000${c.field}`, { entityId: c.id, field: c.field, value: summarise(c.value), name, at: when });
  }
  return [...rows.values()];
}

function summarise(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}
