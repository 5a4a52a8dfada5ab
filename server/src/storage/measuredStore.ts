import type { TokenHashes } from '../auth/tokens.ts';
import type { Metrics } from '../http/metrics.ts';
import type { BoardStore, StoredBoard, StoredUpdate } from './store.ts';

/** A store whose calls report their latency to /metrics, and whose stored updates are counted. */
export class MeasuredStore implements BoardStore {
  constructor(
    private readonly store: BoardStore,
    private readonly metrics: Metrics,
  ) {}

  createBoard(board: StoredBoard, initialState: Uint8Array): Promise<void> {
    return this.timed('createBoard', () => this.store.createBoard(board, initialState));
  }

  getBoard(id: string): Promise<StoredBoard | undefined> {
    return this.timed('getBoard', () => this.store.getBoard(id));
  }

  setTokens(id: string, hashes: TokenHashes): Promise<void> {
    return this.timed('setTokens', () => this.store.setTokens(id, hashes));
  }

  deleteBoard(id: string): Promise<void> {
    return this.timed('deleteBoard', () => this.store.deleteBoard(id));
  }

  loadUpdates(id: string): Promise<StoredUpdate[]> {
    return this.timed('loadUpdates', () => this.store.loadUpdates(id));
  }

  quarantine(id: string, piece: StoredUpdate, reason: string): Promise<void> {
    return this.timed('quarantine', () => this.store.quarantine(id, piece, reason));
  }

  storedBytes(id: string): Promise<number> {
    return this.timed('storedBytes', () => this.store.storedBytes(id));
  }

  async appendUpdates(id: string, updates: readonly Uint8Array[]): Promise<void> {
    await this.timed('appendUpdates', () => this.store.appendUpdates(id, updates));
    this.metrics.updatesStored(updates.length);
  }

  compactIfNeeded(id: string): Promise<void> {
    return this.timed('compactIfNeeded', () => this.store.compactIfNeeded(id));
  }

  isOpen(): boolean {
    return this.store.isOpen();
  }

  isWritable(): boolean {
    return this.store.isWritable();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async timed<T>(op: string, call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    let failed = true;
    try {
      const result = await call();
      failed = false;
      return result;
    } finally {
      this.metrics.storeCall(op, (performance.now() - started) / 1000, failed);
    }
  }
}
