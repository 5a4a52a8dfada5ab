/**
 * Merges patches and writes them at most once per interval: the first at once, later ones
 * batched. Presence (cursor, viewport) goes through this so that a moving mouse sends about
 * 20 messages a second at most, and a still one none.
 */
export class PatchThrottle<T extends object> {
  private pending: Partial<T> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastWrite = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly write: (patch: Partial<T>) => void,
    private readonly intervalMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  push(patch: Partial<T>): void {
    this.pending = { ...this.pending, ...patch };
    if (this.timer !== undefined) return;
    const wait = this.lastWrite + this.intervalMs - this.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(() => this.flush(), wait);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const patch = this.pending;
    this.pending = undefined;
    if (!patch) return;
    this.lastWrite = this.now();
    this.write(patch);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}
