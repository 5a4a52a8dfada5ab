import * as Y from 'yjs';
import { ROOTS, isEntityMap, root, type RootName } from './boardDoc.ts';
import { yDocOf, type BoardDoc } from './brand.ts';
import { LOCAL_ORIGIN } from './origins.ts';

/**
 * Noticing when this person's work was lost to a colleague's concurrent edit, so that they can be
 * told and copy it back, instead of it vanishing silently.
 *
 * Two kinds of loss:
 * - text: this person wrote a text field (an agency's name, a relationship's notes...) and a
 *   colleague, without having seen that text, wrote the same field; their write won the merge.
 *   A colleague who saw the text and then changed it is ordinary editing, not a loss.
 * - dropped: a relationship or exchange this person added (typically offline) refers to an agency
 *   or relationship a colleague removed meanwhile, so the board no longer shows it.
 */

/** The text fields of each kind of entity, and of the board itself ('meta'). */
const TEXT_FIELDS: Record<RootName | 'meta', readonly string[]> = {
  agencies: ['name', 'description', 'contact'],
  relationships: ['notes'],
  exchanges: ['description'],
  partnerships: ['name', 'description'],
  goals: ['outcome'],
  meta: ['title', 'definition'],
};

export type Overwrite =
  | {
      kind: 'text';
      /** Where the field is: 'meta' for the board's own fields (id is then ''). */
      root: RootName | 'meta';
      id: string;
      field: string;
      /** This person's text, lost. */
      lost: string;
      /** What the field holds now. */
      now: string;
      /** The doc client id of the colleague whose write won; presence maps it to a name. */
      by: number;
    }
  | {
      kind: 'dropped';
      root: 'relationships' | 'exchanges';
      id: string;
      /** What was added, as plain fields (names read when it was added), to describe and copy. */
      lost: Record<string, unknown>;
      /** The ids it refers to that are gone. */
      missing: string[];
    };

interface OwnText {
  item: Y.ID;
  value: string;
}

/** The entity (root name and id) a Y.Map is, or 'meta' for the board's meta map. */
// oxlint-disable-next-line typescript/no-explicit-any -- Yjs types its shared types by their event type, which varies
function whereIs(doc: Y.Doc, type: Y.AbstractType<any>): { root: RootName | 'meta'; id: string } | undefined {
  if (type === doc.getMap('meta')) return { root: 'meta', id: '' };
  const parent = type.parent;
  const key = type._item?.parentSub;
  if (!parent || typeof key !== 'string') return undefined;
  const name = ROOTS.find((r) => doc.getMap(r) === parent);
  return name ? { root: name, id: key } : undefined;
}

/** The item that holds a map key's current value (Yjs keeps one item per write). */
function currentItem(map: Y.Map<unknown>, key: string): Y.Item | undefined {
  const item = map._map.get(key);
  return item && !item.deleted ? item : undefined;
}

const sameId = (a: Y.ID | null, b: Y.ID) => !!a && a.client === b.client && a.clock === b.clock;

/**
 * Whether the write held by `item` was made by someone who had seen `ours`: each write to a map
 * key records the write it replaced (its origin), so the chain of origins is what its writer saw.
 */
function sawOurs(doc: Y.Doc, item: Y.Item, ours: Y.ID): boolean {
  let at: Y.Item | undefined = item;
  for (let steps = 0; at && steps < 10_000; steps++) {
    if (sameId(at.id, ours)) return true;
    const origin: Y.ID | null = at.origin;
    if (!origin) return false;
    // Older than our write on our own client: the chain has passed below it without meeting it.
    if (origin.client === ours.client && origin.clock < ours.clock) return false;
    const next = Y.getItem(doc.store, origin);
    at = next instanceof Y.Item ? next : undefined;
  }
  return false;
}

function plainEntity(map: Y.Map<unknown>): Record<string, unknown> {
  return Object.fromEntries([...map.entries()].map(([k, v]) => [k, v instanceof Y.AbstractType ? v.toJSON() : v]));
}

/**
 * Watches a board for this person's work lost to colleagues' edits and calls `onLost` once per
 * loss. Only edits made through this doc after the watch starts count as this person's.
 */
export function watchOverwrites(board: BoardDoc, onLost: (loss: Overwrite) => void): () => void {
  const doc = yDocOf(board);
  const own = new Map<Y.Map<unknown>, Map<string, OwnText>>();
  /** Relationships and exchanges added here, with what they were when added. */
  const added = new Map<string, { root: 'relationships' | 'exchanges'; lost: Record<string, unknown> }>();

  const nameOf = (agencyId: unknown) => {
    const a = typeof agencyId === 'string' ? root(board, 'agencies').get(agencyId) : undefined;
    return isEntityMap(a) ? String(a.get('name') ?? '') : '';
  };

  const recordLocal = (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) {
      if (!(type instanceof Y.Map)) continue;
      const where = whereIs(doc, type);
      if (where) {
        for (const key of keys) {
          if (typeof key !== 'string' || !TEXT_FIELDS[where.root].includes(key)) continue;
          const item = currentItem(type, key);
          const value = type.get(key);
          if (!item || typeof value !== 'string') continue;
          const fields = own.get(type) ?? new Map<string, OwnText>();
          fields.set(key, { item: item.id, value });
          own.set(type, fields);
        }
      }
      // A relationship or exchange added here: remember it and the names it joins.
      for (const rootName of ['relationships', 'exchanges'] as const) {
        if (type !== doc.getMap(rootName)) continue;
        for (const key of keys) {
          const entity = typeof key === 'string' ? type.get(key) : undefined;
          if (!isEntityMap(entity) || added.has(key as string)) continue;
          const lost = plainEntity(entity);
          if (rootName === 'relationships') Object.assign(lost, { sourceName: nameOf(lost.source), targetName: nameOf(lost.target) });
          else Object.assign(lost, { fromName: nameOf(lost.from), toName: nameOf(lost.to) });
          added.set(key as string, { root: rootName, lost });
        }
      }
    }
  };

  const checkRemote = (tr: Y.Transaction) => {
    for (const [type, keys] of tr.changed) {
      const fields = type instanceof Y.Map ? own.get(type) : undefined;
      if (!fields) continue;
      const where = whereIs(doc, type);
      for (const key of keys) {
        const mine = typeof key === 'string' ? fields.get(key) : undefined;
        if (!mine || !where || !(type instanceof Y.Map)) continue;
        const item = currentItem(type, key as string);
        if (item && sameId(item.id, mine.item)) continue;
        fields.delete(key as string);
        const now = type.get(key as string);
        if (!item || sawOurs(doc, item, mine.item) || now === mine.value) continue;
        onLost({ kind: 'text', ...where, field: key as string, lost: mine.value, now: typeof now === 'string' ? now : '', by: item.id.client });
      }
    }
    if (added.size === 0) return;
    const has = (name: RootName, id: unknown) => typeof id === 'string' && isEntityMap(root(board, name).get(id));
    for (const [id, entry] of added) {
      if (!has(entry.root, id)) {
        // Removed outright (by this person's undo, or a colleague who saw it): not a silent loss.
        added.delete(id);
        continue;
      }
      const l = entry.lost;
      const refs: [RootName, unknown][] =
        entry.root === 'relationships'
          ? [['agencies', l.source], ['agencies', l.target]]
          : [['relationships', l.relationshipId], ['agencies', l.from], ['agencies', l.to]];
      const missing = refs.filter(([name, ref]) => !has(name, ref)).map(([, ref]) => String(ref));
      if (missing.length === 0) continue;
      added.delete(id);
      onLost({ kind: 'dropped', root: entry.root, id, lost: l, missing });
    }
  };

  const onTransaction = (tr: Y.Transaction) => {
    // The person's own edits and their undo and redo; a migration's or a load's writes are nobody's work.
    if (tr.origin === LOCAL_ORIGIN || tr.origin instanceof Y.UndoManager) recordLocal(tr);
    else if (!tr.local) checkRemote(tr);
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}
