import * as Y from 'yjs';
import { ROOTS, type RootName } from './boardDoc.ts';
import { yDocOf, type BoardDoc } from './brand.ts';

/**
 * One change to one entity, as a transaction left it: a field's new value, or the entity
 * `added` or `removed` (field is then that word and value is null).
 */
export interface FieldChange {
  entity: RootName;
  id: string;
  field: string;
  value: unknown;
}

/**
 * Calls back after each transaction that changed entities, with its origin and the fields it
 * changed, so the server can record who changed what. Values are the plain values stored (a
 * nested Yjs type is reported as null, never walked).
 */
export function observeFieldChanges(
  board: BoardDoc,
  onChange: (origin: unknown, changes: FieldChange[]) => void,
): () => void {
  const doc = yDocOf(board);
  const roots = new Map<unknown, RootName>(ROOTS.map((name) => [doc.getMap<unknown>(name), name]));
  const handler = (tr: Y.Transaction): void => {
    const changes: FieldChange[] = [];
    tr.changed.forEach((keys, type) => {
      const rootName = roots.get(type);
      if (rootName && type instanceof Y.Map) {
        // An entity added or removed (a new entity's own fields are not listed: it is new).
        const map = type;
        for (const id of keys) {
          if (id === null) continue;
          changes.push({ entity: rootName, id, field: map.has(id) ? 'added' : 'removed', value: null });
        }
        return;
      }
      const item = type._item;
      const parentName = item && !item.deleted ? roots.get(item.parent) : undefined;
      if (!parentName || item?.parentSub == null || !(type instanceof Y.Map)) return;
      for (const field of keys) {
        if (field === null) continue;
        const value: unknown = type.get(field);
        changes.push({ entity: parentName, id: item.parentSub, field, value: value instanceof Y.AbstractType ? null : (value ?? null) });
      }
    });
    if (changes.length > 0) onChange(tr.origin, changes);
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
