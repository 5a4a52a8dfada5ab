/** How long to wait before reconnecting: grows with failed attempts, capped, and spread out. */
export interface BackoffPolicy {
  /** The ceiling of the first wait. */
  baseMs: number;
  /** No wait is longer than this, however many attempts failed. */
  maxMs: number;
  /** No wait is shorter than this, so that a refusing server is not hammered. */
  minMs: number;
}

export const RECONNECT_POLICY: BackoffPolicy = { baseMs: 1000, maxMs: 20_000, minMs: 100 };

/**
 * "Full jitter" exponential backoff: a uniformly random wait below a ceiling that doubles with
 * each failed attempt. After a server restart, a workshop's worth of browsers then come back
 * spread over seconds instead of all in the same millisecond.
 *
 * @param attempt failed attempts since the last successful sync (0 for the first retry)
 * @param random a number in [0, 1), Math.random in use; fixed in tests
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random, policy = RECONNECT_POLICY): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt));
  return Math.round(policy.minMs + random() * Math.max(0, ceiling - policy.minMs));
}
