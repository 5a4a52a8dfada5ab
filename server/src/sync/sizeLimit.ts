/** Least time between two early rewrites of a board at its size limit: a rewrite costs the board's size. */
export const EARLY_REWRITE_MS = 5000;

/**
 * When to rewrite a board's snapshot however short its log, so that what people remove from a board
 * at its size limit makes room at once (a removal only adds to the log until the snapshot is written
 * again without what it removed). The board is at its limit once an edit was refused for size, or when
 * it was loaded past it, and stays so until it has room for the refused edit again; a rewrite is
 * wanted once something has been removed since the last one.
 */
export class SizeLimitWatch {
  private atLimit: boolean;
  private removed: boolean;
  /** The last edit refused for size: the board is at its limit until that much fits. */
  private refusedBytes = 0;
  private lastRewrite = -Infinity;

  constructor(
    private readonly maxBytes: number,
    storedBytes: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.atLimit = storedBytes > maxBytes;
    // Loaded past its limit: what it holds may already include removals that one rewrite reclaims.
    this.removed = this.atLimit;
  }

  /** An edit of this many bytes was refused for size. Whether a rewrite is now wanted. */
  refused(bytes: number): boolean {
    this.atLimit = true;
    this.refusedBytes = bytes;
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
    return this.wanted() && this.now() - this.lastRewrite >= EARLY_REWRITE_MS;
  }

  /** A rewrite starts: removals from now on are not in it. Returns what to call if it fails. */
  start(): () => void {
    this.removed = false;
    this.lastRewrite = this.now();
    return () => {
      this.removed = true;
    };
  }

  /** The board's stored size after a compaction, early or not. */
  stored(bytes: number): void {
    this.atLimit = bytes > this.maxBytes || (this.refusedBytes > 0 && bytes + this.refusedBytes > this.maxBytes);
    if (!this.atLimit) this.refusedBytes = 0;
  }
}
