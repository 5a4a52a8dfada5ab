import type * as Y from 'yjs';
import { AgencySchema, type Agency } from '../model/agency.ts';
import type { BoardMeta } from '../model/board.ts';
import { ExchangeSchema, type Exchange } from '../model/exchange.ts';
import { GoalSchema, type Goal } from '../model/goal.ts';
import { PartnershipSchema, type Partnership } from '../model/partnership.ts';
import { RelationshipSchema, type Relationship } from '../model/relationship.ts';
import { metaMap, reviewMap, root, type BoardDoc, type RootName } from './boardDoc.ts';
import { yDocOf } from './brand.ts';
import { byId, linkExchanges, linkPartnerships, linkRelationships, type LinkedRelationships } from './linkBoard.ts';
import type { BoardReading } from './readBoard.ts';
import { readEntry, type BoardProblem, type EntitySchema } from './readEntry.ts';
import { readMeta } from './readMeta.ts';

/**
 * The board kept read as it changes: equal to `readBoard(doc)` at every moment, but a change
 * re-reads and re-validates only the entities it touched, and everything it did not touch keeps
 * its object (so a view can skip what is the same). One per doc, for the doc's lifetime.
 */
export interface LiveBoard {
  /** The current reading; the same object until something on the board changes. */
  read(): BoardReading;
  /** Called once after each transaction that changed the board (local, remote or undo). */
  subscribe(onChange: () => void): () => void;
}

/** One root's entries as last read: readable ones by id and sorted, the others as problems. */
class RootReading<T extends { id: string }> {
  readonly values = new Map<string, T>();
  readonly unreadable = new Map<string, string>();
  sorted: T[] = [];
  problems: BoardProblem[] = [];
  /** Ids touched since the last read; `all` after a change that cannot be pinned to ids. */
  readonly dirty = new Set<string>();

  constructor(
    readonly name: RootName,
    private readonly schema: EntitySchema<T>,
    readonly map: Y.Map<unknown>,
  ) {
    map.forEach((_, id) => this.dirty.add(id));
  }

  /** Re-reads the touched entries; tells whether the sorted list, or its set of ids, changed. */
  refresh(): { changed: boolean; idsChanged: boolean } {
    if (this.dirty.size === 0) return { changed: false, idsChanged: false };
    let idsChanged = false;
    let problemsChanged = false;
    const changedIds: string[] = [];
    for (const id of this.dirty) {
      const had = this.values.get(id);
      const hadProblem = this.unreadable.get(id);
      const read = this.map.has(id) ? readEntry(id, this.map.get(id), this.schema) : undefined;
      if (read?.ok) {
        if (hadProblem !== undefined) {
          this.unreadable.delete(id);
          problemsChanged = true;
        }
        if (had && sameJson(had, read.value)) continue;
        this.values.set(id, read.value);
        idsChanged ||= !had;
        changedIds.push(id);
        continue;
      }
      if (had) {
        this.values.delete(id);
        idsChanged = true;
        changedIds.push(id);
      }
      const message = read?.message;
      if (message !== hadProblem) {
        problemsChanged = true;
        if (message === undefined) this.unreadable.delete(id);
        else this.unreadable.set(id, message);
      }
    }
    this.dirty.clear();
    if (problemsChanged) this.problems = this.listProblems();
    if (changedIds.length) this.sorted = this.resort(changedIds);
    return { changed: changedIds.length > 0, idsChanged };
  }

  /** In the order the root map holds the entries, as readBoard lists them. */
  private listProblems(): BoardProblem[] {
    if (this.unreadable.size === 0) return [];
    const out: BoardProblem[] = [];
    this.map.forEach((_, id) => {
      const message = this.unreadable.get(id);
      if (message !== undefined) out.push({ entity: this.name, id, message, kind: 'unreadable' });
    });
    return out;
  }

  /** A new sorted list: the few changed entries placed by binary search, or all sorted again. */
  private resort(changedIds: readonly string[]): T[] {
    if (changedIds.length > 32 && changedIds.length * 8 > this.sorted.length) {
      return [...this.values.values()].sort(byId);
    }
    const out = this.sorted.slice();
    for (const id of changedIds) {
      const at = indexOf(out, id);
      const value = this.values.get(id);
      const present = at < out.length && out[at]?.id === id;
      if (value && present) out[at] = value;
      else if (value) out.splice(at, 0, value);
      else if (present) out.splice(at, 1);
    }
    return out;
  }
}

/** Where `id` is, or would go, in a list sorted by id. */
function indexOf(sorted: readonly { id: string }[], id: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as { id: string }).id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const live = new WeakMap<BoardDoc, LiveBoard>();

/** The live reading of a doc, made on first use and kept (observing the doc) while the doc lives. */
export function liveBoard(doc: BoardDoc): LiveBoard {
  let board = live.get(doc);
  if (!board) {
    board = openLiveBoard(doc);
    live.set(doc, board);
  }
  return board;
}

function openLiveBoard(doc: BoardDoc): LiveBoard {
  const goals = new RootReading<Goal>('goals', GoalSchema, root(doc, 'goals'));
  const agencies = new RootReading<Agency>('agencies', AgencySchema, root(doc, 'agencies'));
  const relationships = new RootReading<Relationship>('relationships', RelationshipSchema, root(doc, 'relationships'));
  const exchanges = new RootReading<Exchange>('exchanges', ExchangeSchema, root(doc, 'exchanges'));
  const partnerships = new RootReading<Partnership>('partnerships', PartnershipSchema, root(doc, 'partnerships'));
  const roots = [goals, agencies, relationships, exchanges, partnerships];
  let metaDirty = true;
  let changedSinceNotice = false;
  const listeners = new Set<() => void>();

  for (const reading of roots) {
    reading.map.observeDeep((events) => {
      changedSinceNotice = true;
      for (const event of events) {
        if (event.target === reading.map) for (const id of (event as Y.YMapEvent<unknown>).keysChanged) reading.dirty.add(id);
        else reading.dirty.add(String(event.path[0]));
      }
    });
  }
  for (const map of [metaMap(doc), reviewMap(doc)]) {
    map.observeDeep(() => {
      metaDirty = true;
      changedSinceNotice = true;
    });
  }
  // Once per transaction, after every observer has marked what it touched.
  yDocOf(doc).on('afterTransaction', () => {
    if (!changedSinceNotice) return;
    changedSinceNotice = false;
    for (const listener of listeners) listener();
  });

  let meta: BoardMeta | undefined;
  let metaProblems: BoardProblem[] = [];
  let linkedRelationships: LinkedRelationships | undefined;
  let linkedExchanges: ReturnType<typeof linkExchanges> | undefined;
  let linkedPartnerships: ReturnType<typeof linkPartnerships> | undefined;
  let reading: BoardReading | undefined;

  function refresh(): BoardReading {
    let changed = reading === undefined;
    if (metaDirty) {
      metaDirty = false;
      const problems: BoardProblem[] = [];
      const fresh = readMeta(doc, problems);
      if (!meta || !sameJson(meta, fresh)) {
        meta = fresh;
        changed = true;
      }
      if (!sameJson(metaProblems, problems)) {
        metaProblems = problems;
        changed = true;
      }
    }
    const goalsRead = goals.refresh();
    const agenciesRead = agencies.refresh();
    const relationshipsRead = relationships.refresh();
    const exchangesRead = exchanges.refresh();
    const partnershipsRead = partnerships.refresh();
    const links = goalsRead.idsChanged || agenciesRead.idsChanged;
    if (!linkedRelationships || relationshipsRead.changed || links) {
      linkedRelationships = linkRelationships(relationships.sorted, agencies.values, goals.values);
      linkedExchanges = undefined;
    }
    if (!linkedExchanges || exchangesRead.changed) {
      linkedExchanges = linkExchanges(exchanges.sorted, linkedRelationships);
    }
    if (!linkedPartnerships || partnershipsRead.changed || links) {
      linkedPartnerships = linkPartnerships(partnerships.sorted, agencies.values, goals.values);
    }
    const problems = [
      metaProblems,
      ...roots.slice(0, 3).map((r) => r.problems),
      linkedRelationships.problems,
      exchanges.problems,
      linkedExchanges.problems,
      partnerships.problems,
      linkedPartnerships.problems,
    ].flat();
    const board = {
      meta: meta as BoardMeta,
      goals: goals.sorted,
      agencies: agencies.sorted,
      relationships: linkedRelationships.relationships,
      exchanges: linkedExchanges.exchanges,
      partnerships: linkedPartnerships.partnerships,
    };
    if (!changed && reading && sameLists(reading, board, problems)) return reading;
    reading = { board, problems };
    return reading;
  }

  return {
    read: refresh,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

/** Whether a fresh reading holds the very same lists as the last (nothing a view would see changed). */
function sameLists(last: BoardReading, board: BoardReading['board'], problems: BoardProblem[]): boolean {
  const a = last.board;
  return (
    a.goals === board.goals &&
    a.agencies === board.agencies &&
    a.relationships === board.relationships &&
    a.exchanges === board.exchanges &&
    a.partnerships === board.partnerships &&
    last.problems.length === problems.length &&
    last.problems.every((p, i) => p === problems[i])
  );
}
