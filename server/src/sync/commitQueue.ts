/**
 * A room's work, one task at a time in arrival order, with group commit: items added during one
 * turn of the event loop (frames from many sockets read in the same poll) are handed to `commit`
 * together, so they cost one storage transaction. Items that arrive while a commit's task runs
 * wait and form the next batch (the room's commit returns once its batch is handed to the store
 * and the batch before it is forwarded, so the next batch forms while the store makes the last
 * one durable: a networked store, or SQLite's sync on the thread pool or at the loop's next turn).
 */
export class CommitQueue<T> {
  private pending: T[] = [];
  private scheduled: Promise<void> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly commit: (batch: T[]) => Promise<void>,
    /** A task that threw: the room can no longer vouch for its state. */
    private readonly onError: (err: unknown) => void,
  ) {}

  add(item: T): void {
    this.pending.push(item);
    // setImmediate runs after the poll phase has read every socket that was ready.
    this.scheduled ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.scheduled = undefined;
      this.run(() => {
        const batch = this.pending.splice(0);
        return batch.length > 0 ? this.commit(batch) : Promise.resolve();
      });
    });
  }

  /** Runs a task after everything queued before it. */
  run(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch(this.onError);
  }

  /** Resolves once every item added and task run so far has been handled. */
  settled(): Promise<void> {
    return (this.scheduled ?? Promise.resolve()).then(() => this.chain);
  }
}
