import {
  applyBoardUpdate,
  checkUpdateShape,
  destroyBoardDoc,
  integrateUpdate,
  encodeBoard,
  freesRoom,
  newBytesIn,
  newId,
  observeBoard,
  observeRemovals,
  observeFieldChanges,
  restoreBoard,
  RESTORE_ORIGIN,
  UpdateFailedError,
  type BoardDoc,
} from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';
import { CloseCode, type CloseCodeValue } from '@partnermap/shared/protocol';
import type { Fanout } from '../fanout/fanout.ts';
import type { Logger } from '../log.ts';
import type { Attribution, BoardStore, StoredUpdate } from '../storage/store.ts';
import { dailyVersionName, dayOf, versionState } from '../versions/versionState.ts';
import { Connection, type ConnectionRoom } from './connection.ts';
import { attributionsOf } from './attributions.ts';
import { CommitQueue } from './commitQueue.ts';
import { EncodedState } from './encodedState.ts';
import { FramedBatch } from './framedBatch.ts';
import { loadBoard, type LoadedBoard } from './loadBoard.ts';
import { updateMessage } from './messages.ts';
import { Presence } from './presence.ts';
import { EARLY_REWRITE_MS, SizeLimitWatch } from './sizeLimit.ts';
import { bridgePresence, type PresenceBridge } from './remotePresence.ts';

export interface RoomDeps {
  store: BoardStore;
  fanout: Fanout;
  log: Logger;
  /** Stored bytes a board may take; an edit past it is refused. No limit if absent. */
  maxBoardBytes?: number;
  /** Closes the board's connections whose link no longer grants access (after missed fan-out messages). */
  recheckAccess?: (boardId: string) => Promise<void>;
}

interface Incoming {
  update: Uint8Array;
  from: Connection;
}

/** The board was dropped from memory (a failed save) before the server's work on it ran: try again. */
export class RoomGoneError extends Error {
  constructor() {
    super('the board is being reloaded');
  }
}

/** Whether the board already has today's automatic version (kept by any instance). */
async function todaysVersionKept(id: string, deps: RoomDeps): Promise<string | undefined> {
  const now = new Date();
  const name = dailyVersionName(now);
  try {
    const versions = await deps.store.listVersions(id);
    return versions.some((v) => v.auto && v.name === name && dayOf(new Date(v.createdAt)) === dayOf(now)) ? dayOf(now) : undefined;
  } catch (err) {
    deps.log.warn({ err, board: id }, 'could not list the versions of a board; the day\'s version may be kept twice');
    return undefined;
  }
}

/**
 * Batches handed to the store and not yet forwarded, at most: edits that arrive during a flush
 * form a batch that joins the next flush instead of waiting for the one before it to be forwarded,
 * while a slow networked store cannot pile up transactions without end.
 */
const MAX_BATCHES_IN_FLIGHT = 4;

/** Origin of updates that another server instance stored and sent us. */
const FANOUT_ORIGIN = { name: 'fanout' } as const;

/**
 * One loaded board: its doc, its presence, its connections. A client's update is checked,
 * applied, and what the doc integrated is stored before anyone else can receive it; the updates
 * of one event-loop turn share one commit.
 */
export class Room implements ConnectionRoom {
  readonly presence: Presence;
  readonly connections = new Set<Connection>();
  readonly encoded: EncodedState;
  private readonly work: CommitQueue<Incoming>;
  private compactionTimer: NodeJS.Timeout | undefined;
  private compactionAt = 0;
  /** When removals on a board at its size limit call for rewriting the snapshot early. */
  private readonly sizeLimit: SizeLimitWatch;
  private readonly stopWatchingRemovals: () => void;
  private broken = false;
  private readonly stopObserving: () => void;
  private readonly unsubscribeFanout: () => void;
  private readonly remotePresence: PresenceBridge;
  private destroyed = false;
  private readonly stopAttributing: () => void;
  /** Who changed what in the batch being committed, stored with it. */
  private unstoredChanges: Attribution[] = [];
  /** The name given for a change the server is making (a restore). */
  private serverChangeBy: string | undefined;
  /** The UTC day whose automatic "start of the day" version is kept. */
  private versionedDay: string | undefined;
  /** The UTC day whose automatic version a batch in flight is keeping. */
  private versioningDay: string | undefined;
  /** The last batch handed to the store: resolves once it is stored and forwarded (or the room failed). */
  private forwarded: Promise<void> = Promise.resolve();
  /** The forwarding of the batches handed to the store, oldest first (some may have finished). */
  private readonly inFlight: Array<Promise<void>> = [];
  /** Bytes of the batches handed to the store and not yet stored, for the size limit. */
  private inFlightBytes = 0;

  /**
   * Loads a board; `onBroken` is called when the room must be dropped (a save failed, or the doc
   * may hold what storage does not), so the next connection loads it again from storage.
   */
  static async load(id: string, deps: RoomDeps, onBroken: (room: Room) => void, pieces?: StoredUpdate[]): Promise<Room> {
    const loaded = await loadBoard(id, deps.store, deps.log, pieces);
    const storedBytes = await deps.store.storedBytes(id).catch((err: unknown) => {
      // The board is readable; only its size is unknown until the next compaction measures it.
      deps.log.warn({ err, board: id }, 'could not measure the stored size of a board');
      return 0;
    });
    const versionedDay = await todaysVersionKept(id, deps);
    // Built last: from here on (fan-out subscribed) nothing waits before the first joiners are added.
    // What other instances stored since the pieces were read comes when the subscription is
    // confirmed (see RedisFanout), to the joiners too.
    const room = new Room(id, loaded.doc, deps, storedBytes, onBroken, loaded.wholeState, loaded.holdsAllStored);
    room.versionedDay = versionedDay;
    room.sinceStored = loaded.quarantined ? 'lacks-stored' : loaded.migration;
    return room;
  }

  /**
   * What the doc holds beyond the stored bytes it was built from (a migration), for the pages
   * answered from those bytes while it was built; 'lacks-stored' if a piece was quarantined.
   */
  private sinceStored: Uint8Array[] | 'lacks-stored' = [];

  private constructor(
    readonly id: string,
    readonly doc: BoardDoc,
    private readonly deps: RoomDeps,
    private storedBytes: number,
    private readonly onBroken: (room: Room) => void,
    wholeState: LoadedBoard['wholeState'],
    /** False if the doc lacks part of what is stored: it is then never compacted from. */
    private readonly holdsAllStored: boolean,
  ) {
    this.presence = new Presence(doc, () => this.connections, deps.log, (clientId, clock) => this.remotePresence.isEcho(clientId, clock));
    this.encoded = new EncodedState(doc, wholeState);
    this.work = new CommitQueue<Incoming>(
      (batch) => this.commit(batch),
      (err) => {
        this.deps.log.error({ err, board: this.id }, 'updates could not be handled; the board is reloaded from storage');
        this.fail(CloseCode.SaveFailed);
      },
    );
    // Only other instances' updates reach the doc outside receiveUpdate; they were stored there.
    this.stopObserving = observeBoard(doc, (origin, update) => {
      if (origin === FANOUT_ORIGIN) this.broadcast([update]);
    });
    this.sizeLimit = new SizeLimitWatch(deps.maxBoardBytes ?? Infinity, storedBytes);
    // Loaded past its limit, it is rewritten now: removals arriving later (from other instances too)
    // find a rewrite already wanted and would not ask for one.
    if (this.sizeLimit.wanted()) this.scheduleCompaction();
    // Other instances' removals too: they reach this doc, and this instance may be the one refusing.
    this.stopWatchingRemovals = observeRemovals(doc, () => {
      if (this.sizeLimit.removal()) this.scheduleCompaction();
    });
    this.stopAttributing = observeFieldChanges(doc, (origin, changes) => {
      const name = origin instanceof Connection ? this.presence.nameOf(origin) : origin === RESTORE_ORIGIN ? this.serverChangeBy : undefined;
      if (name !== undefined) this.unstoredChanges.push(...attributionsOf(changes, name, new Date()));
    });
    this.remotePresence = bridgePresence(id, this.presence.awareness, deps.fanout, deps.log);
    this.unsubscribeFanout = deps.fanout.subscribe(id, {
      update: (update) => {
        this.storedBytes += update.byteLength;
        this.applyRemote(update);
      },
      presence: (update) => this.remotePresence.receive(update),
      presenceWanted: () => this.remotePresence.sendAll(),
      close: (code) => this.closeAll(code),
      resync: () => this.resync(),
    });
  }

  get isBroken(): boolean {
    return this.broken;
  }

  /**
   * Joins a connection; `answeredFromStored` if it was sent the stored board while the doc was
   * built. Such a page gets what the build added, or is closed if the doc lacks what it was sent
   * (it reconnects and loads the board as the server holds it). Returns whether it joined.
   */
  add(conn: Connection, answeredFromStored = false): boolean {
    const since = answeredFromStored ? this.sinceStored : [];
    if (since === 'lacks-stored') {
      conn.close(CloseCode.LoadFailed);
      return false;
    }
    this.connections.add(conn);
    conn.greet(this);
    for (const update of since) conn.send(updateMessage(update));
    return true;
  }

  remove(conn: Connection): void {
    if (this.connections.delete(conn)) this.presence.remove(conn);
  }

  /** Queues an update from a client; updates are handled in arrival order, in batches. */
  receiveUpdate(update: Uint8Array, from: Connection): void {
    this.work.add({ update, from });
  }

  /** Resolves once everything queued so far is handled: true if it is all stored. */
  whenStored(): Promise<boolean> {
    return this.settled().then(() => !this.broken);
  }

  /** Resolves when every queued update has been handled, stored and forwarded. */
  settled(): Promise<void> {
    return this.work.settled().then(() => this.forwarded);
  }

  closeAll(code: CloseCodeValue): void {
    for (const conn of this.connections) conn.close(code);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.compactionTimer);
    this.unsubscribeFanout();
    this.remotePresence.stop();
    this.stopObserving();
    this.stopWatchingRemovals();
    this.stopAttributing();
    this.encoded.destroy();
    this.presence.destroy();
    destroyBoardDoc(this.doc);
  }

  /**
   * Checks and applies each update of a batch and hands everything the doc integrated to the
   * store as one transaction; it is forwarded only once stored: nobody receives an edit that is
   * not durable. Pipelined: the next batches are checked, applied and written while this one is
   * flushed to the disk (MAX_BATCHES_IN_FLIGHT), and batches are forwarded in their order.
   */
  private async commit(batch: Incoming[]): Promise<void> {
    if (this.broken) return;
    const now = new Date();
    const today = dayOf(now);
    // The board as it was before the first edit of the day, kept as an automatic version.
    const dayStart = this.versionedDay === today || this.versioningDay === today ? undefined : versionState(this.doc);
    if (dayStart) this.versioningDay = today;
    this.unstoredChanges = [];
    const accepted: Array<{ piece: Uint8Array; from: Connection }> = [];
    let batchBytes = 0;
    // A connection closed for one bad update gets none of its later ones applied.
    const refused = new Set<Connection>();
    for (const { update, from } of batch) {
      if (refused.has(from)) continue;
      const pieces = this.integrate(update, from, this.inFlightBytes + batchBytes);
      if (pieces === 'refused') {
        refused.add(from);
        continue;
      }
      if (pieces === 'broken') return this.fail(CloseCode.SaveFailed);
      for (const piece of pieces) {
        accepted.push({ piece, from });
        batchBytes += piece.byteLength;
      }
    }
    if (accepted.length === 0) {
      if (dayStart) this.versioningDay = undefined;
      return;
    }
    // Handled at once, so that a failure waiting behind the previous batch is never unhandled.
    const stored = this.deps.store.appendUpdates(this.id, accepted.map((a) => a.piece), this.unstoredChanges.splice(0))
      .then(() => undefined, (err: unknown) => ({ err }));
    this.inFlightBytes += batchBytes;
    // Never rejects: a failure to forward drops the room, so nothing waiting on it (a restore, a compaction) hangs.
    this.forwarded = this.forward(this.forwarded, stored, accepted, batchBytes, dayStart, now).catch((err: unknown) => {
      this.deps.log.error({ err, board: this.id }, 'stored updates could not be forwarded; the board is reloaded from storage');
      this.fail(CloseCode.SaveFailed);
    });
    this.inFlight.push(this.forwarded);
    if (this.inFlight.length >= MAX_BATCHES_IN_FLIGHT) await this.inFlight.shift();
  }

  /** Forwards a batch once the one before it is forwarded and it is stored itself. */
  private async forward(
    previous: Promise<void>,
    stored: Promise<{ err: unknown } | undefined>,
    accepted: Array<{ piece: Uint8Array; from: Connection }>,
    batchBytes: number,
    dayStart: Uint8Array | undefined,
    now: Date,
  ): Promise<void> {
    await previous;
    const failure = await stored;
    this.inFlightBytes -= batchBytes;
    if (failure) {
      this.deps.log.error({ err: failure.err, board: this.id }, 'could not store updates');
      return this.fail(CloseCode.SaveFailed);
    }
    // An earlier batch failed: the room is being dropped and nothing after it is forwarded.
    if (this.broken) return;
    this.storedBytes += batchBytes;
    // Framed once for everyone; each connection gets it in one write, as soon as its turn comes.
    const framed = new FramedBatch(accepted);
    for (const conn of this.connections) conn.sendFrames(framed.framesFor(conn));
    for (const { piece } of accepted) this.deps.fanout.publish(this.id, piece);
    this.scheduleCompaction();
    if (dayStart) await this.keepDayStart(dayStart, now);
  }

  /** The day's first edit is stored: the board as it was before it becomes an automatic version. */
  private async keepDayStart(state: Uint8Array, at: Date): Promise<void> {
    try {
      await this.deps.store.createVersion(this.id, {
        id: newId(), name: dailyVersionName(at), createdAt: at.toISOString(), createdBy: '', auto: true, state,
      });
      this.versionedDay = dayOf(at);
    } catch (err) {
      // The edit is stored; only the day's automatic version is missing, and the next edit tries again.
      this.deps.log.error({ err, board: this.id }, 'could not keep the automatic version of the day');
    } finally {
      this.versioningDay = undefined;
    }
  }

  /** The board's whole state, compressed, once every edit queued before is handled: what a version keeps. */
  state(): Promise<Uint8Array> {
    return this.serverTask(async () => versionState(this.doc));
  }

  /**
   * Brings the board to a version's content as one change, stored and sent like any edit (to
   * this instance's people and, through fan-out, every other's). `keepBefore` gets the state
   * just before, to keep it as a version first; nobody's edit can fall between the two.
   */
  restore(board: Board, by: string, keepBefore: (state: Uint8Array) => Promise<void>): Promise<void> {
    return this.serverTask(async () => {
      await keepBefore(versionState(this.doc));
      const pieces: Uint8Array[] = [];
      const stop = observeBoard(this.doc, (origin, update) => {
        if (origin === RESTORE_ORIGIN) pieces.push(update);
      });
      this.unstoredChanges = [];
      this.serverChangeBy = by;
      try {
        restoreBoard(this.doc, board);
      } catch (err) {
        // Part of it may be in the doc and nowhere else.
        this.fail(CloseCode.SaveFailed);
        throw err;
      } finally {
        stop();
        this.serverChangeBy = undefined;
      }
      if (pieces.length === 0) return;
      try {
        await this.deps.store.appendUpdates(this.id, pieces, this.unstoredChanges.splice(0));
      } catch (err) {
        this.deps.log.error({ err, board: this.id }, 'could not store a restore');
        this.fail(CloseCode.SaveFailed);
        throw err;
      }
      this.broadcast(pieces);
      for (const piece of pieces) {
        this.storedBytes += piece.byteLength;
        this.deps.fanout.publish(this.id, piece);
      }
      this.scheduleCompaction();
    });
  }

  /** Runs work of the server's own in the board's queue, after every edit before it; its failure is the caller's. */
  private serverTask<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.work.run(async () => {
        await this.forwarded;
        if (this.broken || this.destroyed) return reject(new RoomGoneError());
        await task().then(resolve, reject);
      });
    });
  }

  /**
   * One update: checked for shape and size, then applied. Returns what the doc integrated,
   * 'refused' (its connection is closed, the doc untouched) or 'broken' (the doc may hold part
   * of it, so the room must go).
   */
  private integrate(update: Uint8Array, from: Connection, unstoredBytes: number): Uint8Array[] | 'refused' | 'broken' {
    const shape = checkUpdateShape(this.doc, update);
    if (!shape.ok) {
      this.deps.log.warn({ board: this.id, reason: shape.reason }, 'refused an update that does not fit the board');
      from.close(CloseCode.BadMessage);
      return 'refused';
    }
    if (shape.empty) return [];
    const max = this.deps.maxBoardBytes ?? Infinity;
    const stored = this.storedBytes + unstoredBytes;
    // The incoming size bounds what it adds; only near the limit is the exact new part worked out.
    // Past it, removals still go through: they are how people make room again.
    const adds = stored + update.byteLength > max ? newBytesIn(this.doc, update) : 0;
    if (stored + adds > max && !freesRoom(this.doc, update)) {
      this.deps.log.warn({ board: this.id, storedBytes: stored }, 'refused an edit past the board size limit');
      if (this.sizeLimit.refused(adds)) this.scheduleCompaction();
      from.close(CloseCode.BoardFull);
      return 'refused';
    }
    try {
      return integrateUpdate(this.doc, update, from);
    } catch (err) {
      this.deps.log.warn({ board: this.id, reason: (err as Error).message }, 'an update failed to apply; closing its connection');
      from.close(CloseCode.BadMessage);
      // Part of it may be in the doc and nowhere else: drop the room rather than serve that.
      return !(err instanceof UpdateFailedError) || err.partial ? 'broken' : 'refused';
    }
  }

  /** Applies an update another instance stored; local clients get it through the doc observer. */
  private applyRemote(update: Uint8Array): void {
    if (this.broken || this.destroyed) return;
    try {
      applyBoardUpdate(this.doc, update, FANOUT_ORIGIN);
    } catch (err) {
      this.deps.log.error({ err, board: this.id }, 'an update from another instance could not be applied');
      this.fail(CloseCode.SaveFailed);
    }
  }

  /**
   * Catches up with what other instances stored while their messages could not reach us: the
   * doc takes only what it lacks from the stored board. Presence is asked for again, and the
   * links of those connected are checked again (a replacement or deletion may have been missed).
   */
  private resync(): void {
    if (this.broken || this.destroyed) return;
    this.deps.fanout.requestPresence(this.id);
    this.deps.recheckAccess?.(this.id).catch((err: unknown) => {
      this.deps.log.error({ err, board: this.id }, 'could not check the links of a board\'s connections again');
    });
    this.deps.store.loadUpdates(this.id).then((pieces) => pieces.map((piece) => piece.data)).then(
      (updates) => {
        for (const update of updates) this.applyRemote(update);
      },
      (err: unknown) => {
        this.deps.log.error({ err, board: this.id }, 'could not read a board to catch up with other instances; it is reloaded');
        if (!this.destroyed) this.fail(CloseCode.LoadFailed);
      },
    );
  }

  /** Everyone is closed (they reconnect later) and the room is dropped, to load again from storage. */
  private fail(code: CloseCodeValue): void {
    if (this.broken) return;
    this.broken = true;
    this.closeAll(code);
    this.onBroken(this);
  }

  /** Updates nobody here sent (another instance's, a restore's) to every connection, framed once and written in one go, as stored batches are. */
  private broadcast(updates: readonly Uint8Array[]): void {
    const framed = new FramedBatch<Connection | null>(updates.map((piece) => ({ piece, from: null })));
    for (const conn of this.connections) conn.sendFrames(framed.framesFor(conn));
  }

  /**
   * The doc's state, for a compaction run between this room's commits (its work queue settled):
   * then the doc holds every update stored and nothing else, unless it lacked part of the stored
   * board from the start. None once the room is dropped: a room loaded since may have stored more.
   */
  wholeStoredState(): (() => Uint8Array) | undefined {
    if (!this.holdsAllStored || this.broken || this.destroyed) return undefined;
    return () => encodeBoard(this.doc);
  }

  /** Whether the snapshot should be rewritten however short the log: removals on a board at its limit. */
  rewriteWanted(): boolean {
    return this.sizeLimit.wanted();
  }

  /** Compacts the board after `delayMs`, or sooner if a compaction is already set for sooner. */
  private scheduleCompaction(delayMs = 1000): void {
    const at = performance.now() + delayMs;
    if (this.compactionTimer) {
      if (this.compactionAt <= at) return;
      clearTimeout(this.compactionTimer);
    }
    this.compactionAt = at;
    this.compactionTimer = setTimeout(() => {
      this.work.run(async () => {
        this.compactionTimer = undefined;
        await this.forwarded;
        if (this.broken || this.destroyed) return;
        let early = this.sizeLimit.due() ? this.sizeLimit.start() : undefined;
        try {
          await this.deps.store.compactIfNeeded(this.id, this.wholeStoredState(), { evenIfShort: early !== undefined });
        } catch (err) {
          early?.failed();
          early = undefined;
          this.deps.log.error({ err, board: this.id }, 'compaction failed; the update log is kept');
        }
        early?.done();
        try {
          this.storedBytes = await this.deps.store.storedBytes(this.id);
          this.sizeLimit.stored(this.storedBytes);
        } catch (err) {
          this.deps.log.error({ err, board: this.id }, 'could not read the stored size of a board after compaction');
          // After a rewrite, additions would be refused on the size before it: read once more later
          // (not after an ordinary compaction, whose kept estimate only errs high).
          if (early && !this.destroyed) this.scheduleCompaction(EARLY_REWRITE_MS);
        }
        // A rewrite held back by its interval (or failed) is tried again when it is due, without waiting for another edit.
        if (!this.destroyed && this.sizeLimit.wanted()) this.scheduleCompaction(Math.max(1000, this.sizeLimit.msUntilDue()));
      });
    }, delayMs).unref();
  }
}
