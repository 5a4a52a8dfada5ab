import type { CloseCodeValue } from '@partnermap/shared/protocol';

/** What an instance holding a board hears from the other instances that hold it. */
export interface BoardChannel {
  /** A document update another instance has stored. */
  update(update: Uint8Array): void;
  /** An awareness update (y-protocols encoding) from another instance's connections. */
  presence(update: Uint8Array): void;
  /** Another instance has just loaded the board and wants to know who is here. */
  presenceWanted(): void;
  /** Everyone on the board is to be disconnected (its links were replaced, or it was deleted). */
  close(code: CloseCodeValue): void;
  /** Messages may have been missed (a new subscription, or a link that was down): catch up from storage. */
  resync(): void;
}

/** `single instance` when there is no one else to tell; else whether the link to the others is up. */
export type FanoutHealth = 'ok' | 'down' | 'single instance';

/**
 * How updates, presence and disconnects reach connections held by other server instances. One
 * instance needs nothing; Redis pub/sub (redis.ts) serves several. Delivery is best effort: an
 * instance that may have missed something is told to resync, and storage has every update.
 */
export interface Fanout {
  /** Tells other instances about an update this instance has stored and applied. */
  publish(boardId: string, update: Uint8Array): void;
  publishPresence(boardId: string, update: Uint8Array): void;
  /** Asks the other instances holding the board for their connections' presence. */
  requestPresence(boardId: string): void;
  /** Disconnects the board's holders on the other instances. */
  publishClose(boardId: string, code: CloseCodeValue): void;
  /** Receives other instances' messages for a board while it is loaded here. */
  subscribe(boardId: string, channel: BoardChannel): () => void;
  health(): FanoutHealth;
  close(): Promise<void>;
}

/** A single instance: every connection to a board is in this process, so there is no one else to tell. */
export const singleInstanceFanout: Fanout = {
  publish() {},
  publishPresence() {},
  requestPresence() {},
  publishClose() {},
  subscribe: () => () => {},
  health: () => 'single instance',
  close: async () => {},
};
