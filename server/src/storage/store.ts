import type { BoardSummary } from '@partnermap/shared/doc';
import type { TokenHashes } from '../auth/tokens.ts';

/** What the home page lists of a board, kept so that listing it needs no load of the board. */
export type { BoardSummary };

export interface StoredBoard extends TokenHashes {
  id: string;
  createdAt: string;
}


/** One stored piece of a board: its merged snapshot (`seq` null) or one row of its update log. */
export interface StoredUpdate {
  seq: number | null;
  /** The Yjs update. For a compressed snapshot, decompressed when first read (it throws if that fails). */
  readonly data: Uint8Array;
  /** A big snapshot as kept: `data` compressed. */
  deflated?: Deflated;
}

/** An update of `rawLength` bytes compressed with deflate-raw. */
export interface Deflated {
  bytes: Uint8Array;
  rawLength: number;
}

/** A version's list entry: what people see of it without its state. */
export interface VersionInfo {
  id: string;
  name: string;
  createdAt: string;
  /** The display name of who made it; empty for automatic versions. */
  createdBy: string;
  /** Made by the server (start of a day's editing, before a restore), not by a person. */
  auto: boolean;
}

/** A version with its state: the board's Yjs state as it was, compressed (the store keeps the bytes as given). */
export interface StoredVersion extends VersionInfo {
  state: Uint8Array;
}

/**
 * Who changed what is kept for at least this many of an entity's newest changes, as many as its
 * history shows: older ones are dropped as newer ones are stored, so that a board edited for
 * years does not grow the table without end.
 */
export const ATTRIBUTIONS_KEPT = 50;

/** One field of one entity changed by one person at one time (who changed what, for the inspectors). */
export interface Attribution {
  entityId: string;
  field: string;
  /** The new value, summarised as short text. */
  value: string;
  /** The display name from the person's presence; empty if they had none. */
  name: string;
  at: string;
}

/**
 * Where boards live. Async so that a networked store (PostgreSQL) fits the same seam.
 * Updates are kept as an append-only log per board plus one merged snapshot.
 */
export interface BoardStore {
  /** Creates the board with its first state (and its summary, in the same transaction); fails if the id exists. */
  createBoard(board: StoredBoard, initialState: Uint8Array, summary?: BoardSummary): Promise<void>;
  getBoard(id: string): Promise<StoredBoard | undefined>;
  /**
   * The board's summary as last kept (when it was made, or last left memory), if it is still
   * current: undefined if none was kept, or an update was stored after it, or the log was
   * compacted since (on any instance).
   */
  getSummary(id: string): Promise<BoardSummary | undefined>;
  /** Keeps the summary of the board as it is with every update stored so far; nothing if the board is gone. */
  putSummary(id: string, summary: BoardSummary): Promise<void>;
  setTokens(id: string, hashes: TokenHashes): Promise<void>;
  deleteBoard(id: string): Promise<void>;
  /** The snapshot (if any) followed by the logged updates, in order. Throws if they cannot be read. */
  loadUpdates(id: string): Promise<StoredUpdate[]>;
  /**
   * Moves a stored piece that cannot be applied out of the board, with the reason, so the rest
   * loads and nothing is lost for someone to look at later.
   */
  quarantine(id: string, piece: StoredUpdate, reason: string): Promise<void>;
  /** Bytes of the board's updates (snapshot, uncompressed, and log), for the per-board size limit. */
  storedBytes(id: string): Promise<number>;
  /**
   * Appends updates to the board's log in one transaction (all or none). Durable when the promise
   * resolves: the caller forwards them only then. One commit for many updates is what lets a busy
   * board pay for one disk flush per turn of the event loop, not one per edit.
   */
  appendUpdates(id: string, updates: readonly Uint8Array[], attributions?: readonly Attribution[]): Promise<void>;
  /** Keeps a version until it is deleted; independent of the update log, so compaction leaves it alone. */
  createVersion(boardId: string, version: StoredVersion): Promise<void>;
  /** The board's versions, oldest first, without their state. */
  listVersions(boardId: string): Promise<VersionInfo[]>;
  getVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined>;
  /** False if the board has no such version. */
  deleteVersion(boardId: string, versionId: string): Promise<boolean>;
  /** Who changed the entity's fields, newest first, at most `limit` (only ATTRIBUTIONS_KEPT are sure to be kept). */
  attributions(boardId: string, entityId: string, limit: number): Promise<Attribution[]>;
  /**
   * Merges the log into the snapshot if it has grown past the threshold. `current`, if given,
   * gives the board's whole state as the caller holds it: every update stored so far and nothing
   * else. A store that is its boards' only writer (SQLite) keeps that as the snapshot instead of
   * merging the log, which costs the board's size, not the log's length (a busy board's second of
   * edits took 80 ms to merge, holding the event loop). A shared store (PostgreSQL, written by
   * other instances too) ignores it. `evenIfShort` compacts however short the log: a board past its
   * size limit, where removals make room only once the snapshot is rewritten without what they removed.
   */
  compactIfNeeded(id: string, current?: () => Uint8Array, options?: { evenIfShort?: boolean }): Promise<void>;
  isOpen(): boolean;
  /** False after a write failed, until a write succeeds again (the store may retry on its own). */
  isWritable(): boolean;
  close(): Promise<void>;
}
