import { readBoard, type BoardReading } from '@partnermap/shared/doc';
import { CloseCode, type CloseCodeValue } from '@partnermap/shared/protocol';
import type { Connection } from './connection.ts';
import { Room, type RoomDeps } from './room.ts';

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

  constructor(
    private readonly deps: RoomDeps,
    private readonly unloadAfterMs: number,
  ) {}

  /** Adds a connection to its board's room, loading the board if needed. */
  async join(conn: Connection): Promise<Room> {
    const room = await this.get(conn.boardId);
    this.cancelUnload(conn.boardId);
    room.add(conn);
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

  connectionCount(boardId: string): number {
    return this.loaded(boardId)?.connections.size ?? 0;
  }

  /** Reads a board, from memory if it is loaded (it may hold edits newer than any snapshot). */
  async read(boardId: string): Promise<BoardReading> {
    const room = await this.get(boardId);
    if (room.connections.size === 0) this.scheduleUnload(room);
    return readBoard(room.doc);
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
  }

  /** Drops a board from memory at once (it was deleted); other instances disconnect its holders. */
  async evict(boardId: string): Promise<void> {
    this.deps.fanout.publishClose(boardId, CloseCode.BoardGone);
    const room = this.loaded(boardId);
    if (!room) return;
    room.closeAll(CloseCode.BoardGone);
    await this.unload(room);
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
      pending = previous.then(() => Room.load(boardId, this.deps, (broken) => void this.unload(broken))).then(
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

  private unload(room: Room): Promise<void> {
    // A broken room is unloaded at once; its last connections leaving must not unload it again.
    if (this.loadedRooms.get(room.id) !== room) return this.unloading.get(room.id) ?? Promise.resolve();
    this.cancelUnload(room.id);
    this.loading.delete(room.id);
    this.loadedRooms.delete(room.id);
    const done = (async () => {
      await room.settled();
      if (!room.isBroken) {
        await this.deps.store.compactIfNeeded(room.id).catch((err: unknown) => {
          this.deps.log.error({ err, board: room.id }, 'compaction on unload failed; the update log is kept');
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
