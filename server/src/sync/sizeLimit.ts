/** Least time between two early rewrites of a board at its size limit: a rewrite costs the board's size. */
export const EARLY_REWRITE_MS = 5000;
/** Early rewrites take at most this share of the time, however big the board: one of 2 s waits 40 s for the next. */
const REWRITE_DUTY = 0.05;
/** After a failed rewrite the wait doubles, up to this. */
const MAX_RETRY_MS = 5 * 60_000;
/**
 * A refused edit keeps the board at its limit until this share of the limit is free at most. One
 * bigger than that (a huge paste) is not made room for by removing a few agencies; counted whole,
 * it would keep a board far from its limit "at its limit", and every move rewriting its snapshot,
 * while it stayed loaded: capped, the first compaction after it finds the board has room.
 */
const MOST_COUNTED_OF_REFUSED = 1 / 2;

/**
 * When to rewrite a board's snapshot however short its log, so that what people remove from a board
 * at its size limit makes room at once (a removal only adds to the log until the snapshot is written
 * again without what it removed). The board is at its limit once an edit was refused for size, or when
 * it was loaded past it, and stays so until it has room for the refused edit again (counted at most
 * as half the limit); a rewrite is wanted once something has been removed since the last one.
 * Rewrites are spaced by the time they take and by their failures, so that moves on a board at its
 * limit (each overwrite is a removal) cannot keep the server rewriting it.
 */
export class SizeLimitWatch {
  private atLimit: boolean;
  private removed: boolean;
  /** The last edit refused for size (capped): the board is at its limit until that much fits. */
  private refusedBytes = 0;
  private lastRewrite = -Infinity;
  private interval = EARLY_REWRITE_MS;

  constructor(
    private readonly maxBytes: number,
    storedBytes: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.atLimit = storedBytes > maxBytes;
    // Loaded past its limit: what it holds may already include removals that one rewrite reclaims.
    this.removed = this.atLimit;
  }

  /** An edit adding this many bytes was refused for size. Whether a rewrite is now wanted. */
  refused(bytes: number): boolean {
    this.atLimit = true;
    this.refusedBytes = Math.min(bytes, this.maxBytes * MOST_COUNTED_OF_REFUSED);
    return this.wanted();
  }

  /** Something was removed from the board (here or on another instance). Whether that made a rewrite wanted. */
  removal(): boolean {
    const before = this.wanted();
    this.removed = true;
    return !before && this.wanted();
  }

  wanted(): boolean {
    return this.atLimit && this.removed;
  }

  /** Wanted, and the last early rewrite was long enough ago. */
  due(): boolean {
    return this.wanted() && this.msUntilDue() === 0;
  }

  /** How long until an early rewrite may run again. */
  msUntilDue(): number {
    return Math.max(0, this.lastRewrite + this.interval - this.now());
  }

  /**
   * A rewrite starts: removals from now on are not in it. Returns what to call when it ends:
   * `done()` once written (then `stored` with the size, when read), or `failed()`.
   */
  start(): { done(): void; failed(): void } {
    this.removed = false;
    const started = (this.lastRewrite = this.now());
    return {
      done: () => {
        this.interval = Math.max(EARLY_REWRITE_MS, (this.now() - started) / REWRITE_DUTY);
      },
      failed: () => {
        this.removed = true;
        this.interval = Math.max(this.interval, Math.min(MAX_RETRY_MS, this.interval * 2));
      },
    };
  }

  /** The board's stored size after a compaction, early or not. */
  stored(bytes: number): void {
    this.atLimit = bytes > this.maxBytes || (this.refusedBytes > 0 && bytes + this.refusedBytes > this.maxBytes);
    if (!this.atLimit) this.refusedBytes = 0;
  }
}
