import fs from 'node:fs';
import path from 'node:path';

/** Where syncs are made, and when they move (see `start`). */
export interface SyncPlacement {
  /** Syncs quicker than this on average are made on the event loop's thread... */
  inlineUnderMs: number;
  /** ...and after one slower than this, the thread pool takes them... */
  slowSyncMs: number;
  /** ...for this many syncs, after which one is made on the event loop again to see. */
  poolSyncsBeforeRetry: number;
}

const PLACEMENT: SyncPlacement = { inlineUnderMs: 1.5, slowSyncMs: 6, poolSyncsBeforeRetry: 200 };

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Puts what SQLite has committed to its write-ahead log on the disk: one fdatasync of the WAL
 * file, shared by every commit made before it starts (group commit across boards), on the event
 * loop's thread while syncs are quick and on libuv's thread pool when they are slow (see `start`).
 * SQLite commits with synchronous=NORMAL (written to the WAL, not yet synced) and the caller waits
 * for `flush` before it reports the write durable: the same guarantee as synchronous=FULL, whose
 * sync inside each commit would cost a sync per commit, however many commit at once.
 */
export class WalFlush {
  private readonly fd: number;
  private running = false;
  private closed = false;
  private waiting: Waiter[] = [];
  /** Whether the next sync is made on the event loop's thread (see `start`). */
  private inline = true;
  /** How long syncs on the event loop's thread have been taking, in ms (a moving average). */
  private inlineMs = 0;
  private poolSyncs = 0;
  /**
   * The first failed sync, kept: after one, Linux may already have marked the unsynced pages clean,
   * so a later sync that succeeds says nothing about them. Every flush fails from then on.
   */
  private failure: { err: unknown } | undefined;

  /** Whether a sync has failed: what was committed since the one before may not be on the disk. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  constructor(
    databaseFile: string,
    private readonly placement: SyncPlacement = PLACEMENT,
  ) {
    this.fd = fs.openSync(`${databaseFile}-wal`, 'r');
    // The WAL may have just been created: its directory entry must survive a power cut too.
    const dir = fs.openSync(path.dirname(databaseFile), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  }

  /** Resolves once everything written to the WAL before the call is on the disk. */
  flush(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure.err);
    if (this.closed) return Promise.reject(new Error('the WAL is closed: nothing more can be synced'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.running) this.start();
    });
  }

  /** Waits for every flush under way or asked for (the fd must stay open until they end), then closes. */
  async close(): Promise<void> {
    while (this.running) await this.flush().catch(() => undefined);
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }

  /**
   * A flush already running may have started before the latest commits: they wait for the next.
   * While syncs are quick, the sync is made on the event loop's own thread, once the loop's turn
   * has run every commit that was ready: the thread pool's round trip (two thread wake-ups, each
   * about as long as a sync on a fast disk) then costs nothing, and the commits of the turn still
   * share one sync. The loop is held for the sync's length, so a slow disk (one sync over
   * `slowSyncMs`, or an average over `inlineUnderMs`) gets the thread pool, and the server reads
   * its sockets meanwhile; the pool's own timings include its wake-ups, so the event loop is tried
   * again now and then rather than judged by them.
   */
  private start(): void {
    this.running = true;
    if (this.inline) {
      setImmediate(() => {
        const batch = this.waiting.splice(0);
        const started = performance.now();
        let failure: unknown;
        try {
          fs.fdatasyncSync(this.fd);
        } catch (err) {
          failure = err ?? new Error('fdatasync failed');
        }
        const took = performance.now() - started;
        this.inlineMs = this.inlineMs * 0.8 + took * 0.2;
        if (took > this.placement.slowSyncMs || this.inlineMs > this.placement.inlineUnderMs) {
          this.inline = false;
          this.poolSyncs = 0;
        }
        this.finish(batch, failure);
      });
      return;
    }
    const batch = this.waiting.splice(0);
    if (++this.poolSyncs >= this.placement.poolSyncsBeforeRetry) {
      this.inline = true;
      this.inlineMs = 0;
    }
    fs.fdatasync(this.fd, (err) => this.finish(batch, err ?? undefined));
  }

  private finish(batch: Waiter[], err: unknown): void {
    this.running = false;
    if (err !== undefined) this.failure ??= { err };
    for (const w of batch) {
      if (err !== undefined) w.reject(err);
      else w.resolve();
    }
    if (this.failure) for (const w of this.waiting.splice(0)) w.reject(this.failure.err);
    if (this.waiting.length > 0) this.start();
  }
}
