import type { TokenHashes } from '../auth/tokens.ts';

export interface StoredBoard extends TokenHashes {
  id: string;
  createdAt: string;
}

/** One stored piece of a board: its merged snapshot (`seq` null) or one row of its update log. */
export interface StoredUpdate {
  seq: number | null;
  data: Uint8Array;
}

/**
 * Where boards live. Async so that a networked store (PostgreSQL) fits the same seam.
 * Updates are kept as an append-only log per board plus one merged snapshot.
 */
export interface BoardStore {
  /** Creates the board with its first state; fails if the id exists. */
  createBoard(board: StoredBoard, initialState: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<StoredBoard | undefined>;
  setTokens(id: string, hashes: TokenHashes): Promise<void>;
  deleteBoard(id: string): Promise<void>;
  /** The snapshot (if any) followed by the logged updates, in order. Throws if they cannot be read. */
  loadUpdates(id: string): Promise<StoredUpdate[]>;
  /**
   * Moves a stored piece that cannot be applied out of the board, with the reason, so the rest
   * loads and nothing is lost for someone to look at later.
   */
  quarantine(id: string, piece: StoredUpdate, reason: string): Promise<void>;
  /** Bytes the board takes in storage (snapshot and log), for the per-board size limit. */
  storedBytes(id: string): Promise<number>;
  /**
   * Appends updates to the board's log in one transaction (all or none). Durable when the promise
   * resolves: the caller forwards them only then. One commit for many updates is what lets a busy
   * board pay for one disk flush per turn of the event loop, not one per edit.
   */
  appendUpdates(id: string, updates: readonly Uint8Array[]): Promise<void>;
  /** Merges the log into the snapshot if it has grown past the threshold. */
  compactIfNeeded(id: string): Promise<void>;
  isOpen(): boolean;
  /** False after a write failed, until a write succeeds again (the store may retry on its own). */
  isWritable(): boolean;
  close(): Promise<void>;
}
