import type { TokenHashes } from '../auth/tokens.ts';
import type { Metrics } from '../http/metrics.ts';
import type { Attribution, BoardStore, BoardSummary, StoredBoard, StoredUpdate, StoredVersion, VersionInfo } from './store.ts';

/** A store whose calls report their latency to /metrics, and whose stored updates are counted. */
export class MeasuredStore implements BoardStore {
  constructor(
    private readonly store: BoardStore,
    private readonly metrics: Metrics,
  ) {}

  createBoard(board: StoredBoard, initialState: Uint8Array, summary?: BoardSummary): Promise<void> {
    return this.timed('createBoard', () => this.store.createBoard(board, initialState, summary));
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

  getSummary(id: string): Promise<BoardSummary | undefined> {
    return this.timed('getSummary', () => this.store.getSummary(id));
  }

  putSummary(id: string, summary: BoardSummary): Promise<void> {
    return this.timed('putSummary', () => this.store.putSummary(id, summary));
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

  async appendUpdates(id: string, updates: readonly Uint8Array[], attributions?: readonly Attribution[]): Promise<void> {
    await this.timed('appendUpdates', () => this.store.appendUpdates(id, updates, attributions));
    this.metrics.updatesStored(updates.length);
  }

  createVersion(boardId: string, version: StoredVersion): Promise<void> {
    return this.timed('createVersion', () => this.store.createVersion(boardId, version));
  }

  listVersions(boardId: string): Promise<VersionInfo[]> {
    return this.timed('listVersions', () => this.store.listVersions(boardId));
  }

  getVersion(boardId: string, versionId: string): Promise<StoredVersion | undefined> {
    return this.timed('getVersion', () => this.store.getVersion(boardId, versionId));
  }

  deleteVersion(boardId: string, versionId: string): Promise<boolean> {
    return this.timed('deleteVersion', () => this.store.deleteVersion(boardId, versionId));
  }

  attributions(boardId: string, entityId: string, limit: number): Promise<Attribution[]> {
    return this.timed('attributions', () => this.store.attributions(boardId, entityId, limit));
  }

  compactIfNeeded(id: string, current?: () => Uint8Array, options?: { evenIfShort?: boolean }): Promise<void> {
    return this.timed('compactIfNeeded', () => this.store.compactIfNeeded(id, current, options));
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
