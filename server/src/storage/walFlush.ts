import fs from 'node:fs';
import path from 'node:path';

/**
 * Puts what SQLite has committed to its write-ahead log on the disk without blocking the event
 * loop: one fdatasync of the WAL file on libuv's thread pool, shared by every commit made before it
 * starts (group commit across boards). SQLite commits with synchronous=NORMAL (written to the
 * WAL, not yet synced) and the caller waits for `flush` before it reports the write durable: the
 * same guarantee as synchronous=FULL, whose sync inside the commit would stop the server reading
 * its sockets for the length of every flush.
 */
export class WalFlush {
  private readonly fd: number;
  private running = false;
  private closed = false;
  private waiting: Array<{ resolve: () => void; reject: (err: unknown) => void }> = [];
  /**
   * The first failed sync, kept: after one, Linux may already have marked the unsynced pages clean,
   * so a later sync that succeeds says nothing about them. Every flush fails from then on.
   */
  private failure: { err: unknown } | undefined;

  /** Whether a sync has failed: what was committed since the one before may not be on the disk. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  constructor(databaseFile: string) {
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
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.running) this.start();
    });
  }

  /** Waits for a flush under way (its fd must stay open until it ends), then closes. */
  async close(): Promise<void> {
    if (this.running) await this.flush().catch(() => undefined);
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }

  /** A flush already running may have started before the latest commits: they wait for the next. */
  private start(): void {
    const batch = this.waiting.splice(0);
    this.running = true;
    fs.fdatasync(this.fd, (err) => {
      this.running = false;
      if (err) this.failure ??= { err };
      for (const w of batch) {
        if (err) w.reject(err);
        else w.resolve();
      }
      if (this.failure) for (const w of this.waiting.splice(0)) w.reject(this.failure.err);
      if (this.waiting.length > 0) this.start();
    });
  }
}
