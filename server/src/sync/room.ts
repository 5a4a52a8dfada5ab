import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  applyBoardUpdate,
  checkUpdateShape,
  destroyBoardDoc,
  integrateUpdate,
  newBytesIn,
  observeBoard,
  UpdateFailedError,
  type BoardDoc,
} from '@partnermap/shared/doc';
import { CloseCode, type CloseCodeValue } from '@partnermap/shared/protocol';
import type { Fanout } from '../fanout/fanout.ts';
import type { Logger } from '../log.ts';
import type { BoardStore } from '../storage/store.ts';
import type { Connection } from './connection.ts';
import { loadBoard } from './loadBoard.ts';
import { MessageType } from './messages.ts';
import { Presence } from './presence.ts';

export interface RoomDeps {
  store: BoardStore;
  fanout: Fanout;
  log: Logger;
  /** Stored bytes a board may take; an edit past it is refused. No limit if absent. */
  maxBoardBytes?: number;
}

/** Origin of updates that another server instance stored and sent us. */
const FANOUT_ORIGIN = { name: 'fanout' } as const;

/**
 * One loaded board: its doc, its presence, its connections. A client's update is checked,
 * applied, and what the doc integrated is stored before anyone else can receive it.
 */
export class Room {
  readonly presence: Presence;
  readonly connections = new Set<Connection>();
  private queue: Promise<void> = Promise.resolve();
  private compactionScheduled = false;
  private broken = false;
  private readonly stopObserving: () => void;
  private readonly unsubscribeFanout: () => void;

  /**
   * Loads a board; `onBroken` is called when the room must be dropped (a save failed, or the doc
   * may hold what storage does not), so the next connection loads it again from storage.
   */
  static async load(id: string, deps: RoomDeps, onBroken: (room: Room) => void): Promise<Room> {
    const doc = await loadBoard(id, deps.store, deps.log);
    const storedBytes = await deps.store.storedBytes(id).catch((err: unknown) => {
      // The board is readable; only its size is unknown until the next compaction measures it.
      deps.log.warn({ err, board: id }, 'could not measure the stored size of a board');
      return 0;
    });
    return new Room(id, doc, deps, storedBytes, onBroken);
  }

  private constructor(
    readonly id: string,
    readonly doc: BoardDoc,
    private readonly deps: RoomDeps,
    private storedBytes: number,
    private readonly onBroken: (room: Room) => void,
  ) {
    this.presence = new Presence(doc, () => this.connections, deps.log);
    // Only other instances' updates reach the doc outside receiveUpdate; they were stored there.
    this.stopObserving = observeBoard(doc, (origin, update) => {
      if (origin === FANOUT_ORIGIN) this.broadcast(update, null);
    });
    this.unsubscribeFanout = deps.fanout.subscribe(id, (update) => {
      try {
        applyBoardUpdate(doc, update, FANOUT_ORIGIN);
      } catch (err) {
        deps.log.error({ err, board: id }, 'an update from another instance could not be applied');
        this.fail(CloseCode.SaveFailed);
      }
    });
  }

  get isBroken(): boolean {
    return this.broken;
  }

  add(conn: Connection): void {
    this.connections.add(conn);
    conn.greet(this);
  }

  remove(conn: Connection): void {
    if (this.connections.delete(conn)) this.presence.remove(conn);
  }

  /** Queues an update from a client; updates are handled one at a time, in arrival order. */
  receiveUpdate(update: Uint8Array, from: Connection): void {
    this.queue = this.queue
      .then(() => this.integrate(update, from))
      .catch((err: unknown) => {
        this.deps.log.error({ err, board: this.id }, 'an update could not be handled; the board is reloaded from storage');
        this.fail(CloseCode.SaveFailed);
      });
  }

  /** Resolves once everything queued so far is handled: true if it is all stored. */
  whenStored(): Promise<boolean> {
    return this.queue.then(() => !this.broken);
  }

  /** Resolves when every queued update has been handled. */
  settled(): Promise<void> {
    return this.queue;
  }

  closeAll(code: CloseCodeValue): void {
    for (const conn of this.connections) conn.close(code);
  }

  destroy(): void {
    this.unsubscribeFanout();
    this.stopObserving();
    this.presence.destroy();
    destroyBoardDoc(this.doc);
  }

  private async integrate(update: Uint8Array, from: Connection): Promise<void> {
    if (this.broken) return;
    const shape = checkUpdateShape(this.doc, update);
    if (!shape.ok) {
      this.deps.log.warn({ board: this.id, reason: shape.reason }, 'refused an update that does not fit the board');
      return from.close(CloseCode.BadMessage);
    }
    if (shape.empty) return;
    const max = this.deps.maxBoardBytes ?? Infinity;
    // The incoming size bounds what it adds; only near the limit is the exact new part worked out.
    if (this.storedBytes + update.byteLength > max && this.storedBytes + newBytesIn(this.doc, update) > max) {
      this.deps.log.warn({ board: this.id, storedBytes: this.storedBytes }, 'refused an edit past the board size limit');
      return from.close(CloseCode.BoardFull);
    }
    let integrated: Uint8Array[];
    try {
      integrated = integrateUpdate(this.doc, update, from);
    } catch (err) {
      this.deps.log.warn({ board: this.id, reason: (err as Error).message }, 'an update failed to apply; closing its connection');
      from.close(CloseCode.BadMessage);
      // Part of it may be in the doc and nowhere else: drop the room rather than serve that.
      if (!(err instanceof UpdateFailedError) || err.partial) this.fail(CloseCode.SaveFailed);
      return;
    }
    for (const piece of integrated) {
      try {
        await this.deps.store.appendUpdate(this.id, piece);
      } catch (err) {
        this.deps.log.error({ err, board: this.id }, 'could not store an update');
        return this.fail(CloseCode.SaveFailed);
      }
      this.storedBytes += piece.byteLength;
      this.broadcast(piece, from);
      this.deps.fanout.publish(this.id, piece);
    }
    if (integrated.length > 0) this.scheduleCompaction();
  }

  /** Everyone is closed (they reconnect later) and the room is dropped, to load again from storage. */
  private fail(code: CloseCodeValue): void {
    if (this.broken) return;
    this.broken = true;
    this.closeAll(code);
    this.onBroken(this);
  }

  private broadcast(update: Uint8Array, from: Connection | null): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.Sync);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const conn of this.connections) {
      if (conn !== from) conn.send(message);
    }
  }

  private scheduleCompaction(): void {
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    setTimeout(() => {
      this.queue = this.queue.then(async () => {
        this.compactionScheduled = false;
        if (this.broken) return;
        try {
          await this.deps.store.compactIfNeeded(this.id);
          this.storedBytes = await this.deps.store.storedBytes(this.id);
        } catch (err) {
          this.deps.log.error({ err, board: this.id }, 'compaction failed; the update log is kept');
        }
      });
    }, 1000).unref();
  }
}
