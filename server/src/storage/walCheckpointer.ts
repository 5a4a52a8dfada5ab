import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker copies the WAL into the database file (cheap when nothing is new). */
const CHECKPOINT_EVERY_MS = 1000;

/**
 * The worker: its own connection on the same file, checkpointing (PASSIVE: writers go on
 * appending meanwhile) until told to stop. Code as text, since the server is bundled into one file.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage(String(err && err.message || err)); }
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/**
 * Copies the write-ahead log into the database file on a worker thread. SQLite's own automatic
 * checkpoint runs inside a commit, on the event loop, and syncs both files: tens of milliseconds
 * on a busy disk during which no socket is read. `onFailed` hands checkpointing back to SQLite.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(file: string, onProblem: (message: string) => void, onFailed: () => void) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER, { eval: true, workerData: { file, driver, everyMs: CHECKPOINT_EVERY_MS } });
    this.worker.unref();
    this.worker.on('message', (message: string) => onProblem(message));
    this.worker.on('error', (err) => {
      onProblem(err.message);
      onFailed();
    });
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
  }

  /** Stops after any checkpoint under way, with the worker's connection closed. */
  async close(): Promise<void> {
    this.worker.postMessage('stop');
    await this.exited;
  }
}
