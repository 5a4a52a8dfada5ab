import type { TokenHashes } from '../auth/tokens.ts';

export interface StoredBoard extends TokenHashes {
  id: string;
  createdAt: string;
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
  /** The snapshot (if any) followed by the logged updates, in order. */
  loadUpdates(id: string): Promise<Uint8Array[]>;
  /** Durable when the promise resolves: the caller forwards the update only then. */
  appendUpdate(id: string, update: Uint8Array): Promise<void>;
  /** Merges the log into the snapshot if it has grown past the threshold. */
  compactIfNeeded(id: string): Promise<void>;
  isOpen(): boolean;
  close(): Promise<void>;
}
