import { describe, expect, it } from 'vitest';
import { EARLY_REWRITE_MS, SizeLimitWatch } from './sizeLimit.ts';

const MAX = 20_000;

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
    w.refused(4_000);
    w.removal();
    w.start();
    w.stored(17_000);
    // Still no room for 4,000 bytes: a later removal wants another rewrite, after the interval.
    expect(w.removal()).toBe(true);
    expect(w.due()).toBe(false);
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(true);
    w.start();
    w.stored(12_000);
    expect(w.removal()).toBe(false);
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(false);
  });

  it('rewrites a board loaded past its limit once, and again after a failed rewrite', () => {
    const { w, later } = watch(30_000);
    expect(w.due()).toBe(true);
    const failed = w.start();
    expect(w.wanted()).toBe(false);
    failed();
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(true);
  });

  it('does not lose a removal made while a rewrite runs', () => {
    const { w, later } = watch(30_000);
    w.start();
    expect(w.removal()).toBe(true);
    w.stored(25_000);
    later(EARLY_REWRITE_MS);
    expect(w.due()).toBe(true);
  });
});
