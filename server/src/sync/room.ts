import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import {
  applyBoardUpdate,
  migrateDoc,
  observeBoard,
  openBoardDoc,
  LOAD_ORIGIN,
  type BoardDoc,
} from '@partnermap/shared/doc';
import { CloseCode, type CloseCodeValue } from '@partnermap/shared/protocol';
import type { Fanout } from '../fanout/fanout.ts';
import type { Logger } from '../log.ts';
import type { BoardStore } from '../storage/store.ts';
import { awarenessMessage, type Connection } from './connection.ts';
import { MessageType } from './messages.ts';

export interface RoomDeps {
  store: BoardStore;
  fanout: Fanout;
  log: Logger;
}

/** Origin of updates that another server instance stored and sent us. */
const FANOUT_ORIGIN = { name: 'fanout' } as const;

export class BoardLoadError extends Error {}

/**
 * One loaded board: its doc, its presence, its connections. Every accepted update is stored
 * before it is applied, and so before anyone else can receive it.
 */
export class Room {
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  private queue: Promise<void> = Promise.resolve();
  private compactionScheduled = false;
  private broken = false;
  private readonly stopObserving: () => void;
  private readonly unsubscribeFanout: () => void;

  /** Loads a board from storage. A board that cannot be read is refused, never served empty. */
  static async load(id: string, deps: RoomDeps): Promise<Room> {
    let updates: Uint8Array[];
    const doc = openBoardDoc();
    try {
      updates = await deps.store.loadUpdates(id);
      if (updates.length === 0) throw new Error('no stored state');
      for (const update of updates) applyBoardUpdate(doc, update, LOAD_ORIGIN);
    } catch (err) {
      doc.destroy();
      throw new BoardLoadError(`board ${id} could not be loaded: ${(err as Error).message}`);
    }
    const migration: Uint8Array[] = [];
    const stop = observeBoard(doc, (_origin, update) => migration.push(update));
    try {
      migrateDoc(doc);
    } catch (err) {
      doc.destroy();
      throw new BoardLoadError((err as Error).message);
    } finally {
      stop();
    }
    for (const update of migration) await deps.store.appendUpdate(id, update);
    return new Room(id, doc, deps);
  }

  private constructor(
    readonly id: string,
    readonly doc: BoardDoc,
    private readonly deps: RoomDeps,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwareness);
    this.stopObserving = observeBoard(doc, (origin, update) => this.onDocUpdate(update, origin));
    this.unsubscribeFanout = deps.fanout.subscribe(id, (update) => applyBoardUpdate(doc, update, FANOUT_ORIGIN));
  }

  add(conn: Connection): void {
    this.connections.add(conn);
    conn.greet(this);
  }

  remove(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    if (conn.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessClients], null);
    }
  }

  /** Queues an update from a client: stored, then applied (which forwards it to the others). */
  receiveUpdate(update: Uint8Array, from: Connection): void {
    this.queue = this.queue.then(async () => {
      if (this.broken) return;
      try {
        await this.deps.store.appendUpdate(this.id, update);
      } catch (err) {
        this.deps.log.error({ err, board: this.id }, 'could not store an update');
        this.fail(CloseCode.SaveFailed);
        return;
      }
      applyBoardUpdate(this.doc, update, from);
      this.scheduleCompaction();
    });
  }

  /** Resolves when every queued update has been stored and applied. */
  settled(): Promise<void> {
    return this.queue;
  }

  closeAll(code: CloseCodeValue): void {
    for (const conn of this.connections) conn.close(code);
  }

  destroy(): void {
    this.unsubscribeFanout();
    this.stopObserving();
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private fail(code: CloseCodeValue): void {
    this.broken = true;
    this.closeAll(code);
  }

  private scheduleCompaction(): void {
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    setTimeout(() => {
      this.queue = this.queue.then(async () => {
        this.compactionScheduled = false;
        try {
          await this.deps.store.compactIfNeeded(this.id);
        } catch (err) {
          this.deps.log.error({ err, board: this.id }, 'compaction failed; the update log is kept');
        }
      });
    }, 1000).unref();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const conn of this.connections) {
      if (conn !== origin) conn.send(message);
    }
    if (origin !== FANOUT_ORIGIN) this.deps.fanout.publish(this.id, update);
  };

  private readonly onAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...change.added, ...change.updated, ...change.removed];
    const conn = origin as Connection;
    if (this.connections.has(conn)) {
      for (const id of change.added) conn.awarenessClients.add(id);
      for (const id of change.removed) conn.awarenessClients.delete(id);
    }
    const message = awarenessMessage(this.awareness, changed);
    for (const c of this.connections) c.send(message);
  };
}
