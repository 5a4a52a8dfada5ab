import { readBoard, readSummary, type BoardReading, type BoardSummary } from '@partnermap/shared/doc';
import { CloseCode, type CloseCodeValue } from '@partnermap/shared/protocol';
import type { Connection } from './connection.ts';
import { readStoredPieces } from './loadBoard.ts';
import { Room, type RoomDeps } from './room.ts';
import { StoredState } from './storedState.ts';

/** How long a board's build waits for its joiners to ask (one round trip after they are let in) and be answered from its stored bytes. */
const EARLY_ANSWER_WAIT_MS = 500;

/** A connection that can be answered from a board's stored bytes while its doc is built. */
export interface EarlyJoiner {
  /** The board's stored bytes are read (called only while the board is loading). */
  onStored(state: StoredState): void;
  /** Whether it was sent the stored board. */
  answered(): boolean;
}

/**
 * The boards loaded in memory. A board is loaded on its first connection and unloaded a
 * little after its last one leaves, once everything it received is stored.
 */
export class Rooms {
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly loadedRooms = new Map<string, Room>();
  /** Boards being written out: a new load waits for them so it sees every stored update. */
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Connections waiting for their board to load: not in a room yet, but closed with it all the same. */
  private readonly joining = new Map<string, Set<Connection>>();
  /** Boards being loaded whose stored bytes are (being) read: joiners are answered from them. */
  private readonly storedStates = new Map<string, Promise<StoredState | undefined>>();

  constructor(
    private readonly deps: RoomDeps,
    private readonly unloadAfterMs: number,
  ) {}

  /**
   * Adds a connection to its board's room, loading the board if needed; while it loads, `early`
   * is given the stored bytes to answer from. The connection may be refused (see Room.add).
   */
  async join(conn: Connection, early?: EarlyJoiner): Promise<Room> {
    const pending = this.get(conn.boardId);
    const stored = this.storedStates.get(conn.boardId);
    if (early && stored) {
      void stored.then((state) => {
        if (state) early.onStored(state);
      });
    }
    const waiting = this.joining.get(conn.boardId) ?? new Set<Connection>();
    this.joining.set(conn.boardId, waiting.add(conn));
    let room: Room;
    try {
      room = await pending;
    } finally {
      waiting.delete(conn);
      if (waiting.size === 0 && this.joining.get(conn.boardId) === waiting) this.joining.delete(conn.boardId);
    }
    this.cancelUnload(conn.boardId);
    room.add(conn, early?.answered() ?? false);
    return room;
  }

  leave(room: Room, conn: Connection): void {
    room.remove(conn);
    if (room.connections.size === 0 && this.loadedRooms.get(room.id) === room) this.scheduleUnload(room);
  }

  /** Boards in memory and the connections joined to them, for /metrics. */
  stats(): { boards: number; connections: number } {
    let connections = 0;
    for (const room of this.loadedRooms.values()) connections += room.connections.size;
    return { boards: this.loadedRooms.size, connections };
  }

  /** Whether the board is in memory here (read from it, it is as current as this instance knows). */
  isLoaded(boardId: string): boolean {
    return this.loaded(boardId) !== undefined;
  }

  connectionCount(boardId: string): number {
    return this.loaded(boardId)?.connections.size ?? 0;
  }

  /** Reads a board, from memory if it is loaded (it may hold edits newer than any snapshot). */
  async read(boardId: string): Promise<BoardReading> {
    const room = await this.get(boardId);
    if (room.connections.size === 0) this.scheduleUnload(room);
    return readBoard(room.doc);
  }

  /** What the home page lists of a board, read from it (loading it if needed). */
  async summary(boardId: string): Promise<BoardSummary> {
    const room = await this.get(boardId);
    if (room.connections.size === 0) this.scheduleUnload(room);
    return readSummary(room.doc);
  }

  /** Works with a board's loaded room (loading it if needed); it unloads later if nobody is on it. */
  async withRoom<T>(boardId: string, work: (room: Room) => Promise<T>): Promise<T> {
    const room = await this.get(boardId);
    try {
      return await work(room);
    } finally {
      if (room.connections.size === 0 && this.loadedRooms.get(boardId) === room) this.scheduleUnload(room);
    }
  }

  /** Disconnects everyone on a board, on every instance, for example after its links were replaced. */
  disconnectAll(boardId: string, code: CloseCodeValue): void {
    this.deps.fanout.publishClose(boardId, code);
    this.loaded(boardId)?.closeAll(code);
    this.closeJoining(boardId, code);
  }

  /** Closes the connections still waiting for a board to load (a load can take a while: see get). */
  private closeJoining(boardId: string, code: CloseCodeValue): void {
    for (const conn of this.joining.get(boardId) ?? []) conn.close(code);
  }

  /** Drops a board from memory at once (it was deleted); other instances disconnect its holders. */
  async evict(boardId: string): Promise<void> {
    this.deps.fanout.publishClose(boardId, CloseCode.BoardGone);
    this.closeJoining(boardId, CloseCode.BoardGone);
    const room = this.loaded(boardId);
    if (!room) return;
    room.closeAll(CloseCode.BoardGone);
    await this.unload(room, { gone: true });
  }

  /** On shutdown, once clients are gone: waits until every accepted update is stored. */
  async closeAll(): Promise<void> {
    const rooms = await Promise.allSettled(this.loading.values());
    for (const r of rooms) {
      if (r.status === 'fulfilled') await this.unload(r.value);
    }
    await Promise.all(this.unloading.values());
  }

  private loaded(boardId: string): Room | undefined {
    return this.loadedRooms.get(boardId);
  }

  private get(boardId: string): Promise<Room> {
    let pending = this.loading.get(boardId);
    if (!pending) {
      const previous = this.unloading.get(boardId) ?? Promise.resolve();
      const pieces = previous.then(() => readStoredPieces(boardId, this.deps.store));
      const stored = pieces.then((read) => new StoredState(read), () => undefined);
      this.storedStates.set(boardId, stored);
      const forget = () => {
        if (this.storedStates.get(boardId) === stored) this.storedStates.delete(boardId);
      };
      pending = stored.then(async (state) => {
        // The joiners' callbacks on `stored` have run by the next turn; the build (which holds
        // the event loop) starts once they are answered.
        await new Promise((resolve) => setImmediate(resolve));
        await state?.answered(EARLY_ANSWER_WAIT_MS);
        return Room.load(boardId, this.deps, (broken) => void this.unload(broken), await pieces);
      }).then(
        (room) => {
          this.loadedRooms.set(boardId, room);
          return room;
        },
        (err: unknown) => {
          // Not cached: the next connection tries again, and nothing was written.
          this.loading.delete(boardId);
          throw err;
        },
      );
      this.loading.set(boardId, pending);
      pending.then(forget, forget);
    }
    return pending;
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room.id);
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.id);
      if (room.connections.size === 0) void this.unload(room);
    }, this.unloadAfterMs);
    timer.unref();
    this.unloadTimers.set(room.id, timer);
  }

  private cancelUnload(boardId: string): void {
    const timer = this.unloadTimers.get(boardId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(boardId);
  }

  private unload(room: Room, { gone = false } = {}): Promise<void> {
    // A broken room is unloaded at once; its last connections leaving must not unload it again.
    if (this.loadedRooms.get(room.id) !== room) return this.unloading.get(room.id) ?? Promise.resolve();
    this.cancelUnload(room.id);
    this.loading.delete(room.id);
    this.loadedRooms.delete(room.id);
    const done = (async () => {
      await room.settled();
      if (!room.isBroken && !gone) {
        await this.deps.store.compactIfNeeded(room.id, room.wholeStoredState(), { evenIfShort: room.rewriteWanted() }).catch((err: unknown) => {
          this.deps.log.error({ err, board: room.id }, 'compaction on unload failed; the update log is kept');
        });
        // What the home page lists, kept for when the board is no longer in memory.
        await this.deps.store.putSummary(room.id, readSummary(room.doc)).catch((err: unknown) => {
          this.deps.log.warn({ err, board: room.id }, 'the board\'s summary could not be kept; the home page will load it');
        });
      }
      room.destroy();
      this.deps.log.debug({ board: room.id }, 'board unloaded');
    })();
    this.unloading.set(room.id, done);
    return done.catch((err: unknown) => {
      this.deps.log.error({ err, board: room.id }, 'unloading a board failed');
    }).finally(() => {
      if (this.unloading.get(room.id) === done) this.unloading.delete(room.id);
    });
  }
}
