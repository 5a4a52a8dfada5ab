import { describe, expect, it } from 'vitest';
import { EARLY_REWRITE_MS, SizeLimitWatch } from './sizeLimit.ts';

const MAX = 20_000;

/** An early rewrite that leaves the board holding `bytes`. */
function rewriteTo(w: SizeLimitWatch, bytes: number) {
  w.start().done();
  w.stored(bytes);
}

function watch(storedBytes: number) {
  let now = 0;
  const w = new SizeLimitWatch(MAX, storedBytes, () => now);
  return { w, later: (ms: number) => (now += ms) };
}

describe('when a board at its size limit is rewritten early', () => {
  it('is never for a board under its limit, whatever is removed', () => {
    const { w } = watch(5_000);
    expect(w.removal()).toBe(false);
    expect(w.due()).toBe(false);
  });

  it('is once something is removed after a refusal, even if a compaction ran between them', () => {
    const { w } = watch(18_000);
    expect(w.refused(4_000)).toBe(false);
    // An ordinary compaction after the refusal leaves the board at its limit.
    w.stored(18_500);
    expect(w.due()).toBe(false);
    expect(w.removal()).toBe(true);
    expect(w.due()).toBe(true);
  });

  it('counts a removal made before the refusal', () => {
    const { w } = watch(18_000);
    w.removal();
    expect(w.refused(4_000)).toBe(true);
    expect(w.due()).toBe(true);
  });

  it('keeps watching after a rewrite until the refused edit would fit, and no more often than its interval', () => {
    const { w, later } = watch(18_000);
    w.refused(2_000);
    expect(w.removal()).toBe(true);
    rewriteTo(w, 18_500);
    // Still no room for 2,000 bytes: a later removal wants another rewrite, after the interval.
    expect(w.removal()).toBe(true);
    expect(w.due()).toBe(false);
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(true);
    rewriteTo(w, 17_000);
    expect(w.removal()).toBe(false);
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(false);
  });

  it('rewrites a board loaded past its limit once, and again after a failed rewrite', () => {
    const { w, later } = watch(30_000);
    expect(w.due()).toBe(true);
    const rewrite = w.start();
    expect(w.wanted()).toBe(false);
    rewrite.failed();
    later(EARLY_REWRITE_MS);
    // A failure doubles the wait, so that a failing store is not rewritten every few seconds.
    expect(w.due()).toBe(false);
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(true);
    w.start().failed();
    later(3 * EARLY_REWRITE_MS);
    expect(w.due()).toBe(false);
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(true);
  });

  it('does not lose a removal made while a rewrite runs', () => {
    const { w, later } = watch(30_000);
    const rewrite = w.start();
    expect(w.removal()).toBe(true);
    rewrite.done();
    w.stored(25_000);
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(true);
  });

  it('is once at most for an edit too big to be made room for by a few removals, on a board far from its limit', () => {
    const { w, later } = watch(1_000);
    // Refused because it alone nearly fills the board: removals here free too little to matter.
    expect(w.refused(19_500)).toBe(false);
    expect(w.removal()).toBe(true);
    rewriteTo(w, 1_000);
    later(EARLY_REWRITE_MS);
    expect(w.removal()).toBe(false);
    expect(w.due()).toBe(false);
  });

  it('counts a big refused edit as half the limit', () => {
    const { w, later } = watch(17_600);
    expect(w.refused(19_500)).toBe(false);
    expect(w.removal()).toBe(true);
    rewriteTo(w, 10_500);
    later(EARLY_REWRITE_MS);
    // 10,000 bytes (half of 20,000) would still not fit: watched still.
    expect(w.removal()).toBe(true);
    expect(w.due()).toBe(true);
    rewriteTo(w, 9_900);
    later(EARLY_REWRITE_MS);
    expect(w.removal()).toBe(false);
    expect(w.due()).toBe(false);
  });

  it('keeps a board at its limit through an ordinary compaction while the refused edit would not fit', () => {
    const { w } = watch(17_000);
    w.refused(4_100);
    // A compaction of the log, not a rewrite: the board still has no room for 4,100 bytes.
    w.stored(17_000);
    expect(w.removal()).toBe(true);
    expect(w.due()).toBe(true);
  });

  it('waits longer between rewrites that take long, so that moves on a big board cannot keep the server rewriting it', () => {
    const { w, later } = watch(30_000);
    const rewrite = w.start();
    later(1_000);
    rewrite.done();
    w.stored(29_000);
    expect(w.removal()).toBe(true);
    // A rewrite of 1 s is followed by 19 s without one at least (5% of the time).
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(false);
    expect(w.msUntilDue()).toBe(14_000);
    later(14_000);
    expect(w.due()).toBe(true);
  });
});
