import { SAVED_QUERY_MESSAGE } from '@partnermap/shared/protocol';

/** Message types of the y-websocket protocol (the first varUint of every frame). */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /**
   * Partnermap's own: "tell me when everything I sent before this is stored", answered with the
   * same number. The stock provider never sends it, so it never receives the answer either.
   */
  SavedQuery: SAVED_QUERY_MESSAGE,
} as const;
