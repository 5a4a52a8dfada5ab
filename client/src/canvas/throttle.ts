/**
 * Keeps the latest value per key and writes them at most once per interval, all together (one
 * edit for a whole selection dragged at once); `flush` writes one at once. Used for positions
 * during a drag: peers see the agencies move, without an edit per mouse event.
 */
export class KeyedThrottle<T> {
  private pending = new Map<string, T>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly write: (entries: [key: string, value: T][]) => void,
    private readonly intervalMs: number,
  ) {}

  push(key: string, value: T): void {
    this.pending.set(key, value);
    this.timer ??= setTimeout(() => this.flushAll(), this.intervalMs);
  }

  /** Writes this value now and drops any older one waiting for the same key. */
  flush(key: string, value: T): void {
    this.pending.delete(key);
    this.write([[key, value]]);
  }

  flushAll(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const due = [...this.pending];
    this.pending.clear();
    if (due.length > 0) this.write(due);
  }
}
