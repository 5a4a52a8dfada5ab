/**
 * How updates reach connections held by other server instances. One instance needs nothing;
 * a Redis pub/sub implementation fits this seam when several instances serve the same boards.
 */
export interface Fanout {
  /** Tells other instances about an update this instance has stored and applied. */
  publish(boardId: string, update: Uint8Array): void;
  /** Receives other instances' updates for a board while it is loaded here. */
  subscribe(boardId: string, onUpdate: (update: Uint8Array) => void): () => void;
  close(): Promise<void>;
}

/** A single instance: every connection to a board is in this process, so there is no one else to tell. */
export const singleInstanceFanout: Fanout = {
  publish() {},
  subscribe: () => () => {},
  close: async () => {},
};
