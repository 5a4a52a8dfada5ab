import * as Y from 'yjs';
import { ROOTS, metaMap } from './boardDoc.ts';
import { yDocOf, type BoardDoc } from './brand.ts';
import { CURRENT_SCHEMA_VERSION } from './migrations.ts';

/** What the check says about an update from the network, before it touches the room's doc. */
export type UpdateShape = { ok: true; empty: boolean } | { ok: false; reason: string };

/** Meta fields a client may write; `schemaVersion` belongs to the server's migrations. */
const CLIENT_META_FIELDS = new Set(['title', 'definition']);
const ENTITY_ROOTS: ReadonlySet<string> = new Set(ROOTS);
/** Roots whose entries are maps of plain fields: the entities, and the review answers (schema 2). */
const MAP_ROOTS: ReadonlySet<string> = new Set([...ROOTS, 'review']);

/**
 * Where an item sits: directly in a root map, or as a field of an entity map. `pending` means a
 * dependency is missing (Yjs holds such items back and the server drops them, see integrate.ts);
 * `gone` means its parent was garbage-collected, so Yjs discards it.
 */
type Place =
  | { kind: 'root'; root: string; key: string | null }
  | { kind: 'field'; root: string; key: string | null }
  | { kind: 'pending' }
  | { kind: 'gone' };

type Struct = Y.Item | Y.GC | Y.Skip;

class Refused extends Error {}

/**
 * The board's shape allows one level of Y.Map (an entity, or a review answer) under an entity root
 * or `review`, plain values in their fields, and `meta.title`/`meta.definition` as strings. Anything else is
 * refused before it is applied: it costs one decode and a lookup per struct, however deep the
 * nesting an attacker sends (the second level of maps is refused at once).
 */
export function checkUpdateShape(doc: BoardDoc, update: Uint8Array): UpdateShape {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (err) {
    return { ok: false, reason: `not a Yjs update: ${(err as Error).message}` };
  }
  const { structs, ds } = decoded;
  try {
    const places = new Places(doc, structs as Struct[]);
    for (const struct of structs) {
      if (struct instanceof Y.Item) checkItem(struct, places.of(struct));
    }
    checkDeletes(doc, ds);
  } catch (err) {
    // Anything else thrown here comes from bytes Yjs could not make sense of: refused as well,
    // and the doc is untouched.
    return { ok: false, reason: err instanceof Refused ? err.message : `unreadable update: ${(err as Error).message}` };
  }
  return { ok: true, empty: structs.length === 0 && ds.clients.size === 0 };
}

function checkItem(item: Y.Item, place: Place): void {
  if (place.kind === 'pending' || place.kind === 'gone') return;
  const { content } = item;
  // A deleted item is what an overwritten value looks like in a sync; it is fine where a value is.
  const deleted = content instanceof Y.ContentDeleted;
  if (place.key === null) throw new Refused(`list content in ${place.root}, which is a map`);
  if (place.kind === 'field') {
    if (!deleted && !isPlainValues(content)) throw new Refused(`${place.root} field "${place.key}" holds more than a plain value`);
    return;
  }
  if (ENTITY_ROOTS.has(place.root)) {
    if (!deleted && !isMap(content)) {
      throw new Refused(`${place.root} entry "${place.key}" is not a map`);
    }
    return;
  }
  if (place.root === 'meta') {
    if (place.key === 'schemaVersion') {
      // A browser's copy restoring a board carries the version it was made at: harmless if current.
      // A deleted entry placed last would hide the version, so it is refused like any other write.
      if (isSingleValue(content) && content.arr[0] === CURRENT_SCHEMA_VERSION) return;
      throw new Refused('meta.schemaVersion is written only by the server');
    }
    if (!CLIENT_META_FIELDS.has(place.key)) throw new Refused(`unknown meta field "${place.key}"`);
    if (!deleted && !isStrings(content)) throw new Refused(`meta.${place.key} is not a string`);
    return;
  }
  if (place.root === 'review') {
    // An answer is a map of its fields; a peer from before schema 2 still writes it as a string.
    if (!deleted && !isStrings(content) && !isMap(content)) {
      throw new Refused(`review answer "${place.key}" is neither a map nor a string`);
    }
    return;
  }
  throw new Refused(`unknown root "${place.root}"`);
}

function isMap(content: Y.Item['content']): boolean {
  return content instanceof Y.ContentType && content.type.constructor === Y.Map;
}

function isSingleValue(content: Y.Item['content']): content is Y.ContentAny {
  return content instanceof Y.ContentAny && content.arr.length === 1;
}

/**
 * Plain values, one or several: values a client overwrote but still keeps (its undo history holds
 * them) stay in its updates as content, and Yjs merges a run of them into one item.
 */
function isPlainValues(content: Y.Item['content']): content is Y.ContentAny {
  return content instanceof Y.ContentAny;
}

function isStrings(content: Y.Item['content']): boolean {
  return isPlainValues(content) && content.arr.every((v) => typeof v === 'string');
}

/**
 * Deleting the stored schema version would make the next load migrate the board again. An empty
 * range is never sent by Yjs and makes it throw midway when the range waits for its items.
 */
function checkDeletes(doc: BoardDoc, ds: ReturnType<typeof Y.decodeUpdate>['ds']): void {
  for (const ranges of ds.clients.values()) {
    if (ranges.some((r) => r.len <= 0)) throw new Refused('an empty delete range');
  }
  const version = metaMap(doc)._map.get('schemaVersion');
  if (!version) return;
  const ranges = ds.clients.get(version.id.client) ?? [];
  if (ranges.some((r) => r.clock <= version.id.clock && version.id.clock < r.clock + r.len)) {
    throw new Refused('meta.schemaVersion is written only by the server');
  }
}

/** Resolves each item's place from the update itself or, for what it refers to, the room's doc. */
class Places {
  /** Per client, in clock order (as an update lists them), for binary search. */
  private readonly byClient = new Map<number, Struct[]>();
  private readonly inUpdate: Set<Struct>;
  private readonly known = new Map<Struct, Place>();

  constructor(
    private readonly doc: BoardDoc,
    structs: Struct[],
  ) {
    this.inUpdate = new Set(structs);
    for (const s of structs) {
      const list = this.byClient.get(s.id.client);
      const last = list?.at(-1);
      // Yjs keeps only the last run of a client listed twice; then what we check is not what it applies.
      if (last && s.id.clock < last.id.clock + last.length) throw new Refused('a client is listed twice');
      if (list) list.push(s);
      else this.byClient.set(s.id.client, [s]);
    }
  }

  /**
   * Iterative over chains of neighbours, so a long chain cannot exhaust the stack; recursion
   * over parents stops at the depth the board allows, so deep nesting costs nothing more.
   */
  of(item: Y.Item, depth = 0): Place {
    if (depth > 2) throw new Refused('nested deeper than the board allows');
    const chain = new Set<Y.Item>();
    let current: Y.Item = item;
    let place = this.known.get(current);
    while (!place) {
      chain.add(current);
      const step = this.step(current, depth);
      if ('place' in step) place = step.place;
      else {
        current = step.next;
        place = this.known.get(current);
        if (chain.has(current)) throw new Refused('an item refers to itself');
      }
    }
    for (const c of chain) this.known.set(c, place);
    return place;
  }

  /** One step: the item's place if its parent is explicit, else the item it sits next to. */
  private step(item: Y.Item, depth: number): { place: Place } | { next: Y.Item } {
    for (const ref of [item.origin, item.rightOrigin, item.parent instanceof Y.ID ? item.parent : null]) {
      if (ref && ref.client === item.id.client && ref.clock >= item.id.clock) {
        throw new Refused('an item refers to a later part of its own client');
      }
    }
    if (typeof item.parent === 'string') return { place: { kind: 'root', root: item.parent, key: item.parentSub } };
    if (item.parent instanceof Y.ID) {
      const parent = this.find(item.parent);
      if (parent === 'pending' || parent === 'gone') return { place: { kind: parent } };
      const parentPlace = this.inUpdate.has(parent) ? this.of(parent, depth + 1) : docPlace(this.doc, parent);
      return { place: childPlace(parent, parentPlace, item.parentSub) };
    }
    const neighbour = item.origin ?? item.rightOrigin;
    if (!neighbour) throw new Refused('an item has neither a parent nor a neighbour');
    const found = this.find(neighbour);
    if (found === 'pending' || found === 'gone') return { place: { kind: found } };
    if (this.inUpdate.has(found)) return { next: found };
    return { place: docPlace(this.doc, found) };
  }

  /** The struct holding `id`: from this update first, then from the doc. */
  private find(id: Y.ID): Y.Item | 'pending' | 'gone' {
    const local = search(this.byClient.get(id.client) ?? [], id.clock);
    const found = local ?? (Y.getState(yDocOf(this.doc).store, id.client) > id.clock ? Y.getItem(yDocOf(this.doc).store, id) : undefined);
    if (!found || found instanceof Y.Skip) return 'pending';
    return found instanceof Y.Item ? found : 'gone';
  }
}

function search(structs: Struct[], clock: number): Struct | undefined {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = structs[mid]!;
    if (clock < s.id.clock) high = mid - 1;
    else if (clock >= s.id.clock + s.length) low = mid + 1;
    else return s;
  }
  return undefined;
}

function childPlace(parent: Y.Item, parentPlace: Place, key: string | null): Place {
  if (parentPlace.kind === 'pending' || parentPlace.kind === 'gone') return parentPlace;
  if (parent.content instanceof Y.ContentDeleted) return { kind: 'gone' };
  if (!(parent.content instanceof Y.ContentType)) throw new Refused('an item is placed inside a plain value');
  if (parentPlace.kind === 'field') throw new Refused(`nested deeper than a ${parentPlace.root} field allows`);
  if (!MAP_ROOTS.has(parentPlace.root)) throw new Refused(`an item inside a map in ${parentPlace.root}, which holds no entities`);
  return { kind: 'field', root: parentPlace.root, key };
}

/** An item already integrated in the doc: its parent type tells where it sits. */
function docPlace(doc: BoardDoc, item: Y.Item): Place {
  const parent = item.parent;
  if (!(parent instanceof Y.AbstractType)) return { kind: 'gone' };
  if (parent._item === null) return { kind: 'root', root: rootName(doc, parent), key: item.parentSub };
  const grandparent = parent._item.parent;
  if (grandparent instanceof Y.AbstractType && grandparent._item === null) {
    return { kind: 'field', root: rootName(doc, grandparent), key: item.parentSub };
  }
  throw new Refused('an item refers to content nested deeper than the board allows');
}

function rootName(doc: BoardDoc, type: Y.AbstractType<unknown>): string {
  for (const [name, t] of yDocOf(doc).share) if (t === type) return name;
  return '';
}
