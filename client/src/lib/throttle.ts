/**
 * Keeps the latest value per key and writes it at most once per interval; `flush` writes at once.
 * Used for positions during a drag: peers see the agency move, without an edit per mouse event.
 */
export class KeyedThrottle<T> {
  private pending = new Map<string, T>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly write: (key: string, value: T) => void,
    private readonly intervalMs: number,
  ) {}

  push(key: string, value: T): void {
    this.pending.set(key, value);
    this.timer ??= setTimeout(() => this.flushAll(), this.intervalMs);
  }

  /** Writes this value now and drops any older one waiting for the same key. */
  flush(key: string, value: T): void {
    this.pending.delete(key);
    this.write(key, value);
  }

  flushAll(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const due = [...this.pending];
    this.pending.clear();
    for (const [key, value] of due) this.write(key, value);
  }
}
