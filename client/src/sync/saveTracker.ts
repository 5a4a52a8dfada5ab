/**
 * Whether this page's edits are stored on the server, from numbered "saved?" queries: the server
 * answers query n once everything this connection sent before n is stored. Pure state; the
 * socket side is in sync/savedQueries.ts.
 */
export interface SaveState {
  /** The number of the last query sent (0: none yet). */
  sent: number;
  /** The highest query answered. */
  answered: number;
  /** An edit was made since the last query was sent. */
  dirty: boolean;
}

export const NOTHING_TO_SAVE: SaveState = { sent: 0, answered: 0, dirty: false };

export function edited(s: SaveState): SaveState {
  return s.dirty ? s : { ...s, dirty: true };
}


/** The state after sending query `s.sent + 1`. */
export function queried(s: SaveState): SaveState {
  return { ...s, sent: s.sent + 1, dirty: false };
}

/** An answer to an older query still proves everything before that one is stored. */
export function answered(s: SaveState, n: number): SaveState {
  return n > s.answered && n <= s.sent ? { ...s, answered: n } : s;
}

/** Something edited here is not yet confirmed stored: after a reconnect, a new query must go out. */
export function isUnsaved(s: SaveState): boolean {
  return s.dirty || s.answered < s.sent;
}
